package org.evtwin.core.sim.experiment;

import java.util.Objects;
import java.util.OptionalDouble;

/** Argument checks shared by the step records (programming errors, not user errors). */
final class Checks {

    private Checks() {
    }

    static double positive(double value, String name) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
        return value;
    }

    static OptionalDouble positive(OptionalDouble value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isPresent()) {
            positive(value.getAsDouble(), name);
        }
        return value;
    }
}
