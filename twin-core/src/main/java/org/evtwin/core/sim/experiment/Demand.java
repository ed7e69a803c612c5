package org.evtwin.core.sim.experiment;

import java.util.Objects;

/**
 * What a {@link CurrentStep} asks of the cell or pack: a C-rate, a current or a power, signed like every current in the
 * core (positive = discharge, negative = charge). The value is kept as written and converted to SI; whether it applies
 * per cell or per pack is the simulator's decision.
 *
 * @param kind  which quantity {@link #value()} is
 * @param value C-rate [1/h] for {@link Kind#C_RATE}, current [A] for {@link Kind#CURRENT}, power [W] for
 *              {@link Kind#POWER}; positive on discharge, negative on charge, never zero
 */
public record Demand(Kind kind, double value) {

    /** The quantity a demand is given in. */
    public enum Kind {
        /** Multiple of the current that empties the rated capacity in one hour [1/h]. */
        C_RATE,
        /** Current [A]. */
        CURRENT,
        /** Power [W]. */
        POWER
    }

    public Demand {
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(value) || value == 0.0) {
            throw new IllegalArgumentException("demand must be finite and non-zero, got " + value);
        }
    }

    /** {@code true} when the demand discharges (positive value). */
    public boolean isDischarge() {
        return value > 0.0;
    }

    /**
     * The demanded current [A] for a C-rate or current demand.
     *
     * @param oneCCurrentA the current of a 1C rate [A], i.e. rated capacity [C] / 3600 s
     * @throws IllegalStateException for a power demand, whose current depends on the voltage
     */
    public double currentA(double oneCCurrentA) {
        return switch (kind) {
            case C_RATE -> value * oneCCurrentA;
            case CURRENT -> value;
            case POWER -> throw new IllegalStateException("a power demand has no fixed current");
        };
    }
}
