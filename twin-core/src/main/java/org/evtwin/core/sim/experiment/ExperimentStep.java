package org.evtwin.core.sim.experiment;

import java.util.OptionalDouble;

/**
 * One step of an {@link Experiment}: a constant current or power ({@link CurrentStep}), a rest ({@link RestStep}), a
 * constant-voltage hold ({@link HoldVoltageStep}) or a named drive profile ({@link DriveProfileStep}). Steps are
 * immutable; a step inside a repeat block appears once per repetition in {@link Experiment#steps()}, as the same
 * instance.
 */
public sealed interface ExperimentStep permits CurrentStep, RestStep, HoldVoltageStep, DriveProfileStep {

    /** Where the step is written in the experiment text. */
    StepSource source();

    /** The step ends after this time at the latest [s]; empty when only another condition ends it. */
    OptionalDouble durationLimitS();

    /** 1-based line of the step in the experiment text (0 for a step built in code). */
    default int line() {
        return source().line();
    }

    /** The step as written. */
    default String text() {
        return source().text();
    }
}
