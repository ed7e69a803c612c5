package org.evtwin.core.sim.experiment;

import java.util.Objects;

/**
 * Where a step came from in the experiment text, so the app can highlight it and messages can name it.
 *
 * @param line   1-based line number; 0 for a step built in code
 * @param column 1-based column of the step's first word; 0 for a step built in code
 * @param text   the step as written (without comment), e.g. {@code Discharge at 1C until 2.5 V}
 */
public record StepSource(int line, int column, String text) {

    public StepSource {
        Objects.requireNonNull(text, "text");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ", " + column);
        }
    }

    /** A source for a step built in code rather than parsed (line and column 0). */
    public static StepSource synthetic(String text) {
        return new StepSource(0, 0, text);
    }
}
