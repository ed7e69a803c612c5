package org.evtwin.app.pack3d;

import java.util.Locale;

/** The per-cell quantity that colours the pack, with the name and unit the legend shows. */
public enum ColourBy {
    /** State of charge, 0–100 %. */
    SOC("State of charge", "%", 1),
    /** Cell temperature. */
    TEMPERATURE("Temperature", "°C", 1),
    /** Cell terminal voltage. */
    VOLTAGE("Cell voltage", "V", 3),
    /** Cell current, positive on discharge. */
    CURRENT("Cell current (+ discharge)", "A", 2),
    /** State of health (capacity / rated), 0–100 %. */
    SOH("State of health", "%", 1),
    /** Measured terminal voltage minus the model's (replay or live with the model alongside). */
    RESIDUAL("Residual (measured − model)", "mV", 1);

    private final String displayName;
    private final String unit;
    private final int decimals;

    ColourBy(String displayName, String unit, int decimals) {
        this.displayName = displayName;
        this.unit = unit;
        this.decimals = decimals;
    }

    /** Name for people, e.g. "State of charge". */
    public String displayName() {
        return displayName;
    }

    /** Unit of the legend and of {@link #format(double)}, e.g. "%". */
    public String unit() {
        return unit;
    }

    /** A value in this quantity's display unit with its unit, e.g. "67.3 %"; NaN gives "—". */
    public String format(double displayValue) {
        if (Double.isNaN(displayValue)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f %s", displayValue, unit);
    }

    @Override
    public String toString() {
        return displayName + " [" + unit + "]";
    }
}
