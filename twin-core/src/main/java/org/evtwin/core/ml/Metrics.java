package org.evtwin.core.ml;

/**
 * Error figures of predictions against truths.
 *
 * @param n        number of points
 * @param rmse     root-mean-square error [cycles]
 * @param mae      mean absolute error [cycles]
 * @param mape     mean absolute percentage error [%] (points with truth 0 left out)
 * @param coverage fraction of truths inside the stated intervals (NaN when no intervals were given)
 */
public record Metrics(int n, double rmse, double mae, double mape, double coverage) {

    public static Metrics of(double[] truth, double[] predicted) {
        return of(truth, predicted, null, null);
    }

    /** With intervals: lower and upper [cycles] per point. */
    public static Metrics of(double[] truth, double[] predicted, double[] lower, double[] upper) {
        double se = 0;
        double ae = 0;
        double pe = 0;
        int np = 0;
        int inside = 0;
        for (int i = 0; i < truth.length; i++) {
            double e = predicted[i] - truth[i];
            se += e * e;
            ae += Math.abs(e);
            if (truth[i] != 0) {
                pe += Math.abs(e / truth[i]);
                np++;
            }
            if (lower != null && truth[i] >= lower[i] && truth[i] <= upper[i]) {
                inside++;
            }
        }
        int n = truth.length;
        return new Metrics(n, Math.sqrt(se / n), ae / n, np == 0 ? Double.NaN : 100 * pe / np,
                lower == null ? Double.NaN : (double) inside / n);
    }
}
