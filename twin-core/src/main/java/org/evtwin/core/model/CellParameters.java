package org.evtwin.core.model;

/**
 * Everything the pack solver needs to know about one cell type. Immutable; read from and written to JSON by
 * {@link org.evtwin.core.model.json.CellParametersJson}.
 *
 * @param name         identifier, e.g. "nissan-leaf-2013-33ah"
 * @param chemistry    e.g. "LMO-LNO/graphite", "NCA/graphite", "LFP/graphite"
 * @param capacityAh   rated capacity [Ah] (Ah at the edge; {@link #capacityCoulomb()} inside)
 * @param ecm          equivalent-circuit tables
 * @param limits       BMS operating window
 * @param thermal      lumped thermal properties
 * @param geometry     outer dimensions
 * @param ageingModel  name of the ageing model ({@code org.evtwin.core.physics.ageing}), e.g. "schmalstieg-nmc"
 * @param provenance   where these numbers came from
 */
public record CellParameters(
        String name,
        String chemistry,
        double capacityAh,
        EcmParameters ecm,
        CellLimits limits,
        ThermalProperties thermal,
        CellGeometry geometry,
        String ageingModel,
        Provenance provenance) {

    public static final double SECONDS_PER_HOUR = 3600.0;

    /** Ageing model names a parameter file may name (implemented in {@code physics.ageing.AgeingModels}). */
    public static final java.util.List<String> AGEING_MODELS = java.util.List.of("schmalstieg-nmc", "wang-lfp", "none");

    /** Rated capacity in coulomb (A·s). */
    public double capacityCoulomb() {
        return capacityAh * SECONDS_PER_HOUR;
    }

    /** The current [A] that corresponds to a C-rate for this cell. */
    public double currentForCRate(double cRate) {
        return cRate * capacityAh;
    }
}
