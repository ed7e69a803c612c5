package org.evtwin.core.physics;

/** Why the current applied in a step differs from the current asked for (or {@link #NONE}). */
public enum LimitReason {
    NONE("within limits"),
    CELL_VOLTAGE_MIN("a cell reached its minimum voltage"),
    CELL_VOLTAGE_MAX("a cell reached its maximum voltage"),
    DISCHARGE_CURRENT("discharge current limit (C-rate, derated by temperature)"),
    CHARGE_CURRENT("charge current limit (C-rate, derated by temperature)"),
    TEMPERATURE("a cell is outside its temperature window"),
    POWER_UNREACHABLE("the pack cannot deliver the requested power");

    private final String description;

    LimitReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
