package org.evtwin.app.pack3d;

import org.evtwin.core.model.CellParameters;

/**
 * Chooses the legend's range for a quantity (in its display unit) so that a colour keeps its meaning from frame to
 * frame. Where engineers expect a fixed scale it is fixed, and only widened (to a round number) when the data leave
 * it: SoC 0–100 %, SoH 70–100 %, temperature 15–60 °C, voltage the cell's BMS window. Signed quantities (current,
 * residual) get a symmetric range ±S around zero, S a 1-2-5 number that grows at once when the data exceed it and
 * shrinks only when they stay below 40 % of it (hysteresis, so the legend does not flicker). Not thread-safe.
 */
final class LegendRange {
    /** Fraction of the symmetric span below which it shrinks to the next round number. */
    static final double SHRINK_BELOW = 0.4;
    private static final double[] MANTISSAS = {1, 2, 5, 10};

    private final double minCellV;
    private final double maxCellV;
    private final double minCurrentSpanA;
    private double currentSpan = Double.NaN;
    private double residualSpan = Double.NaN;

    LegendRange(CellParameters cell) {
        this.minCellV = cell.limits().minVoltageV();
        this.maxCellV = cell.limits().maxVoltageV();
        this.minCurrentSpanA = niceCeil(0.1 * cell.capacityAh());
    }

    /** Writes {min, max} for data spanning {@code dataMin … dataMax} (NaN when there were no values) into out. */
    void range(ColourBy by, double dataMin, double dataMax, double[] out) {
        boolean has = !Double.isNaN(dataMin);
        switch (by) {
            case SOC -> fixed(0, 100, dataMin, dataMax, 10, out);
            case SOH -> fixed(70, 100, dataMin, dataMax, 10, out);
            case TEMPERATURE -> fixed(15, 60, dataMin, dataMax, 5, out);
            case VOLTAGE -> fixed(minCellV, maxCellV, dataMin, dataMax, 0.1, out);
            case CURRENT -> {
                currentSpan = symmetric(currentSpan, has ? Math.max(-dataMin, dataMax) : 0, minCurrentSpanA);
                out[0] = -currentSpan;
                out[1] = currentSpan;
            }
            case RESIDUAL -> {
                residualSpan = symmetric(residualSpan, has ? Math.max(-dataMin, dataMax) : 0, 5.0);
                out[0] = -residualSpan;
                out[1] = residualSpan;
            }
        }
    }

    /** Forgets the residual span (a new comparison starts). */
    void resetResidual() {
        residualSpan = Double.NaN;
    }

    private static void fixed(double lo, double hi, double dataMin, double dataMax, double step, double[] out) {
        out[0] = dataMin < lo ? Math.floor(dataMin / step) * step : lo;
        out[1] = dataMax > hi ? Math.ceil(dataMax / step) * step : hi;
    }

    private static double symmetric(double span, double maxAbs, double minSpan) {
        double wanted = niceCeil(Math.max(maxAbs, minSpan));
        if (Double.isNaN(span) || maxAbs > span || maxAbs < SHRINK_BELOW * span) {
            return wanted;
        }
        return span;
    }

    /** The smallest 1, 2 or 5 × 10^k that is ≥ v (v > 0). */
    static double niceCeil(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return 1.0;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : MANTISSAS) {
            if (m * decade >= v * (1 - 1e-12)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }
}
