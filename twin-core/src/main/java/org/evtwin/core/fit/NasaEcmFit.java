package org.evtwin.core.fit;

import org.evtwin.core.data.MeasuredSeries;
import org.evtwin.core.model.EcmParameters;

/**
 * Joint least-squares fit of OCV(SoC) and the 2-RC parameters of the NASA 18650 cell to one CC discharge (2 A) and
 * one CC-CV charge (1.5 A) at 24 degC. The two branches bracket the OCV: where both exist (the charge record starts
 * near SoC 0.58) the OCV is fixed between V_dis = OCV − 2 A·R and V_ch = OCV + 1.5 A·R, which also fixes R; below,
 * only the discharge constrains OCV − 2 A·R, and R is the one found above (plus the low-SoC growth below). The
 * relaxations at the start and end of the records carry the RC time constants.
 *
 * <p>Parameters: OCV at {@link #KNOTS} (strictly increasing by construction: u_0 plus positive increments), R0, R1,
 * τ1 ∈ [0.5, 20] s, R2, τ2 ∈ [20, 2000] s, and a low-SoC growth g of R2: R2(z) = R2·(1 + g·max(0, 1 − z/0.15))
 * (diffusion resistance rises as the cell empties; without it the model cannot follow both the 2.7 V end of
 * discharge and the 0.5 V recovery after it). Resistances scale with the measured temperature by Arrhenius with
 * {@link NasaCellFit#ACTIVATION_J_PER_MOL}; capacitances are constant, so time constants scale with R, as in the
 * pack solver.
 */
final class NasaEcmFit {
    static final double[] KNOTS = {0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0};
    static final double LOW_SOC_KNEE = 0.15;
    static final Bound R0 = new Bound(1e-3, 1.0);
    static final Bound R = new Bound(1e-5, 1.0);
    static final Bound GROWTH = new Bound(1e-3, 50);

    private NasaEcmFit() {
    }

    /** Fitted values: OCV at the knots, R0, R1, τ1, R2, τ2, g, and the RMS errors. */
    record Result(double[] ocv, double r0, double r1, double tau1, double r2, double tau2, double growth,
            double dischargeRmseV, double chargeRmseV, double dischargeMaxV) {
        double r2At(double soc) {
            return r2 * (1 + growth * Math.max(0, 1 - soc / LOW_SOC_KNEE));
        }
    }

    /** Both records with SoC per sample. */
    record Data(MeasuredSeries discharge, double[] dischargeSoc, MeasuredSeries charge, double[] chargeSoc) {
    }

    static Result fit(Data d, double referenceC, double activation) {
        int nk = KNOTS.length;
        java.util.function.Function<double[], double[]> res = p -> {
            double[] a = simulate(d.discharge(), d.dischargeSoc(), p, referenceC, activation);
            double[] b = simulate(d.charge(), d.chargeSoc(), p, referenceC, activation);
            double[] out = new double[a.length + b.length];
            for (int k = 0; k < a.length; k++) {
                out[k] = a[k] - d.discharge().voltageV()[k];
            }
            for (int k = 0; k < b.length; k++) {
                out[a.length + k] = b[k] - d.charge().voltageV()[k];
            }
            return out;
        };
        double[] start = new double[nk + 6];
        start[0] = 3.0;
        for (int j = 1; j < nk; j++) {
            start[j] = Math.log(1.2 * (KNOTS[j] - KNOTS[j - 1]));
        }
        start[nk] = R0.internal(0.05);
        start[nk + 1] = R.internal(0.02);
        start[nk + 2] = PulseFit.TAU1.internal(10);
        start[nk + 3] = R.internal(0.03);
        start[nk + 4] = PulseFit.TAU2.internal(300);
        start[nk + 5] = GROWTH.internal(1.0);
        LeastSquares.Result r = LeastSquares.minimise(res, start, 20000);
        double[] p = r.point();
        double[] a = simulate(d.discharge(), d.dischargeSoc(), p, referenceC, activation);
        double[] b = simulate(d.charge(), d.chargeSoc(), p, referenceC, activation);
        return new Result(ocv(p), R0.value(p[nk]), R.value(p[nk + 1]), PulseFit.TAU1.value(p[nk + 2]),
                R.value(p[nk + 3]), PulseFit.TAU2.value(p[nk + 4]), GROWTH.value(p[nk + 5]),
                rmse(a, d.discharge().voltageV()), rmse(b, d.charge().voltageV()),
                maxAbs(a, d.discharge().voltageV()));
    }

    static double[] ocv(double[] p) {
        double[] u = new double[KNOTS.length];
        u[0] = p[0];
        for (int j = 1; j < u.length; j++) {
            u[j] = u[j - 1] + Monotone.MIN_STEP_V + Math.exp(p[j]);
        }
        return u;
    }

    static double[] simulate(MeasuredSeries s, double[] soc, double[] p, double referenceC, double activation) {
        int nk = KNOTS.length;
        double[] u = ocv(p);
        double r0 = R0.value(p[nk]);
        double r1 = R.value(p[nk + 1]);
        double c1 = PulseFit.TAU1.value(p[nk + 2]) / r1;
        double r2 = R.value(p[nk + 3]);
        double tau2 = PulseFit.TAU2.value(p[nk + 4]);
        double g = GROWTH.value(p[nk + 5]);
        double[] t = s.timeS();
        double[] i = s.currentA();
        double[] temp = s.temperatureC();
        TwoRc rc = new TwoRc(0, 0);
        double[] v = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            double a = arrhenius(activation, temp[k], referenceC);
            double r2z = r2 * (1 + g * Math.max(0, 1 - soc[k] / LOW_SOC_KNEE));
            if (k > 0) {
                rc.step(t[k] - t[k - 1], i[k], r1 * a, c1, r2z * a, tau2 / r2z);
            }
            v[k] = Interp.linear(KNOTS, u, soc[k]) - rc.drop(i[k], r0 * a);
        }
        return v;
    }

    static double arrhenius(double activation, double temperatureC, double referenceC) {
        return Math.exp(activation / EcmParameters.GAS_CONSTANT
                * (1.0 / (temperatureC + EcmParameters.KELVIN) - 1.0 / (referenceC + EcmParameters.KELVIN)));
    }

    static double rmse(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(s / a.length);
    }

    static double maxAbs(double[] a, double[] b) {
        double m = 0;
        for (int k = 0; k < a.length; k++) {
            m = Math.max(m, Math.abs(a[k] - b[k]));
        }
        return m;
    }
}
