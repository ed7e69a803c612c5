package org.evtwin.core.alerts;

/**
 * How bad a value is, in increasing order: {@code OK < WARNING < CRITICAL}. The ordinal is the level stored in the
 * evaluator's primitive state arrays (0, 1, 2).
 */
public enum Severity {
    /** Inside the normal range. */
    OK,
    /** Outside the normal range; attention needed. */
    WARNING,
    /** Outside the safe range; action needed. */
    CRITICAL;

    private static final Severity[] LEVELS = values();

    /** The severity of a level 0, 1 or 2 (no allocation, unlike {@code values()}). */
    public static Severity ofLevel(int level) {
        return LEVELS[level];
    }

    /** True for WARNING and CRITICAL. */
    public boolean isAlarm() {
        return this != OK;
    }

    /** The more severe of two. */
    public static Severity max(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
