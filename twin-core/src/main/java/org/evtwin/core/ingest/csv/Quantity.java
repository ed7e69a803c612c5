package org.evtwin.core.ingest.csv;

import org.evtwin.core.telemetry.Signal;

/** The physical quantity of a signal or a source unit; a column's unit must measure its channel's quantity. */
public enum Quantity {
    VOLTAGE, CURRENT, TEMPERATURE, FRACTION, CHARGE, POWER, SPEED;

    /** The quantity a signal holds, from its core unit. */
    public static Quantity of(Signal signal) {
        return switch (signal.unit()) {
            case "V" -> VOLTAGE;
            case "A" -> CURRENT;
            case "degC" -> TEMPERATURE;
            case "1" -> FRACTION;
            case "C" -> CHARGE;
            case "W" -> POWER;
            case "m/s" -> SPEED;
            default -> throw new IllegalStateException("no quantity for unit " + signal.unit() + " of " + signal);
        };
    }

    /** Whether a sign convention (positive = charge or discharge) means something for this quantity. */
    public boolean signed() {
        return this == CURRENT || this == POWER || this == CHARGE;
    }
}
