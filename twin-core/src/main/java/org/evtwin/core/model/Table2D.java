package org.evtwin.core.model;

import java.util.Arrays;

/**
 * A quantity tabulated over state of charge (fraction 0–1) and temperature [degC]: {@code values[t][s]} is the value
 * at {@code temperaturesC[t]} and {@code socs[s]}. Lookups interpolate bilinearly and clamp at the edges (a cell
 * outside the measured range keeps the nearest measured value rather than an extrapolated one).
 *
 * <p>Where only one temperature row exists, {@link #lookup} returns that row's value; temperature dependence is then
 * added by the caller (Arrhenius for resistances, see {@link EcmParameters}).
 */
public record Table2D(double[] socs, double[] temperaturesC, double[][] values) {

    public Table2D {
        socs = socs.clone();
        temperaturesC = temperaturesC.clone();
        double[][] copy = new double[values.length][];
        for (int t = 0; t < values.length; t++) {
            copy[t] = values[t].clone();
        }
        values = copy;
    }

    /** A table that does not depend on temperature. */
    public static Table2D ofSoc(double[] socs, double referenceTemperatureC, double[] values) {
        return new Table2D(socs, new double[] {referenceTemperatureC}, new double[][] {values});
    }

    public int socCount() {
        return socs.length;
    }

    public int temperatureCount() {
        return temperaturesC.length;
    }

    public double value(int temperatureIndex, int socIndex) {
        return values[temperatureIndex][socIndex];
    }

    /** Bilinear interpolation, clamped at the table edges. */
    public double lookup(double soc, double temperatureC) {
        int t = lowerIndex(temperaturesC, temperatureC);
        int s = lowerIndex(socs, soc);
        double ws = weight(socs, s, soc);
        if (temperaturesC.length == 1) {
            return lerp(values[0], s, ws);
        }
        double wt = weight(temperaturesC, t, temperatureC);
        double low = lerp(values[t], s, ws);
        double high = lerp(values[t + 1], s, ws);
        return low + (high - low) * wt;
    }

    private static double lerp(double[] row, int i, double w) {
        return row.length == 1 ? row[0] : row[i] + (row[i + 1] - row[i]) * w;
    }

    /** Index i such that grid[i] <= x < grid[i+1], clamped to [0, n-2]. */
    static int lowerIndex(double[] grid, double x) {
        if (grid.length < 2 || x <= grid[0]) {
            return 0;
        }
        if (x >= grid[grid.length - 1]) {
            return grid.length - 2;
        }
        int i = Arrays.binarySearch(grid, x);
        return i >= 0 ? Math.min(i, grid.length - 2) : -i - 2;
    }

    static double weight(double[] grid, int i, double x) {
        if (grid.length < 2) {
            return 0.0;
        }
        double w = (x - grid[i]) / (grid[i + 1] - grid[i]);
        return Math.max(0.0, Math.min(1.0, w));
    }

    /** Minimum over all entries. */
    public double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                m = Math.min(m, v);
            }
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table2D other && Arrays.equals(socs, other.socs)
                && Arrays.equals(temperaturesC, other.temperaturesC) && Arrays.deepEquals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(socs) * 31 + Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "Table2D[" + temperaturesC.length + " temperatures x " + socs.length + " SoC points]";
    }
}
