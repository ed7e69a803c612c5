package org.evtwin.core.fit;

/**
 * Closed-form response of the 2-RC Thevenin circuit, used for fitting (independent of the pack solver). For a current
 * held constant over a step of length dt the branch voltages update exactly:
 * {@code v ← v·e^(−dt/τ) + R·I·(1 − e^(−dt/τ))}, τ = R·C. Sample {@code k}'s current is held over
 * {@code (t[k−1], t[k]]} (a cycler log records at the end of each interval), and the terminal voltage is
 * {@code V = OCV − I·R0 − v1 − v2}, current positive on discharge.
 */
public final class TwoRc {
    private double v1;
    private double v2;

    public TwoRc(double v1, double v2) {
        this.v1 = v1;
        this.v2 = v2;
    }

    /** Advances the branch voltages over {@code dtS} at constant {@code currentA}. */
    public void step(double dtS, double currentA, double r1, double c1, double r2, double c2) {
        if (dtS <= 0) {
            return;
        }
        double e1 = Math.exp(-dtS / (r1 * c1));
        double e2 = Math.exp(-dtS / (r2 * c2));
        v1 = v1 * e1 + r1 * currentA * (1 - e1);
        v2 = v2 * e2 + r2 * currentA * (1 - e2);
    }

    /** Voltage lost to R0 and the two branches [V]. */
    public double drop(double currentA, double r0) {
        return currentA * r0 + v1 + v2;
    }

    public double v1() {
        return v1;
    }

    public double v2() {
        return v2;
    }

    /**
     * Terminal voltage for a whole series with constant parameters, starting from branch voltages zero.
     *
     * @param ocv open-circuit voltage at each sample [V]
     */
    public static double[] voltage(double[] t, double[] current, double[] ocv, double r0, double r1, double c1,
            double r2, double c2) {
        TwoRc rc = new TwoRc(0, 0);
        double[] v = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            if (k > 0) {
                rc.step(t[k] - t[k - 1], current[k], r1, c1, r2, c2);
            }
            v[k] = ocv[k] - rc.drop(current[k], r0);
        }
        return v;
    }
}
