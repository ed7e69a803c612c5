package org.evtwin.core.ml.early;

import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.data.SeversonCells;

/**
 * The features of Severson et al.'s (2019) "discharge model" (their Table 1): log10 |min|, log10 var, log10 |skew|
 * and log10 kurtosis of dQ(V) = Q100(V) - Q10(V) (population moments, kurtosis not in excess), the discharge
 * capacity at cycle 2, and the maximum discharge capacity minus the one at cycle 2. Capacities are those at 2.0 V
 * (the end of the 4C discharge). The paper takes the maximum over cycles 1 to 100; only cycles 2, 10 and 100 are
 * recorded here, so the maximum is over those three: a lower bound of the paper's value (see docs/rul.md).
 */
public final class EarlyFeatures {
    public static final List<String> NAMES = List.of("log10_abs_min_dq", "log10_var_dq", "log10_abs_skew_dq",
            "log10_kurt_dq", "q2_ah", "qmax_minus_q2_ah");

    /** Index of log10 var dQ, the one feature of the paper's "variance model". */
    public static final int LOG10_VAR = 1;

    private EarlyFeatures() {
    }

    /** Features of a Severson cell, in the order of {@link #NAMES}. */
    public static double[] of(SeversonCells.Cell c) {
        return of(c.id(), c.q10Ah(), c.q100Ah(), c.q2Ah());
    }

    /**
     * Features in the order of {@link #NAMES}; the capacities at 2.0 V of cycles 10 and 100 are the curves' last
     * points. An error names the cell and the rule if the inputs are unusable.
     */
    public static double[] of(String cell, double[] q10Ah, double[] q100Ah, double q2Ah) {
        if (q10Ah.length != q100Ah.length || q10Ah.length < 10) {
            throw new TwinException(cell + ": Q(V) curves must have the same length of at least 10 points, got "
                    + q10Ah.length + " and " + q100Ah.length);
        }
        if (!(q2Ah > 0) || !Double.isFinite(q2Ah)) {
            throw new TwinException(cell + ": the cycle-2 discharge capacity must be a finite number > 0 Ah, got "
                    + q2Ah);
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
        double qMax = Math.max(q2Ah, Math.max(q10Ah[n - 1], q100Ah[n - 1]));
        // kurtosis m4 / m2^2 >= 1 for any distribution, so its log needs no absolute value
        double[] f = {Math.log10(Math.abs(min)), Math.log10(m2), Math.log10(Math.abs(m3 / Math.pow(m2, 1.5))),
            Math.log10(m4 / (m2 * m2)), q2Ah, qMax - q2Ah};
        for (int j = 0; j < f.length; j++) {
            if (!Double.isFinite(f[j])) {
                throw new TwinException(cell + ": feature " + NAMES.get(j) + " is not finite (the statistic of"
                        + " Q100(V) - Q10(V) is 0)");
            }
        }
        return f;
    }
}
