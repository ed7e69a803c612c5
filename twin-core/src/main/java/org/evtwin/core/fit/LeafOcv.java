package org.evtwin.core.fit;

/**
 * OCV of the Leaf cell at one temperature: the C/15 pseudo-OCV shape ({@link SlowCycleCurve}) moved onto the HPPC
 * 1 h rest points of that temperature. With d_k = V_rest,k − U15(q_k) at the rest points q_k (charge removed from
 * full), OCV(q) = U15(q) + d(q), d interpolated linearly between rest points and held constant beyond the first and
 * last. So the table passes through every measured rest point and follows the C/15 curve in between.
 */
final class LeafOcv {
    private LeafOcv() {
    }

    /**
     * OCV [V] on {@code socGrid}, SoC = 1 − q/capacity.
     *
     * @return {ocv row, max |d_k| (how far the C/15 shape sat from the rest points) [V]}
     */
    static double[][] row(SlowCycleCurve shape, HppcTest hppc, double[] socGrid, double capacityC) {
        int m = hppc.levels();
        double[] q = new double[m];
        double[] d = new double[m];
        double maxD = 0;
        for (int k = 0; k < m; k++) {
            q[k] = hppc.anchorDischarged(k);
            d[k] = hppc.anchorVoltage(k) - shape.voltage(q[k]);
            maxD = Math.max(maxD, Math.abs(d[k]));
        }
        double[] ocv = new double[socGrid.length];
        for (int j = 0; j < socGrid.length; j++) {
            double removed = (1 - socGrid[j]) * capacityC;
            ocv[j] = shape.voltage(removed) + Interp.linear(q, d, removed);
        }
        return new double[][] {ocv, {maxD}};
    }

    /** OCV [V] at charge removed {@code removed} [C] for the same construction (used inside the pulse fits). */
    static double at(double[] socGrid, double[] row, double capacityC, double removed) {
        double soc = 1 - removed / capacityC;
        return Interp.linear(socGrid, row, soc);
    }
}
