package org.evtwin.core.sim.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

class DriveProfileTest {

    private static DriveProfile current(double[] t, double[] v) {
        return new DriveProfile("test", DriveProfile.Kind.CURRENT_A, "unit test", t, v);
    }

    @Test
    void interpolatesLinearlyAndHoldsTheEnds() {
        DriveProfile p = current(new double[] {0, 10, 20}, new double[] {2, 4, -6});
        assertEquals(2.0, p.valueAt(0));
        assertEquals(3.0, p.valueAt(5));
        assertEquals(4.0, p.valueAt(10));
        assertEquals(-1.0, p.valueAt(15));
        assertEquals(2.0, p.valueAt(-100), "held before the start");
        assertEquals(-6.0, p.valueAt(1e9), "held after the end");
        assertEquals(20.0, p.durationS());
        assertEquals(4.0, p.maxValue());
        assertEquals(-6.0, p.minValue());
        assertThrows(IllegalArgumentException.class, () -> p.valueAt(Double.NaN));
    }

    @Test
    void copiesItsArrays() {
        double[] t = {0, 1};
        double[] v = {1, 2};
        DriveProfile p = current(t, v);
        t[1] = 5;
        v[0] = 9;
        p.values()[1] = 7;
        assertEquals(1.0, p.endS());
        assertEquals(1.0, p.value(0));
        assertEquals(2.0, p.value(1));
    }

    @Test
    void rejectsBadSamplesNamingTheRule() {
        assertRule("same length", () -> current(new double[] {0, 1}, new double[] {1}));
        assertRule("at least 2 samples", () -> current(new double[] {0}, new double[] {1}));
        assertRule("strictly increasing", () -> current(new double[] {0, 1, 1}, new double[] {1, 2, 3}));
        assertRule("strictly increasing", () -> current(new double[] {0, 2, 1}, new double[] {1, 2, 3}));
        assertRule("times are finite", () -> current(new double[] {0, Double.NaN}, new double[] {1, 2}));
        assertRule("values are finite",
                () -> current(new double[] {0, 1}, new double[] {1, Double.POSITIVE_INFINITY}));
        assertRule("speed is >= 0", () -> new DriveProfile("s", DriveProfile.Kind.SPEED_M_PER_S, "",
                new double[] {0, 1}, new double[] {0, -0.1}));
        assertRule("needs a name", () -> new DriveProfile(" ", DriveProfile.Kind.POWER_W, "",
                new double[] {0, 1}, new double[] {0, 1}));
    }

    @Test
    void negativeCurrentAndPowerAreAllowed() {
        DriveProfile p = current(new double[] {0, 1}, new double[] {-3, 3});
        assertEquals(-3.0, p.minValue());
    }

    private static void assertRule(String rule, org.junit.jupiter.api.function.Executable call) {
        TwinException e = assertThrows(TwinException.class, call);
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }
}
