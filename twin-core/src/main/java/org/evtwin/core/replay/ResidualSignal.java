package org.evtwin.core.replay;

/**
 * The quantities on which the model is compared with the measurement (residual = measured − model). Per-cell signals
 * pool all measured cells in their statistics.
 */
public enum ResidualSignal {
    CELL_VOLTAGE("cell voltage", "V"),
    CELL_TEMPERATURE("cell temperature", "K"),
    CELL_SOC("cell soc", "1"),
    PACK_VOLTAGE("pack voltage", "V"),
    PACK_SOC("pack soc", "1"),
    /** Lowest cell voltage of the pack (as a BMS logs it). */
    MIN_CELL_VOLTAGE("min cell voltage", "V"),
    /** Highest cell voltage of the pack. */
    MAX_CELL_VOLTAGE("max cell voltage", "V"),
    /** Hottest cell of the pack. */
    MAX_CELL_TEMPERATURE("max cell temperature", "K");

    private final String label;
    private final String unit;

    ResidualSignal(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** For people and JSON keys: "cell voltage". */
    public String label() {
        return label;
    }

    /** Unit of the residual (a temperature difference is in K). */
    public String unit() {
        return unit;
    }
}
