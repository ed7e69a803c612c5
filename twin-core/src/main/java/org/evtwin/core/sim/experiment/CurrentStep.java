package org.evtwin.core.sim.experiment;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Constant C-rate, current or power: {@code Discharge at 1C until 2.5 V}, {@code Charge at 1 A until 4.1 V},
 * {@code Discharge at 20 W for 10 minutes}, {@code Discharge at 0.5C for 1 hour or until 3.0 V}. At least one of the
 * two limits is present; the step ends at whichever comes first.
 *
 * @param demand         what to draw (positive) or push in (negative)
 * @param durationLimitS end after this time [s], if present
 * @param voltageLimitV  end when the terminal voltage reaches this value [V], if present: from above on discharge,
 *                       from below on charge
 * @param source         where the step is written
 */
public record CurrentStep(Demand demand, OptionalDouble durationLimitS, OptionalDouble voltageLimitV,
                          StepSource source) implements ExperimentStep {

    public CurrentStep {
        Objects.requireNonNull(demand, "demand");
        Checks.positive(durationLimitS, "durationLimitS");
        Checks.positive(voltageLimitV, "voltageLimitV");
        Objects.requireNonNull(source, "source");
        if (durationLimitS.isEmpty() && voltageLimitV.isEmpty()) {
            throw new IllegalArgumentException("a current step needs a duration or a voltage limit");
        }
    }

    /** {@code true} for Discharge, {@code false} for Charge. */
    public boolean isDischarge() {
        return demand.isDischarge();
    }
}
