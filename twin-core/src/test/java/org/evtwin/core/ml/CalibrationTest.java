package org.evtwin.core.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval and the failure probability come from one error distribution and agree. */
class CalibrationTest {

    /** Residuals -0.50, -0.49, ..., +0.50 (101 values): quantile q is -0.5 + q. */
    private static Calibration uniform(double scale) {
        double[] r = new double[101];
        for (int i = 0; i <= 100; i++) {
            r[i] = -0.5 + 0.01 * i;
        }
        return new Calibration(scale, r);
    }

    @Test
    void intervalIsTheCentralNinetyPercentScaledByThePrediction() {
        Calibration c = uniform(10);
        double[] iv = c.interval(90);
        // s = 90 + 10 = 100; quantiles 0.05 and 0.95 of the residuals are -0.45 and +0.45
        assertEquals(45, iv[0], 1e-9);
        assertEquals(135, iv[1], 1e-9);
    }

    @Test
    void probabilityAtTheIntervalEndsMatchesTheLevel() {
        Calibration c = uniform(10);
        double[] iv = c.interval(90);
        assertEquals(6.0 / 101, c.probabilityAtMost(90, iv[0]), 1e-9, "6 of 101 residuals <= -0.45");
        assertEquals(0.95, c.probabilityAtMost(90, iv[1] - 1e-9), 0.011);
        assertEquals(1.0, c.probabilityAtMost(90, 1000), 0.0);
        assertEquals(0.0, c.probabilityAtMost(90, 0), 0.0);
        double last = -1;
        for (int n = 0; n <= 200; n += 5) {
            double p = c.probabilityAtMost(90, n);
            assertTrue(p >= last, "non-decreasing in N");
            last = p;
        }
    }

    @Test
    void outOfFoldResidualsAreNormalisedByPredictionPlusScale() {
        Calibration c = Calibration.of(10, new double[] {110, 90, 100, 100, 100, 100, 100, 100, 100, 100},
                new double[] {90, 90, 90, 90, 90, 90, 90, 90, 90, 90});
        double[] r = c.residuals();
        assertEquals(0.0, r[0], 1e-12);
        assertEquals(0.2, r[9], 1e-12);
        assertEquals(0.1, r[5], 1e-12);
    }

    @Test
    void domainNamesTheFeatureOutside() {
        Domain d = Domain.of(List.of("a", "b"), new double[][] {{0, 10}, {1, 20}});
        assertNull(d.check(new double[] {1.1, 10}), "inside the 10 % slack");
        assertEquals("b = 22.00 is outside the training range [10.00, 20.00]", d.check(new double[] {0.5, 22}));
        assertEquals("a = NaN is outside the training range [0.000, 1.000]", d.check(new double[] {Double.NaN, 15}));
    }
}
