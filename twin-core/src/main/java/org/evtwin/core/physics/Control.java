package org.evtwin.core.physics;

/**
 * What the pack is asked to do for one step. Current and power are positive on discharge.
 *
 * @param mode           the controlled quantity
 * @param value          amperes, watts or volts depending on the mode
 * @param floorCellV     lowest cell voltage allowed in this step [V] (NaN = the cell's own limit); a step that would
 *                       go below is held exactly at it and reports {@link LimitReason#CELL_VOLTAGE_MIN}
 * @param ceilingCellV   highest cell voltage allowed [V] (NaN = the cell's own limit)
 */
public record Control(Mode mode, double value, double floorCellV, double ceilingCellV) {

    /** The controlled quantity. */
    public enum Mode {
        /** Pack current [A]. */
        CURRENT,
        /** Pack power at the terminals [W]. */
        POWER,
        /** Pack terminal voltage [V]. */
        PACK_VOLTAGE,
        /** The highest (on charge) or lowest (on discharge) parallel-group voltage held at a value [V]: CV phase. */
        CELL_VOLTAGE_HOLD
    }

    public static Control current(double amps) {
        return new Control(Mode.CURRENT, amps, Double.NaN, Double.NaN);
    }

    public static Control power(double watts) {
        return new Control(Mode.POWER, watts, Double.NaN, Double.NaN);
    }

    public static Control packVoltage(double volts) {
        return new Control(Mode.PACK_VOLTAGE, volts, Double.NaN, Double.NaN);
    }

    public static Control cellVoltageHold(double volts) {
        return new Control(Mode.CELL_VOLTAGE_HOLD, volts, Double.NaN, Double.NaN);
    }

    public static Control rest() {
        return current(0.0);
    }

    /** The same demand with a tighter cell-voltage window for this step (experiment "until" conditions). */
    public Control withCellVoltageWindow(double floorV, double ceilingV) {
        return new Control(mode, value, floorV, ceilingV);
    }
}
