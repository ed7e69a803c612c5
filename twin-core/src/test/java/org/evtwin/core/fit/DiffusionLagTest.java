package org.evtwin.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fit-side diffusion lag against its closed form: step response, relaxation, and uneven sampling. */
class DiffusionLagTest {
    private static final double Q = 30.0 * 3600;

    @Test
    void stepResponseAndRelaxationMatchTheClosedForm() {
        int n = 2000;
        double[] t = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = k < 1000 ? k : 1000 + (k - 1000) * 3.0;   // 1 s, then 3 s samples
            i[k] = k == 0 ? 0 : (k <= 1000 ? 60.0 : 0.0);
        }
        double tau = 250;
        double steady = 40;
        double[] lag = DiffusionLag.trace(t, i, 0, tau, steady, Q);
        double end = steady * 60.0 / Q * (1 - Math.exp(-1000 / tau));
        for (int k = 0; k < n; k++) {
            double expected = k <= 1000 ? steady * 60.0 / Q * (1 - Math.exp(-t[k] / tau))
                    : end * Math.exp(-(t[k] - 1000) / tau);
            assertEquals(expected, lag[k], 1e-14, "sample " + k);
        }
    }

    @Test
    void relaxedUpToTheFirstSample() {
        double[] t = {0, 1, 2, 3};
        double[] i = {50, 50, 50, 50};
        double[] lag = DiffusionLag.trace(t, i, 2, 100, 10, Q);
        assertEquals(0.0, lag[0], 0.0);
        assertEquals(0.0, lag[2], 0.0);
        assertEquals(10 * 50 / Q * (1 - Math.exp(-0.01)), lag[3], 1e-15);
    }
}
