package org.evtwin.core.ml;

import java.util.Arrays;

/**
 * The error distribution of a model on cells it was not trained on, from cross-validated predictions: normalised
 * residuals r = (y - p) / (p + scale), sorted. The truth behind a new prediction p is taken as p + r (p + scale) with
 * r drawn from this set (split-conformal with errors growing with the prediction); the interval and the probability of
 * end of life within N cycles are both read from it, so they agree.
 *
 * @param scaleCycles offset that keeps the normalisation finite near 0 cycles (history task: 10; early task: 0)
 * @param residuals   sorted normalised residuals of the out-of-fold predictions
 */
public record Calibration(double scaleCycles, double[] residuals) {
    /** Nominal central coverage of {@link #interval}. */
    public static final double LEVEL = 0.9;

    public Calibration {
        residuals = residuals.clone();
        Arrays.sort(residuals);
        if (residuals.length < 10) {
            throw new IllegalArgumentException("calibration needs at least 10 out-of-fold predictions, got "
                    + residuals.length);
        }
    }

    /** Builds the set from truths and out-of-fold predictions [cycles]. */
    public static Calibration of(double scaleCycles, double[] truth, double[] predicted) {
        double[] r = new double[truth.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (truth[i] - predicted[i]) / (Math.max(predicted[i], 0) + scaleCycles);
        }
        return new Calibration(scaleCycles, r);
    }

    /** {lower, upper} [cycles] of the central {@link #LEVEL} interval around prediction p, never below 0. */
    public double[] interval(double p) {
        double s = Math.max(p, 0) + scaleCycles;
        double lo = p + quantile((1 - LEVEL) / 2) * s;
        double hi = p + quantile(1 - (1 - LEVEL) / 2) * s;
        return new double[] {Math.max(0, lo), Math.max(0, hi)};
    }

    /** Probability that the true value is at most {@code n} cycles, given prediction p. */
    public double probabilityAtMost(double p, double n) {
        double s = Math.max(p, 0) + scaleCycles;
        double limit = (n - p) / s;
        // count of residuals <= limit
        int lo = 0;
        int hi = residuals.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (residuals[mid] <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / residuals.length;
    }

    /** Empirical quantile (linear interpolation between order statistics). */
    double quantile(double q) {
        double pos = q * (residuals.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(i + 1, residuals.length - 1);
        return residuals[i] + (pos - i) * (residuals[j] - residuals[i]);
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }
}
