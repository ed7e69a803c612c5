package org.evtwin.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Temperature derating: linear ramps between the derating corners and the hard temperature limits. */
class CellLimitsTest {
    // no charge below 0 degC, charge derated 0..10 degC; all current derated 45..55 degC, none above 55 degC
    private static final CellLimits LIMITS = new CellLimits(2.5, 4.2, 0.0, 55.0, 3.0, 1.0, 10.0, 45.0);

    @Test
    void fullCurrentInsideTheWindow() {
        for (double t = 10.0; t <= 45.0; t += 0.5) {
            assertEquals(1.0, LIMITS.deratingFactor(t, true), 0.0, "charge at " + t);
            assertEquals(1.0, LIMITS.deratingFactor(t, false), 0.0, "discharge at " + t);
        }
    }

    @Test
    void chargeRampsLinearlyToZeroAtMinTemperature() {
        assertEquals(0.75, LIMITS.deratingFactor(7.5, true), 1e-12);
        assertEquals(0.5, LIMITS.deratingFactor(5.0, true), 1e-12);
        assertEquals(0.1, LIMITS.deratingFactor(1.0, true), 1e-12);
        assertEquals(0.0, LIMITS.deratingFactor(0.0, true), 0.0);
        assertEquals(0.0, LIMITS.deratingFactor(-15.0, true), 0.0, "no charge below minTemperatureC");
    }

    @Test
    void dischargeIsNotDeratedInTheCold() {
        assertEquals(1.0, LIMITS.deratingFactor(5.0, false), 0.0);
        assertEquals(1.0, LIMITS.deratingFactor(-15.0, false), 0.0);
    }

    @Test
    void heatDeratesBothDirections() {
        for (boolean charging : new boolean[] {true, false}) {
            assertEquals(0.8, LIMITS.deratingFactor(47.0, charging), 1e-12);
            assertEquals(0.25, LIMITS.deratingFactor(52.5, charging), 1e-12);
            assertEquals(0.0, LIMITS.deratingFactor(55.0, charging), 0.0);
            assertEquals(0.0, LIMITS.deratingFactor(70.0, charging), 0.0);
        }
    }

    @Test
    void rampIsContinuousAndMonotone() {
        double previous = LIMITS.deratingFactor(-5.0, true);
        for (double t = -5.0; t <= 10.0; t += 0.01) {
            double f = LIMITS.deratingFactor(t, true);
            assertEquals(previous, f, 0.01 / 10.0 + 1e-12, "slope 1/10 per K at " + t);
            assertTrue(f >= previous, "warmer never allows less charge current, at " + t);
            previous = f;
        }
    }

    @Test
    void withoutDeratingCornersTheLimitsAreHardSteps() {
        CellLimits hard = new CellLimits(2.5, 4.2, 0.0, 55.0, 3.0, 1.0, 0.0, 55.0);
        assertEquals(1.0, hard.deratingFactor(0.001, true), 0.0);
        assertEquals(0.0, hard.deratingFactor(-0.001, true), 0.0);
        assertEquals(1.0, hard.deratingFactor(54.999, false), 0.0);
        assertEquals(0.0, hard.deratingFactor(55.001, false), 0.0);
    }

    @Test
    void noCurrentAboveMaxTemperatureWhateverTheCorners() {
        CellLimits odd = new CellLimits(2.5, 4.2, 0.0, 55.0, 3.0, 1.0, 10.0, 60.0);
        assertEquals(0.0, odd.deratingFactor(57.0, false), 0.0);
    }
}
