package org.evtwin.core.sim.experiment;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Constant-voltage hold: {@code Hold at 4.2 V until C/20}, {@code Hold at 4.2 V until 50 mA},
 * {@code Hold at 4.2 V for 1 hour}. At least one of the two limits is present; the step ends at whichever comes first.
 *
 * @param voltageV       the held terminal voltage [V]
 * @param durationLimitS end after this time [s], if present
 * @param currentCutoff  end when the current magnitude falls below this, if present
 * @param source         where the step is written
 */
public record HoldVoltageStep(double voltageV, OptionalDouble durationLimitS, Optional<CurrentCutoff> currentCutoff,
                              StepSource source) implements ExperimentStep {

    public HoldVoltageStep {
        Checks.positive(voltageV, "voltageV");
        Checks.positive(durationLimitS, "durationLimitS");
        Objects.requireNonNull(currentCutoff, "currentCutoff");
        Objects.requireNonNull(source, "source");
        if (durationLimitS.isEmpty() && currentCutoff.isEmpty()) {
            throw new IllegalArgumentException("a hold step needs a duration or a current cut-off");
        }
    }
}
