package org.evtwin.core.alerts;

import java.util.Locale;
import org.evtwin.core.alerts.Threshold.Direction;

/**
 * The kinds of alert, each with its scope (one value for the pack, or one per cell), the side on which the alarm
 * lies, and its units: thresholds use the frame unit (as in {@link org.evtwin.core.telemetry.PackFrame}), events and
 * messages the display unit ({@code display = frame × displayScale}).
 */
public enum AlertRule {
    /** Pack state of charge (fraction; shown in %). */
    PACK_SOC("Pack SoC", "SoC", Scope.PACK, Direction.BELOW, "1", "%", 100, 1),
    /** Cell state of health, capacity / rated (fraction; shown in %). */
    CELL_SOH("Cell SoH", "SoH", Scope.CELL, Direction.BELOW, "1", "%", 100, 1),
    /** Cell temperature [degC]. */
    CELL_TEMPERATURE("Cell temperature", "temperature", Scope.CELL, Direction.ABOVE, "degC", "°C", 1, 1),
    /** Cell terminal voltage below the discharge cut-off of the cell's limits [V]. */
    CELL_UNDER_VOLTAGE("Cell under-voltage", "voltage", Scope.CELL, Direction.BELOW, "V", "V", 1, 3),
    /** Cell terminal voltage above the charge cut-off of the cell's limits [V]. */
    CELL_OVER_VOLTAGE("Cell over-voltage", "voltage", Scope.CELL, Direction.ABOVE, "V", "V", 1, 3),
    /** Highest minus lowest cell voltage in the pack [V; shown in mV]. */
    VOLTAGE_SPREAD("Cell voltage spread", "cell voltage spread", Scope.PACK, Direction.ABOVE, "V", "mV", 1000, 1),
    /**
     * Measured − model cell voltage, judged on its magnitude [V; shown in mV]. Evaluated only when residuals are
     * supplied ({@link AlertEngine#evaluateResidual}), i.e. when a replay or live source runs the model alongside.
     */
    RESIDUAL("Model residual", "measured − model voltage", Scope.CELL, Direction.ABOVE, "V", "mV", 1000, 1),
    /**
     * Predicted remaining useful life of the pack [cycles]. Evaluated only when a prediction is supplied
     * ({@link AlertEngine#evaluateRul}).
     */
    RUL("Remaining useful life", "remaining useful life", Scope.PACK, Direction.BELOW, "cycles", "cycles", 1, 0);

    /** Whether a rule has one value for the whole pack or one per cell. */
    public enum Scope {
        /** One value for the pack; events carry cell index −1. */
        PACK,
        /** One value per cell; events carry the cell index. */
        CELL
    }

    private final String label;
    private final String quantity;
    private final Scope scope;
    private final Direction direction;
    private final String frameUnit;
    private final String displayUnit;
    private final double displayScale;
    private final String pattern;

    AlertRule(String label, String quantity, Scope scope, Direction direction, String frameUnit, String displayUnit,
            double displayScale, int decimals) {
        this.label = label;
        this.quantity = quantity;
        this.scope = scope;
        this.direction = direction;
        this.frameUnit = frameUnit;
        this.displayUnit = displayUnit;
        this.displayScale = displayScale;
        this.pattern = "%." + decimals + "f";
    }

    /** Human-readable name, e.g. "Cell temperature". */
    public String label() {
        return label;
    }

    /** The quantity as it reads in a sentence after "Pack" or "Cell 12", e.g. "temperature". */
    public String quantity() {
        return quantity;
    }

    /** True when the rule judges the magnitude of the value (the residual may have either sign). */
    public boolean magnitude() {
        return this == RESIDUAL;
    }

    public Scope scope() {
        return scope;
    }

    /** The direction every threshold of this rule must have. */
    public Direction direction() {
        return direction;
    }

    /** Unit of thresholds and frame values ("1" for fractions). */
    public String frameUnit() {
        return frameUnit;
    }

    /** Unit of event values and messages, e.g. "%", "mV", "°C". */
    public String displayUnit() {
        return displayUnit;
    }

    /** Factor from the frame unit to the display unit (100 for fractions shown in %, 1000 for V shown in mV). */
    public double displayScale() {
        return displayScale;
    }

    /** A value in frame units converted to display units. */
    public double toDisplay(double frameValue) {
        return frameValue * displayScale;
    }

    /** A value already in display units, formatted with this rule's decimals and unit, e.g. "61.2 °C". */
    public String formatDisplay(double displayValue) {
        return String.format(Locale.ROOT, pattern, displayValue) + " " + displayUnit;
    }

    /** A value in frame units, converted and formatted, e.g. 0.187 → "18.7 %". */
    public String formatFrame(double frameValue) {
        return formatDisplay(toDisplay(frameValue));
    }
}
