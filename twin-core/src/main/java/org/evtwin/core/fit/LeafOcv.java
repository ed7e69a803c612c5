package org.evtwin.core.fit;

/**
 * OCV(SoC, T) of the Leaf cell from the C/15 pseudo-OCV shape ({@link SlowCycleCurve}) and the HPPC 1 h rest points.
 *
 * <p>25 degC row: with d_k = V_rest,k − U15(q_k) at the 25 degC rest points q_k (charge removed from full),
 * OCV(q) = U15(q) + d(q), d linear between rest points and constant beyond the first and last; the row passes
 * through every 25 degC rest point and follows the C/15 shape in between.
 *
 * <p>Other temperatures: OCV_T(z) = OCV_25(z) + (T − 25)·S(z). S at each HPPC level is the least-squares slope of
 * the rest voltage over the three temperatures (each rest voltage first moved along the C/15 shape to the 25 degC
 * level's charge, as the levels differ by a few mAh), limited to ±{@value #MAX_SLOPE_V_PER_K} V/K and linear in SoC
 * between levels. The limit is of the order of the reaction-entropy range of LiMn2O4 (+0.25 … −0.35 mV/K, Thomas
 * et al., J. Electrochem. Soc. 148 (2001) A570); only the lowest level (SoC ≈ 0.06, on the steep end of the curve,
 * where the 10 degC rest was still rising in its last 10 min) exceeds it in these data, and a rest voltage that has
 * not relaxed is not an entropy. A single slope per SoC keeps dOCV/dT, and so the reversible heat, continuous at
 * 25 degC.
 */
final class LeafOcv {
    /** Limit of |dOCV/dT| [V/K]. */
    static final double MAX_SLOPE_V_PER_K = 4e-4;

    private LeafOcv() {
    }

    /**
     * Builds the rows.
     *
     * @param tests    HPPC tests, index 1 must be the 25 degC one
     * @param temps    their temperatures [degC]
     * @return {rows[t][s]} followed by one extra row {max |d_k| at 25 degC [V], unclipped slopes per level [V/K]...}
     */
    static double[][] rows(SlowCycleCurve shape, HppcTest[] tests, double[] temps, double[] socGrid,
            double capacityC) {
        HppcTest ref = tests[1];
        int m = ref.levels();
        double[] q = new double[m];
        double[] d = new double[m];
        double maxD = 0;
        for (int k = 0; k < m; k++) {
            q[k] = ref.anchorDischarged(k);
            d[k] = ref.anchorVoltage(k) - shape.voltage(q[k]);
            maxD = Math.max(maxD, Math.abs(d[k]));
        }
        double[] levelSoc = new double[m];
        double[] slope = new double[m];
        double[] raw = new double[m];
        for (int k = 0; k < m; k++) {
            double tMean = 0;
            double vMean = 0;
            double[] v = new double[temps.length];
            for (int t = 0; t < temps.length; t++) {
                HppcTest h = tests[t];
                int kk = Math.min(k, h.levels() - 1);
                v[t] = h.anchorVoltage(kk) + shape.voltage(q[k]) - shape.voltage(h.anchorDischarged(kk));
                tMean += temps[t] / temps.length;
                vMean += v[t] / temps.length;
            }
            double sxy = 0;
            double sxx = 0;
            for (int t = 0; t < temps.length; t++) {
                sxy += (temps[t] - tMean) * (v[t] - vMean);
                sxx += (temps[t] - tMean) * (temps[t] - tMean);
            }
            raw[k] = sxy / sxx;
            slope[k] = Math.max(-MAX_SLOPE_V_PER_K, Math.min(MAX_SLOPE_V_PER_K, raw[k]));
            levelSoc[m - 1 - k] = 1 - q[k] / capacityC;
        }
        double[] slopeAsc = new double[m];
        for (int k = 0; k < m; k++) {
            slopeAsc[m - 1 - k] = slope[k];
        }
        double[][] out = new double[temps.length + 1][socGrid.length];
        for (int j = 0; j < socGrid.length; j++) {
            double removed = (1 - socGrid[j]) * capacityC;
            double base = shape.voltage(removed) + Interp.linear(q, d, removed);
            double s = Interp.linear(levelSoc, slopeAsc, socGrid[j]);
            for (int t = 0; t < temps.length; t++) {
                out[t][j] = base + (temps[t] - temps[1]) * s;
            }
        }
        double[] info = new double[1 + m];
        info[0] = maxD;
        System.arraycopy(raw, 0, info, 1, m);
        out[temps.length] = info;
        return out;
    }

    /**
     * OCV [V] at a SoC from a row on {@code socGrid}, linear between grid points and extrapolated with the end
     * segment's slope outside the grid (as the solver's OCV lookup does outside 0–1).
     */
    static double atSoc(double[] socGrid, double[] row, double soc) {
        int n = socGrid.length;
        if (soc < socGrid[0]) {
            return row[0] + (row[1] - row[0]) / (socGrid[1] - socGrid[0]) * (soc - socGrid[0]);
        }
        if (soc > socGrid[n - 1]) {
            return row[n - 1] + (row[n - 1] - row[n - 2]) / (socGrid[n - 1] - socGrid[n - 2]) * (soc - socGrid[n - 1]);
        }
        return Interp.linear(socGrid, row, soc);
    }
}
