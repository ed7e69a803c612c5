package org.evtwin.core.ml.early;

import java.util.List;
import org.evtwin.core.TwinException;

/**
 * Features of the first 100 cycles from the discharge capacity curves Q(V) at cycles 10 and 100 on one voltage grid:
 * the summary statistics of dQ(V) = Q100(V) - Q10(V) that Severson et al. (2019) found predictive (log variance, log
 * minimum, log mean, skewness, kurtosis; population moments as in their code), plus the capacity at 2.0 V at cycle
 * 10 and its change to cycle 100.
 */
public final class EarlyFeatures {
    public static final List<String> NAMES = List.of("log10_var_dq", "log10_abs_min_dq", "log10_abs_mean_dq",
            "skew_dq", "kurt_dq", "q10_at_end_ah", "dq_at_end_ah");

    private EarlyFeatures() {
    }

    /** Features in the order of {@link #NAMES}; an error names the cell and the rule if the curves are unusable. */
    public static double[] of(String cell, double[] q10Ah, double[] q100Ah) {
        if (q10Ah.length != q100Ah.length || q10Ah.length < 10) {
            throw new TwinException(cell + ": Q(V) curves must have the same length of at least 10 points, got "
                    + q10Ah.length + " and " + q100Ah.length);
        }
        int n = q10Ah.length;
        double[] d = new double[n];
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            d[i] = q100Ah[i] - q10Ah[i];
            if (!Double.isFinite(d[i])) {
                throw new TwinException(cell + ": Q(V) point " + (i + 1) + " is not a finite number");
            }
            mean += d[i];
            min = Math.min(min, d[i]);
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : d) {
            double e = v - mean;
            m2 += e * e;
            m3 += e * e * e;
            m4 += e * e * e * e;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (!(m2 > 0)) {
            throw new TwinException(cell + ": Q100(V) - Q10(V) has zero variance; cycles 10 and 100 are identical");
        }
        return new double[] {Math.log10(m2), Math.log10(Math.abs(min)), Math.log10(Math.abs(mean)),
            m3 / Math.pow(m2, 1.5), m4 / (m2 * m2), q10Ah[n - 1], d[n - 1]};
    }
}
