package org.evtwin.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The lumped thermal fit recovers m·cp and h·A from a heating-and-cooling trace generated with known values. */
class ThermalFitSyntheticTest {
    @Test
    void recoversHeatCapacityAndConductance() {
        int n = 400;
        double[] t = new double[n];
        double[] heat = new double[n];
        double[] amb = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = 20.0 * k;
            heat[k] = k < 180 ? 4.0 + 0.01 * k : 0.0;
            amb[k] = 25.0 + 0.3 * Math.sin(k / 50.0);
        }
        double[] meas = ThermalFit.simulate(t, heat, amb, 25.0, 1500.0, 0.7);
        ThermalFit.Result f = ThermalFit.fit(t, heat, amb, meas);
        assertEquals(1500.0, f.heatCapacityJPerK(), 1.5);
        assertEquals(0.7, f.conductanceWPerK(), 7e-4);
        assertEquals(0.0, f.rmseK(), 1e-4);
    }
}
