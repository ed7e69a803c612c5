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
}
