package org.evtwin.core.ingest.csv;

/**
 * One rejected row: where it is and which rule it broke. The row is not imported; the store keeps rejects so the
 * user can inspect them.
 *
 * @param file   the file name as given to the importer (messages use it as is)
 * @param line   1-based physical line where the row starts
 * @param column the column's header name (or {@code #<n>} in a file without header); empty for row-level rules
 * @param value  the offending text, cut to {@value #MAX_VALUE_CHARS} characters ("…" marks a cut)
 * @param rule   the rule broken
 * @param detail the human-readable reason, e.g. {@code "abc" is not a number}
 */
public record Reject(String file, long line, String column, String value, RejectRule rule, String detail) {
    /** Longest value text kept in a reject. */
    public static final int MAX_VALUE_CHARS = 40;

    /** {@code data.csv:17: column 'voltage_v': "abc" is not a number}. */
    public String message() {
        return file + ":" + line + ": " + (column.isEmpty() ? "" : "column '" + column + "': ") + detail;
    }

    /** The text as it will be kept: at most {@value #MAX_VALUE_CHARS} characters. */
    static String truncate(String text) {
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS - 1) + "…";
    }

    @Override
    public String toString() {
        return message();
    }
}
