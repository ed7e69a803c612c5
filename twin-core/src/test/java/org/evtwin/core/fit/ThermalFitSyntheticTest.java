package org.evtwin.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evtwin.core.model.CoolingSpec;
import org.junit.jupiter.api.Test;

/**
 * The lumped thermal fits recover m·cp and h·A from heating-and-cooling traces generated with known values; the split
 * identification also with a nonlinear law, and it stays close to the truth when the heat estimate has the right total
 * but a wrong time distribution, where the whole-trace fit does not.
 */
class ThermalFitSyntheticTest {
    private static final int N = 400;
    private static final int LOAD_END = 179;       // heat over the steps ending at samples 1 … 179, rest after
    private static final double AREA = 0.0676;

    private static double[] time() {
        double[] t = new double[N];
        for (int k = 0; k < N; k++) {
            t[k] = 20.0 * k;
        }
        return t;
    }

    private static double[] heat() {
        double[] q = new double[N];
        for (int k = 1; k <= LOAD_END; k++) {
            q[k] = 4.0 + 0.01 * k;
        }
        return q;
    }

    private static double[] ambient() {
        double[] a = new double[N];
        for (int k = 0; k < N; k++) {
            a[k] = 25.0 + 0.3 * Math.sin(k / 50.0);
        }
        return a;
    }

    @Test
    void recoversHeatCapacityAndConductance() {
        double[] t = time();
        double[] heat = heat();
        double[] amb = ambient();
        double[] meas = ThermalFit.simulate(t, heat, amb, 25.0, 1500.0, 0.7);
        ThermalFit.Result f = ThermalFit.fit(t, heat, amb, meas);
        assertEquals(1500.0, f.heatCapacityJPerK(), 1.5);
        assertEquals(0.7, f.conductanceWPerK(), 7e-4);
        assertEquals(0.0, f.rmseK(), 1e-4);
    }

    @Test
    void splitIdentificationRecoversConstantH() {
        double[] t = time();
        double[] heat = heat();
        double[] amb = ambient();
        double[] meas = ThermalFit.simulate(t, heat, amb, 25.0, 1500.0, 0.7);
        ThermalFit.SplitResult f = ThermalFit.fitSplit(t, heat, amb, meas, LOAD_END, AREA, ThermalFit.Law.LINEAR);
        // the energy balance integrates the measured temperature with the trapezoidal rule: small bias only
        assertEquals(1500.0, f.heatCapacityJPerK(), 0.01 * 1500.0);
        assertEquals(0.7, f.conductanceWPerK(), 0.01 * 0.7);
        assertTrue(f.rmseK() < 0.05, "RMSE " + f.rmseK());
    }

    @Test
    void splitIdentificationRecoversANaturalConvectionAndRadiationLaw() {
        ThermalFit.Law law = new ThermalFit.Law("laminar + radiation", 1.25, 10.0, 0.9);
        double[] t = time();
        double[] heat = heat();
        double[] amb = ambient();
        double hA = 0.5;
        CoolingSpec spec = law.cooling(hA / AREA, 25.0);
        double[] meas = ThermalFit.simulate(t, heat, amb, 25.0, 1500.0, hA, spec, AREA);
        ThermalFit.SplitResult f = ThermalFit.fitSplit(t, heat, amb, meas, LOAD_END, AREA, law);
        assertEquals(1500.0, f.heatCapacityJPerK(), 0.015 * 1500.0);
        assertEquals(hA, f.conductanceWPerK(), 0.015 * hA);
        // with the constant-h law the same trace is reproduced less well in the rest
        ThermalFit.SplitResult lin = ThermalFit.fitSplit(t, heat, amb, meas, LOAD_END, AREA, ThermalFit.Law.LINEAR);
        assertTrue(lin.restRmseK() > 3 * f.restRmseK(), lin.restRmseK() + " vs " + f.restRmseK());
    }

    @Test
    void splitIdentificationToleratesAHeatShapeErrorWithTheRightTotal() {
        double[] t = time();
        double[] heat = heat();
        double[] amb = ambient();
        double[] meas = ThermalFit.simulate(t, heat, amb, 25.0, 1500.0, 0.7);
        // the fit is given heat with a ±1.5 W error over the load that integrates to zero (as an error in the SoC
        // distribution of the reversible heat would)
        double[] wrong = heat.clone();
        for (int k = 1; k <= LOAD_END; k++) {
            wrong[k] += 1.5 * Math.sin(2 * Math.PI * (k - 0.5) / LOAD_END);
        }
        ThermalFit.SplitResult split = ThermalFit.fitSplit(t, wrong, amb, meas, LOAD_END, AREA,
                ThermalFit.Law.LINEAR);
        ThermalFit.Result whole = ThermalFit.fit(t, wrong, amb, meas);
        double splitError = Math.abs(split.heatCapacityJPerK() / 1500.0 - 1)
                + Math.abs(split.conductanceWPerK() / 0.7 - 1);
        double wholeError = Math.abs(whole.heatCapacityJPerK() / 1500.0 - 1)
                + Math.abs(whole.conductanceWPerK() / 0.7 - 1);
        assertTrue(splitError < 0.03, "split: m*cp " + split.heatCapacityJPerK() + ", h*A " + split.conductanceWPerK());
        assertTrue(wholeError > 2 * splitError, "whole-trace " + wholeError + " vs split " + splitError);
    }
}
