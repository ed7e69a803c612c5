package org.evtwin.core.ml.history;

/** Synthetic histories with known answers. */
public final class Synthetic {
    private Synthetic() {
    }

    /**
     * A cell fading linearly from {@code startAh} by {@code fadeAhPerCycle} each cycle, n cycles, constant 35 degC.
     */
    public static CellHistory linear(String id, double startAh, double fadeAhPerCycle, int n, double eolAh) {
        double[] c = new double[n];
        double[] q = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = i + 1;
            q[i] = startAh - fadeAhPerCycle * i;
            t[i] = 35.0;
        }
        return new CellHistory(id, 2.0, eolAh, c, q, t, null);
    }
}
