package org.evtwin.core.model;

import java.util.List;
import java.util.Map;

/**
 * Where a parameter set came from: the data files (with SHA-256), the method, and the fit residuals, so anyone can
 * tell how far to trust it.
 *
 * @param source     one-line description (e.g. "ORNL 2013 Nissan Leaf cell, HPPC 10/25/40 degC + C/15 quasi-OCV")
 * @param files      data files used, each "relative/path sha256=..."
 * @param method     how the parameters were identified
 * @param residuals  named fit residuals (e.g. "hppc25_rmse_v" → 0.004), SI units in the name
 * @param created    ISO-8601 time of creation
 */
public record Provenance(String source, List<String> files, String method, Map<String, Double> residuals,
        String created) {

    public Provenance {
        files = List.copyOf(files);
        // sorted, so files written from a provenance are identical run to run
        residuals = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(residuals));
    }

    public static Provenance of(String source) {
        return new Provenance(source, List.of(), "", Map.of(), "");
    }
}
