package org.evtwin.core.fit;

import java.util.Map;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;

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
    /** Provenance key of the heat-rejection law's convective exponent m identified with cp (absent: 1). */
    public static final String EXPONENT_KEY = "identified_convection_exponent";
    /** Provenance key of the ΔT_ref [K] at which the identified h applies when m ≠ 1 (absent: the default). */
    public static final String REFERENCE_DELTA_KEY = "identified_h_reference_delta_t_k";
    /** Provenance key of the emissivity of the heat-rejection law identified with cp (absent: 0, no radiation). */
    public static final String EMISSIVITY_KEY = "identified_emissivity";

    /** The identified h [W/(m²·K)] of a parameter set, or NaN if its provenance has none. */
    public static double identifiedH(CellParameters cell) {
        Double h = cell.provenance().residuals().get(H_KEY);
        return h == null ? Double.NaN : h;
    }

    /**
     * The heat-rejection law identified with cp (h, exponent, ΔT_ref, emissivity from the provenance; keys that are
     * absent take the constant-h defaults), for single-cell simulation at {@code coolantC}; null if the provenance has
     * no identified h.
     */
    public static CoolingSpec identifiedCooling(CellParameters cell, double coolantC) {
        double h = identifiedH(cell);
        if (!(h > 0)) {
            return null;
        }
        Map<String, Double> r = cell.provenance().residuals();
        return new CoolingSpec(h, coolantC, 0.0, r.getOrDefault(EXPONENT_KEY, CoolingSpec.LINEAR),
                r.getOrDefault(REFERENCE_DELTA_KEY, CoolingSpec.DEFAULT_REFERENCE_DELTA_K),
                r.getOrDefault(EMISSIVITY_KEY, 0.0), "identified with cp (" + cell.name() + " provenance)");
    }

    /** Puts a law and its h into a residual map under the keys above. */
    static void putCooling(Map<String, Double> residuals, ThermalFit.Law law, double hWPerM2K) {
        residuals.put(H_KEY, hWPerM2K);
        residuals.put(EXPONENT_KEY, law.exponent());
        residuals.put(REFERENCE_DELTA_KEY, law.referenceDeltaK());
        residuals.put(EMISSIVITY_KEY, law.emissivity());
    }
}
