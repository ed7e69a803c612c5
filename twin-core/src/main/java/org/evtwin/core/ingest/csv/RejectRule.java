package org.evtwin.core.ingest.csv;

/** Why a row was rejected. Each rule has a short stable code, used by the store to keep rejects by kind. */
public enum RejectRule {
    /** The field is not a decimal number. */
    NOT_A_NUMBER,
    /** The field is NaN in a column that must have a value. */
    NAN,
    /** The field is an infinity ("Inf", "Infinity", "-inf" …). */
    INFINITE,
    /** The number has more than 308 decimal digits before the point: it does not fit a double. */
    OVERFLOW,
    /** The field is empty in a column that must have a value. */
    EMPTY,
    /** The value, converted to core units, is outside the physical range of its signal. */
    OUT_OF_RANGE,
    /** The row has fewer fields than the header. */
    MISSING_COLUMNS,
    /** The row has more non-empty fields than the header. */
    EXTRA_COLUMNS,
    /** The time is earlier than the previous accepted row's. */
    TIME_NOT_INCREASING,
    /** The time equals the previous accepted row's. */
    DUPLICATE_TIME,
    /** The time field(s) cannot be read with the mapping's time format. */
    UNPARSEABLE_TIME
}
