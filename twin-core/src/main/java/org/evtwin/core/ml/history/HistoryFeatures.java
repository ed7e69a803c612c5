package org.evtwin.core.ml.history;

import java.util.List;

/**
 * Features of a cell's trajectory at one entry, from that entry and the ones before it only (never the future).
 * Capacities are taken as fractions of the nominal capacity so cells of any size compare; every level is also taken
 * relative to the end-of-life threshold. Regeneration after rests makes single capacities jumpy, so levels are means of
 * the last {@value #LEVEL_WINDOW} entries and slopes least-squares fits.
 */
public final class HistoryFeatures {
    /** Fewest entries that give a slope over a full recent window. */
    public static final int MIN_CYCLES = 10;
    static final int LEVEL_WINDOW = 3;
    static final int SHORT_WINDOW = 10;
    static final int LONG_WINDOW = 30;
    /** Cap of the linear extrapolation [cycles]: a flat trajectory says "long", not "infinite". */
    static final double MAX_EXTRAPOLATION = 3000.0;

    /** Feature names, in the order of {@link #at}. */
    public static final List<String> NAMES = List.of(
            "margin_to_eol",      // (level - EOL) / nominal
            "soh",                // level / nominal
            "slope_short",        // d(capacity/nominal)/d(cycle) over the last 10 entries
            "slope_long",         // same over the last 30 (or all)
            "curvature_long",     // second derivative over the last 30 [1/cycle^2]
            "change_recent",      // level now minus the level at the start of the last 10 entries, / nominal
            "fade_per_cycle",     // (first level - level now) / nominal / cycles elapsed
            "throughput_efc",     // sum of discharge capacities / nominal (equivalent full cycles)
            "linear_rul_cycles",  // margin / -slope_long, capped: the physics-free extrapolation
            "temperature_c");     // mean peak cell temperature over the last 10 entries

    private HistoryFeatures() {
    }

    /** Features at entry {@code k} (0-based; needs {@code k + 1 >= MIN_CYCLES}). */
    public static double[] at(CellHistory h, int k) {
        if (k + 1 < MIN_CYCLES) {
            throw new IllegalArgumentException("needs " + MIN_CYCLES + " entries, has " + (k + 1));
        }
        double nom = h.nominalCapacityAh();
        double[] c = h.capacityAh();
        double[] x = h.cycle();
        double level = mean(c, k - LEVEL_WINDOW + 1, k) / nom;
        double first = mean(c, 0, Math.min(LEVEL_WINDOW - 1, k)) / nom;
        int shortFrom = k - SHORT_WINDOW + 1;
        int longFrom = Math.max(0, k - LONG_WINDOW + 1);
        double slopeShort = slope(x, c, shortFrom, k) / nom;
        double[] quad = quadratic(x, c, longFrom, k);
        double slopeLong = slope(x, c, longFrom, k) / nom;
        double curvature = 2.0 * quad[2] / nom;
        double before = mean(c, Math.max(0, shortFrom - LEVEL_WINDOW + 1), shortFrom) / nom;
        double elapsed = x[k] - x[0];
        double margin = level - h.eolCapacityAh() / nom;
        double throughput = 0;
        for (int i = 0; i <= k; i++) {
            throughput += c[i];
        }
        double linearRul = slopeLong < 0 ? Math.min(MAX_EXTRAPOLATION, Math.max(0, margin / -slopeLong))
                : MAX_EXTRAPOLATION;
        return new double[] {margin, level, slopeShort, slopeLong, curvature, level - before,
            elapsed > 0 ? (first - level) / elapsed : 0.0, throughput / nom, linearRul,
            mean(h.temperatureC(), shortFrom, k)};
    }

    static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i <= to; i++) {
            s += v[i];
        }
        return s / (to - from + 1);
    }

    /** Least-squares slope of y over x on [from, to]. */
    static double slope(double[] x, double[] y, int from, int to) {
        double mx = mean(x, from, to);
        double my = mean(y, from, to);
        double sxy = 0;
        double sxx = 0;
        for (int i = from; i <= to; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx > 0 ? sxy / sxx : 0.0;
    }

    /** Least-squares y = a + b t + c t^2 with t = x - mean(x); returns {a, b, c}. */
    static double[] quadratic(double[] x, double[] y, int from, int to) {
        double mx = mean(x, from, to);
        double[][] m = new double[3][4];
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double y0 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = from; i <= to; i++) {
            double t = x[i] - mx;
            double t2 = t * t;
            s0 += 1;
            s1 += t;
            s2 += t2;
            s3 += t2 * t;
            s4 += t2 * t2;
            y0 += y[i];
            y1 += t * y[i];
            y2 += t2 * y[i];
        }
        m[0][0] = s0;
        m[0][1] = s1;
        m[0][2] = s2;
        m[1][0] = s1;
        m[1][1] = s2;
        m[1][2] = s3;
        m[2][0] = s2;
        m[2][1] = s3;
        m[2][2] = s4;
        m[0][3] = y0;
        m[1][3] = y1;
        m[2][3] = y2;
        return solve3(m);
    }

    private static double[] solve3(double[][] m) {
        for (int col = 0; col < 3; col++) {
            int piv = col;
            for (int r = col + 1; r < 3; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[piv];
            m[piv] = tmp;
            if (Math.abs(m[col][col]) < 1e-300) {
                return new double[] {0, 0, 0};
            }
            for (int r = 0; r < 3; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int q = col; q < 4; q++) {
                        m[r][q] -= f * m[col][q];
                    }
                }
            }
        }
        return new double[] {m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]};
    }
}
