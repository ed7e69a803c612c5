package org.evtwin.core.ingest.csv;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a row's time is read. Columns are header names or {@code #<n>} (1-based field number).
 *
 * @param kind         SECONDS or MILLISECONDS (a number, relative or epoch), ISO_8601 (e.g.
 *                     {@code 2009-02-13T23:12:28.078} or with an offset {@code …Z}/{@code +01:00}), DATE_TIME (a date
 *                     column and a time column read with {@code pattern})
 * @param column       the time column (SECONDS, MILLISECONDS, ISO_8601)
 * @param offsetColumn ISO_8601 only, optional: a column of seconds added to the instant (records that give a start
 *                     time and a time since start, like NASA's converted files)
 * @param dateColumn   DATE_TIME: the date column
 * @param timeColumn   DATE_TIME: the time-of-day column
 * @param pattern      DATE_TIME: a {@link DateTimeFormatter} pattern for {@code "<date> <time>"}, e.g.
 *                     {@code dd.MM.yyyy HH:mm:ss.SSS}
 * @param zone         zone of times written without an offset (default UTC)
 */
public record TimeSpec(Kind kind, String column, String offsetColumn, String dateColumn, String timeColumn,
        String pattern, String zone) {
    /** The time encodings understood. */
    public enum Kind {
        SECONDS, MILLISECONDS, ISO_8601, DATE_TIME
    }

    public TimeSpec {
        if (kind == null) {
            throw new IllegalArgumentException("kind: one of SECONDS, MILLISECONDS, ISO_8601, DATE_TIME is required");
        }
        if (kind == Kind.DATE_TIME) {
            require(dateColumn, "dateColumn");
            require(timeColumn, "timeColumn");
            require(pattern, "pattern");
            try {
                DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pattern: \"" + pattern + "\" is not a date-time pattern ("
                        + e.getMessage() + ")", e);
            }
        } else {
            require(column, "column");
        }
        if (offsetColumn != null && kind != Kind.ISO_8601) {
            throw new IllegalArgumentException("offsetColumn: only with kind ISO_8601");
        }
        zone = zone == null ? "UTC" : zone;
        try {
            ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("zone: \"" + zone + "\" is not a time zone (" + e.getMessage() + ")",
                    e);
        }
    }

    public static TimeSpec seconds(String column) {
        return new TimeSpec(Kind.SECONDS, column, null, null, null, null, null);
    }

    public static TimeSpec milliseconds(String column) {
        return new TimeSpec(Kind.MILLISECONDS, column, null, null, null, null, null);
    }

    public static TimeSpec iso(String column, String offsetColumn, String zone) {
        return new TimeSpec(Kind.ISO_8601, column, offsetColumn, null, null, null, zone);
    }

    public static TimeSpec dateTime(String dateColumn, String timeColumn, String pattern, String zone) {
        return new TimeSpec(Kind.DATE_TIME, null, null, dateColumn, timeColumn, pattern, zone);
    }

    /** Whether the time is an absolute instant (the import then reports its epoch). */
    public boolean absolute() {
        return kind == Kind.ISO_8601 || kind == Kind.DATE_TIME;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required for this time kind");
        }
    }

    /** 1-based n of a {@code #<n>} column reference, else -1. */
    static int fieldNumber(String source) {
        if (source != null && source.length() > 1 && source.charAt(0) == '#') {
            try {
                int n = Integer.parseInt(source.substring(1));
                return n >= 1 ? n : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
