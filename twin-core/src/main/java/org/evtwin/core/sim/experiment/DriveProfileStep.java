package org.evtwin.core.sim.experiment;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One pass of a named drive profile: {@code Run US06}. {@code Run US06 3 times} becomes three of these steps. The
 * profile ends the step unless a limit comes first.
 *
 * @param profileName    the profile, spelled as in the set of known profiles given to the parser (as written when no
 *                       set was given)
 * @param durationLimitS end after this time [s], if present
 * @param voltageLimitV  end when the terminal voltage falls to this value [V], if present
 * @param source         where the step is written
 */
public record DriveProfileStep(String profileName, OptionalDouble durationLimitS, OptionalDouble voltageLimitV,
                               StepSource source) implements ExperimentStep {

    public DriveProfileStep {
        Objects.requireNonNull(profileName, "profileName");
        if (profileName.isBlank()) {
            throw new IllegalArgumentException("profileName is blank");
        }
        Checks.positive(durationLimitS, "durationLimitS");
        Checks.positive(voltageLimitV, "voltageLimitV");
        Objects.requireNonNull(source, "source");
    }
}
