package org.evtwin.core.replay;

import java.util.ArrayList;
import java.util.List;

/** Accumulates residuals per signal (RMSE, max |r|, mean); used by the replay thread only. */
final class ResidualStats {
    private final int signals = ResidualSignal.values().length;
    private final long[] count = new long[signals];
    private final double[] sum = new double[signals];
    private final double[] sumSq = new double[signals];
    private final double[] maxAbs = new double[signals];

    void add(ResidualSignal signal, double residual) {
        int k = signal.ordinal();
        count[k]++;
        sum[k] += residual;
        sumSq[k] += residual * residual;
        maxAbs[k] = Math.max(maxAbs[k], Math.abs(residual));
    }

    void reset() {
        java.util.Arrays.fill(count, 0);
        java.util.Arrays.fill(sum, 0);
        java.util.Arrays.fill(sumSq, 0);
        java.util.Arrays.fill(maxAbs, 0);
    }

    /** One summary per signal that has at least one compared value, in {@link ResidualSignal} order. */
    List<ResidualSummary> snapshot() {
        List<ResidualSummary> out = new ArrayList<>(signals);
        for (ResidualSignal s : ResidualSignal.values()) {
            int k = s.ordinal();
            if (count[k] > 0) {
                out.add(new ResidualSummary(s, count[k], Math.sqrt(sumSq[k] / count[k]), maxAbs[k],
                        sum[k] / count[k]));
            }
        }
        return List.copyOf(out);
    }
}
