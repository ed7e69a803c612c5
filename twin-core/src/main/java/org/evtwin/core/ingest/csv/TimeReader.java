package org.evtwin.core.ingest.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;

/**
 * Turns absolute time fields (ISO-8601, or date + time with a pattern) into seconds since the epoch of the import:
 * the first instant read. Consecutive rows often repeat the same text (a start-time column beside a seconds
 * column), so the last text and its instant are cached.
 */
final class TimeReader {
    private final ZoneId zone;
    private final DateTimeFormatter pattern;
    private char[] lastText = new char[0];
    private long lastSecond;
    private int lastNano;
    private Instant epoch;

    TimeReader(TimeSpec spec) {
        this.zone = ZoneId.of(spec.zone());
        this.pattern = spec.pattern() == null ? null : DateTimeFormatter.ofPattern(spec.pattern());
    }

    /** Reads an ISO-8601 date-time ('T' or one space between date and time; offset optional); false if unreadable. */
    boolean iso(char[] buf, int off, int len) {
        while (len > 0 && buf[off] == ' ') {
            off++;
            len--;
        }
        while (len > 0 && buf[off + len - 1] == ' ') {
            len--;
        }
        if (Arrays.equals(buf, off, off + len, lastText, 0, lastText.length)) {
            return lastText.length > 0;
        }
        char[] text = Arrays.copyOfRange(buf, off, off + len);
        if (len > 10 && text[10] == ' ') {
            text[10] = 'T';
        }
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(new String(text));
            remember(t.isSupported(ChronoField.OFFSET_SECONDS) ? Instant.from(t)
                    : LocalDateTime.from(t).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return false;
        }
        lastText = Arrays.copyOfRange(buf, off, off + len);
        return true;
    }

    /** Reads "date time" with the mapping's pattern; false if unreadable. */
    boolean dateTime(String date, String clock) {
        try {
            TemporalAccessor t = pattern.parseBest(date.strip() + " " + clock.strip(), ZonedDateTime::from,
                    LocalDateTime::from);
            remember(t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).atZone(zone).toInstant());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private void remember(Instant i) {
        lastSecond = i.getEpochSecond();
        lastNano = i.getNano();
        if (epoch == null) {
            epoch = i;
        }
    }

    /** Seconds from the epoch to the last instant read. */
    double seconds() {
        return (lastSecond - epoch.getEpochSecond()) + (lastNano - epoch.getNano()) * 1e-9;
    }

    /** The first instant read (time 0 of the import), or null. */
    Instant epoch() {
        return epoch;
    }
}
