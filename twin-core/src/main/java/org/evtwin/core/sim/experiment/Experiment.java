package org.evtwin.core.sim.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A test protocol as a flat list of steps, repeat blocks already expanded; usually parsed from text in the experiment
 * language described in the {@linkplain org.evtwin.core.sim.experiment package documentation}, e.g.
 *
 * <pre>
 * Repeat 3 times:
 *     Discharge at 1C until 2.5 V
 *     Rest for 30 min
 *     Charge at 0.5C until 4.2 V
 *     Hold at 4.2 V until C/20
 * End
 * </pre>
 *
 * @param steps the steps in order, at least one and at most {@link #MAX_STEPS}; a repeated step appears once per
 *              repetition
 */
public record Experiment(List<ExperimentStep> steps) {

    /** Most steps an experiment may expand to. */
    public static final int MAX_STEPS = 100_000;

    public Experiment {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("an experiment needs 1 to " + MAX_STEPS + " steps, got " + steps.size());
        }
    }

    /**
     * Parses experiment text without checking drive profile names.
     *
     * @throws ExperimentParseException pointing at the first offending word
     */
    public static Experiment parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses experiment text.
     *
     * @param knownProfiles names a {@code Run} step may use (matched ignoring case; the step keeps the name as spelled
     *                      here); {@code null} or empty to accept any name
     * @throws ExperimentParseException pointing at the first offending word
     */
    public static Experiment parse(String text, Set<String> knownProfiles) {
        Objects.requireNonNull(text, "text");
        return ExperimentParser.parse(text, knownProfiles);
    }

    /** Number of steps after expansion. */
    public int size() {
        return steps.size();
    }
}
