package org.evtwin.core.fit;

/**
 * Least-squares fit of the two RC branches of a 2-RC circuit to one measured window (pulse + relaxation), with R0
 * given. Parameters R1, τ1, R2, τ2 are bounded ({@link #TAU1}, {@link #TAU2}, {@link #RESISTANCE}); C = τ/R.
 */
public final class PulseFit {
    /** Bounds of the fast time constant [s]. */
    public static final Bound TAU1 = new Bound(0.5, 20);
    /** Bounds of the slow time constant [s]. */
    public static final Bound TAU2 = new Bound(20, 2000);
    /** Bounds of the branch resistances [Ω]. */
    public static final Bound RESISTANCE = new Bound(1e-6, 1.0);

    private PulseFit() {
    }

    /**
     * Fitted branch parameters of one window.
     *
     * @param r0Ohm      series resistance used [Ω]
     * @param r1Ohm      fast branch resistance [Ω]
     * @param tau1S      fast time constant [s]
     * @param r2Ohm      slow branch resistance [Ω]
     * @param tau2S      slow time constant [s]
     * @param rmseV      RMS voltage error over the window [V]
     * @param maxErrorV  largest |error| over the window [V]
     * @param samples    samples in the window
     * @param endV1      fast branch voltage at the window's end [V]
     * @param endV2      slow branch voltage at the window's end [V]
     */
    public record Result(double r0Ohm, double r1Ohm, double tau1S, double r2Ohm, double tau2S, double rmseV,
            double maxErrorV, int samples, double endV1, double endV2) {
        public double c1F() {
            return tau1S / r1Ohm;
        }

        public double c2F() {
            return tau2S / r2Ohm;
        }

        public boolean tauAtBound() {
            return TAU1.atBound(tau1S) || TAU2.atBound(tau2S);
        }
    }

    /**
     * Fits the window.
     *
     * @param t        time [s]
     * @param current  current [A], positive on discharge
     * @param voltage  measured terminal voltage [V]
     * @param ocv      open-circuit voltage at each sample [V]
     * @param r0       series resistance [Ω]
     * @param v1Start  fast branch voltage at the first sample [V]
     * @param v2Start  slow branch voltage at the first sample [V]
     */
    public static Result fit(double[] t, double[] current, double[] voltage, double[] ocv, double r0, double v1Start,
            double v2Start) {
        java.util.function.Function<double[], double[]> residuals = p -> {
            double[] v = simulate(t, current, ocv, r0, values(p), v1Start, v2Start, null);
            for (int k = 0; k < v.length; k++) {
                v[k] -= voltage[k];
            }
            return v;
        };
        double rScale = Math.max(r0, 1e-4);
        double[][] starts = {
            internal(0.3 * rScale, 5, 0.8 * rScale, 200),
            internal(0.8 * rScale, 2, 1.5 * rScale, 60),
            internal(0.2 * rScale, 12, 0.5 * rScale, 800)};
        LeastSquares.Result best = LeastSquares.minimiseMultiStart(residuals, starts, 4000);
        double[] p = values(best.point());
        double[] end = new double[2];
        double[] v = simulate(t, current, ocv, r0, p, v1Start, v2Start, end);
        double max = 0;
        for (int k = 0; k < v.length; k++) {
            max = Math.max(max, Math.abs(v[k] - voltage[k]));
        }
        return new Result(r0, p[0], p[1], p[2], p[3], best.rms(), max, t.length, end[0], end[1]);
    }

    private static double[] internal(double r1, double tau1, double r2, double tau2) {
        return new double[] {RESISTANCE.internal(r1), TAU1.internal(tau1), RESISTANCE.internal(r2),
            TAU2.internal(tau2)};
    }

    private static double[] values(double[] p) {
        return new double[] {RESISTANCE.value(p[0]), TAU1.value(p[1]), RESISTANCE.value(p[2]), TAU2.value(p[3])};
    }

    /** Model voltage; {@code end} (if not null) receives the branch voltages at the last sample. */
    static double[] simulate(double[] t, double[] current, double[] ocv, double r0, double[] p, double v1, double v2,
            double[] end) {
        TwoRc rc = new TwoRc(v1, v2);
        double c1 = p[1] / p[0];
        double c2 = p[3] / p[2];
        double[] v = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            if (k > 0) {
                rc.step(t[k] - t[k - 1], current[k], p[0], c1, p[2], c2);
            }
            v[k] = ocv[k] - rc.drop(current[k], r0);
        }
        if (end != null) {
            end[0] = rc.v1();
            end[1] = rc.v2();
        }
        return v;
    }
}
