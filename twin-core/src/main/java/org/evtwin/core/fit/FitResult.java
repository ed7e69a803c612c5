package org.evtwin.core.fit;

import java.util.Map;
import org.evtwin.core.model.CellParameters;

/**
 * Outcome of a cell fit.
 *
 * @param params     the fitted parameter set (with provenance)
 * @param residuals  named fit residuals in SI units (same as {@code params.provenance().residuals()})
 * @param report     a human-readable multi-line summary
 */
public record FitResult(CellParameters params, Map<String, Double> residuals, String report) {
    /**
     * Provenance key of the heat transfer coefficient identified together with cp [W/(m²·K)]. h belongs to the
     * cooling (pack) description, not to the cell, but cp is only meaningful with the h it was fitted with, so the
     * value is kept with the cell's provenance for single-cell simulation.
     */
    public static final String H_KEY = "identified_h_w_per_m2k";

    /** The identified h [W/(m²·K)] of a parameter set, or NaN if its provenance has none. */
    public static double identifiedH(CellParameters cell) {
        Double h = cell.provenance().residuals().get(H_KEY);
        return h == null ? Double.NaN : h;
    }
}
