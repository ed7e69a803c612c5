package org.evtwin.core.sim.experiment;

import java.util.Objects;

/**
 * End condition of a {@link HoldVoltageStep}: the hold ends when the magnitude of the current falls below this limit,
 * given either as a C-rate ({@code until C/20}) or as a current ({@code until 50 mA}).
 *
 * @param kind  whether {@link #value()} is a C-rate or a current
 * @param value C-rate [1/h] or current [A]; always positive (a magnitude)
 */
public record CurrentCutoff(Kind kind, double value) {

    /** The quantity a cut-off is given in. */
    public enum Kind {
        /** Multiple of the 1C current [1/h]. */
        C_RATE,
        /** Current [A]. */
        CURRENT
    }

    public CurrentCutoff {
        Objects.requireNonNull(kind, "kind");
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("cut-off must be positive and finite, got " + value);
        }
    }

    /**
     * The cut-off as a current magnitude [A].
     *
     * @param oneCCurrentA the current of a 1C rate [A], i.e. rated capacity [C] / 3600 s
     */
    public double currentA(double oneCCurrentA) {
        return kind == Kind.C_RATE ? value * oneCCurrentA : value;
    }
}
