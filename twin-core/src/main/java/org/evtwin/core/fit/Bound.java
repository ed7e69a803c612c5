package org.evtwin.core.fit;

/**
 * A positive parameter confined to {@code [lo, hi]} through a logistic map in log space: the optimiser works on an
 * unbounded internal value {@code p}, the model sees {@code lo·(hi/lo)^sigmoid(p)}.
 */
public record Bound(double lo, double hi) {

    public Bound {
        if (!(lo > 0) || !(hi > lo)) {
            throw new IllegalArgumentException("bound needs 0 < lo < hi, got " + lo + ", " + hi);
        }
    }

    public double value(double p) {
        return lo * Math.pow(hi / lo, 1.0 / (1.0 + Math.exp(-p)));
    }

    public double internal(double value) {
        double v = Math.min(Math.max(value, lo * 1.000001), hi / 1.000001);
        double s = Math.log(v / lo) / Math.log(hi / lo);
        return Math.log(s / (1.0 - s));
    }

    /** True if {@code value} lies within 0.5 % (in log space) of either end. */
    public boolean atBound(double value) {
        double s = Math.log(value / lo) / Math.log(hi / lo);
        return s < 0.005 || s > 0.995;
    }
}
