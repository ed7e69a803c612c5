package org.evtwin.core.ml.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

/** History features on trajectories with closed-form answers, and that they never look ahead. */
class HistoryFeaturesTest {

    @Test
    void linearFadeGivesExactSlopeZeroCurvatureAndTheLinearRul() {
        // 1.9 Ah, -0.004 Ah/cycle: at entry k (cycle k+1) the mean of the last 3 is 1.9 - 0.004 (k - 1)
        CellHistory h = Synthetic.linear("lin", 1.9, 0.004, 60, 1.4);
        int k = 39;
        double[] f = HistoryFeatures.at(h, k);
        double level = (1.9 - 0.004 * (k - 1)) / 2.0;
        assertEquals(level - 0.7, f[0], 1e-12, "margin to EOL");
        assertEquals(level, f[1], 1e-12, "soh");
        assertEquals(-0.002, f[2], 1e-12, "short slope per cycle, fraction of nominal");
        assertEquals(-0.002, f[3], 1e-12, "long slope");
        assertEquals(0.0, f[4], 1e-9, "curvature of a straight line");
        assertEquals(-0.002 * 9, f[5], 1e-12, "change over the last 10 entries (9 cycles apart)");
        assertEquals((level - 0.7) / 0.002, f[8], 1e-9, "linear extrapolation [cycles]");
        assertEquals(35.0, f[9], 0.0);
    }

    @Test
    void quadraticFadeGivesItsSecondDerivative() {
        int n = 50;
        double[] c = new double[n];
        double[] q = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = i + 1;
            q[i] = 1.9 - 1e-4 * c[i] * c[i];
            t[i] = 25;
        }
        double[] f = HistoryFeatures.at(new CellHistory("quad", 2.0, 1.4, c, q, t, null), n - 1);
        assertEquals(-2e-4 / 2.0, f[4], 1e-12, "d2(Q/Qnom)/dN2");
    }

    @Test
    void featuresAtAnEntryDoNotDependOnLaterEntries() {
        CellHistory full = Synthetic.linear("a", 1.95, 0.003, 80, 1.4);
        CellHistory early = full.prefix(30);
        assertArrayEquals(HistoryFeatures.at(early, 29), HistoryFeatures.at(full, 29), 0.0);
    }

    @Test
    void historyRejectsNonFiniteAndDisorderWithTheEntryNamed() {
        double[] c = {1, 2, 3};
        double[] t = {25, 25, 25};
        TwinException nan = assertThrows(TwinException.class,
                () -> new CellHistory("x", 2.0, 1.4, c, new double[] {1.9, Double.NaN, 1.8}, t, null));
        assertEquals("x: entry 2: capacity_ah is NaN, expected a finite number", nan.getMessage());
        TwinException order = assertThrows(TwinException.class,
                () -> new CellHistory("x", 2.0, 1.4, new double[] {1, 3, 2}, new double[] {1.9, 1.9, 1.8}, t, null));
        assertEquals("x: entry 3: cycle 2.0 must be finite and greater than the previous one", order.getMessage());
        TwinException eol = assertThrows(TwinException.class,
                () -> new CellHistory("x", 2.0, 2.5, c, new double[] {1.9, 1.9, 1.8}, t, null));
        assertEquals("x: end-of-life capacity must be in (0, 2.0) Ah, got 2.5", eol.getMessage());
    }

    @Test
    void eolIndexIsTheFirstEntryBelowTheThreshold() {
        CellHistory h = Synthetic.linear("a", 1.5, 0.01, 30, 1.4);
        // 1.5 - 0.01 i < 1.4 first at i = 11 (i = 10 gives 1.4 exactly, not below; floating point: 1.4000000000000001)
        assertEquals(11, h.eolIndex());
        assertEquals(-1, h.withEol(1.0).eolIndex());
    }
}
