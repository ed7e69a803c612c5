package org.evtwin.core.store;

/**
 * A rejected input row as kept for inspection: where (file line, column) and why (the rule), with the offending value
 * (truncated to {@link #MAX_VALUE_CHARS} characters).
 *
 * @param line   1-based line in the source file
 * @param column column name (or "" when the whole line was wrong, e.g. a wrong field count)
 * @param value  the offending text as found
 * @param rule   the rule that failed, as a sentence ("not a number", "time must increase (… s after … s)")
 */
public record RejectRecord(long line, String column, String value, String rule) {
    /** Values longer than this are cut (a reject table must not become a copy of a broken file). */
    public static final int MAX_VALUE_CHARS = 200;

    public RejectRecord {
        column = column == null ? "" : column;
        value = value == null ? "" : value.length() > MAX_VALUE_CHARS ? value.substring(0, MAX_VALUE_CHARS) : value;
        rule = rule == null ? "" : rule;
    }
}
