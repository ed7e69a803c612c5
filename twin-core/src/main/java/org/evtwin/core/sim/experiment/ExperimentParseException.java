package org.evtwin.core.sim.experiment;

import org.evtwin.core.TwinException;

/**
 * A mistake in experiment text, pointing at the offending word. {@link #getMessage()} is one line, e.g.
 * {@code line 2, column 17: "untill" — expected "until" or "for"}; {@link #renderWithCaret()} adds the source line
 * with a caret marker under the word for the command line.
 */
public final class ExperimentParseException extends TwinException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final int length;
    private final String sourceLine;
    private final String detail;

    /**
     * @param line       1-based line
     * @param column     1-based column of the offending word (or of the place where a word is missing)
     * @param length     length of the offending word; 0 when something is missing at the end of a step
     * @param sourceLine the whole line as written
     * @param detail     what is wrong, without the position
     */
    ExperimentParseException(int line, int column, int length, String sourceLine, String detail) {
        this(line, column, length, sourceLine, detail, length > 0
                ? "\"" + sourceLine.substring(column - 1, column - 1 + length) + "\"" : "end of step");
    }

    private ExperimentParseException(int line, int column, int length, String sourceLine, String detail,
                                     String label) {
        super("line " + line + ", column " + column + ": " + label + " — " + detail);
        this.line = line;
        this.column = column;
        this.length = length;
        this.sourceLine = sourceLine;
        this.detail = detail;
    }

    /** The error for a text without any step. */
    static ExperimentParseException noSteps() {
        return new ExperimentParseException(1, 1, 0, "", "the experiment has no steps", "end of text");
    }

    /** 1-based line of the offending word. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending word, or of the place where a word is missing. */
    public int column() {
        return column;
    }

    /** Length of the offending word in characters; 0 when a word is missing at the end of a step. */
    public int length() {
        return length;
    }

    /** The offending word as written; empty when a word is missing at the end of a step. */
    public String word() {
        return sourceLine.substring(column - 1, column - 1 + length);
    }

    /** What is wrong, without the position, e.g. {@code expected "until" or "for"}. */
    public String detail() {
        return detail;
    }

    /** The whole line the error is on, as written. */
    public String sourceLine() {
        return sourceLine;
    }

    /**
     * The source line and, below it, a marker of {@code ^} under the offending word (one {@code ^} where a word is
     * missing), separated by {@code '\n'}. Tabs before the word are kept so the marker lines up.
     */
    public String renderWithCaret() {
        StringBuilder marker = new StringBuilder(column + length);
        for (int i = 0; i < column - 1; i++) {
            marker.append(i < sourceLine.length() && sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        marker.append("^".repeat(Math.max(1, length)));
        return sourceLine + "\n" + marker;
    }
}
