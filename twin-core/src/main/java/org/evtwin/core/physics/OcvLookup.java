package org.evtwin.core.physics;

import org.evtwin.core.model.Table2D;

/**
 * OCV resampled onto a uniform SoC grid per temperature row, so the per-step lookup is an index computation and two
 * linear interpolations instead of a binary search. With {@value #POINTS} intervals the resampling error is below
 * 0.1 mV for the fitted tables (which have ~10–100 points and are themselves piecewise linear, so breakpoints that
 * fall between grid points are the only source of error).
 */
final class OcvLookup {
    static final int POINTS = 2000;
    final double[][] rows;
    private final double[] temperaturesC;

    OcvLookup(Table2D ocv) {
        temperaturesC = ocv.temperaturesC().clone();
        rows = new double[temperaturesC.length][POINTS + 1];
        for (int t = 0; t < temperaturesC.length; t++) {
            for (int k = 0; k <= POINTS; k++) {
                rows[t][k] = ocv.lookup((double) k / POINTS, temperaturesC[t]);
            }
        }
    }

    int temperatureRows() {
        return rows.length;
    }

    /** Lower temperature row for a temperature, clamped. */
    int rowFor(double temperatureC) {
        if (rows.length == 1 || temperatureC <= temperaturesC[0]) {
            return 0;
        }
        for (int t = 0; t < temperaturesC.length - 1; t++) {
            if (temperatureC < temperaturesC[t + 1]) {
                return t;
            }
        }
        return temperaturesC.length - 2;
    }

    /** Weight of the upper row (0–1) for a temperature. */
    double weightFor(int row, double temperatureC) {
        if (rows.length == 1) {
            return 0.0;
        }
        double w = (temperatureC - temperaturesC[row]) / (temperaturesC[row + 1] - temperaturesC[row]);
        return Math.max(0.0, Math.min(1.0, w));
    }

    /** dOCV/dSoC [V per unit SoC] of the grid segment containing {@code soc} (end segments outside 0–1). */
    double slope(double soc, int row, double w) {
        int k = (int) (soc * POINTS);
        if (k < 0 || soc < 0) {
            k = 0;
        } else if (k >= POINTS) {
            k = POINTS - 1;
        }
        double[] low = rows[row];
        double d = low[k + 1] - low[k];
        if (w != 0.0) {
            double[] high = rows[row + 1];
            d += ((high[k + 1] - high[k]) - d) * w;
        }
        return d * POINTS;
    }

    /** OCV at a SoC (linearly extrapolated outside 0–1) between temperature rows {@code row} and {@code row+1} with weight {@code w}. */
    double ocv(double soc, int row, double w) {
        double pos = soc * POINTS;
        int k = (int) pos;
        if (k < 0 || pos < 0) {
            k = 0;
        } else if (k >= POINTS) {
            k = POINTS - 1;
        }
        // outside 0–1 the end segment's slope extrapolates, so an over-discharged cell's voltage keeps falling
        // (and the BMS cut-off is reached) instead of sticking at OCV(0)
        double f = pos - k;
        double[] low = rows[row];
        double v = low[k] + (low[k + 1] - low[k]) * f;
        if (w == 0.0) {
            return v;
        }
        double[] high = rows[row + 1];
        double h = high[k] + (high[k + 1] - high[k]) * f;
        return v + (h - v) * w;
    }
}
