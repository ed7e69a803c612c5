package org.evtwin.core.sim.experiment;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Zero current for a fixed time: {@code Rest for 1 hour}.
 *
 * @param durationS how long to rest [s], positive
 * @param source    where the step is written
 */
public record RestStep(double durationS, StepSource source) implements ExperimentStep {

    public RestStep {
        Checks.positive(durationS, "durationS");
        Objects.requireNonNull(source, "source");
    }

    /** Always present: a rest ends only by time. */
    @Override
    public OptionalDouble durationLimitS() {
        return OptionalDouble.of(durationS);
    }
}
