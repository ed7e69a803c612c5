package org.evtwin.core.ml;

import java.util.List;
import java.util.Locale;

/**
 * The training domain of a model: per feature the range seen in training, widened by {@link #SLACK} of its width.
 * A trajectory with a feature outside it is answered "outside the domain" with the feature named, not with a number:
 * trees cannot extrapolate and a linear fit far outside its data is a guess.
 *
 * @param names feature names
 * @param min   smallest training value of each feature
 * @param max   largest training value of each feature
 */
public record Domain(List<String> names, double[] min, double[] max) {
    public static final double SLACK = 0.1;

    public Domain {
        min = min.clone();
        max = max.clone();
    }

    /** The ranges of a feature matrix (rows = examples). */
    public static Domain of(List<String> names, double[][] rows) {
        double[] lo = new double[names.size()];
        double[] hi = new double[names.size()];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] r : rows) {
            for (int j = 0; j < lo.length; j++) {
                lo[j] = Math.min(lo[j], r[j]);
                hi[j] = Math.max(hi[j], r[j]);
            }
        }
        return new Domain(names, lo, hi);
    }

    /** Null if inside, else the reason naming the first feature outside. */
    public String check(double[] x) {
        for (int j = 0; j < min.length; j++) {
            double w = SLACK * (max[j] - min[j]);
            if (!(x[j] >= min[j] - w && x[j] <= max[j] + w)) {
                return String.format(Locale.ROOT, "%s = %.4g is outside the training range [%.4g, %.4g]",
                        names.get(j), x[j], min[j], max[j]);
            }
        }
        return null;
    }

    @Override
    public double[] min() {
        return min.clone();
    }

    @Override
    public double[] max() {
        return max.clone();
    }
}
