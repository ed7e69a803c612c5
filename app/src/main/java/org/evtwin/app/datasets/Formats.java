package org.evtwin.app.datasets;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How data-set numbers are shown: every number with its unit, times as h:mm:ss, sizes in kB/MB. */
public final class Formats {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Formats() {
    }

    /** A duration [s] as {@code h:mm:ss} (tenths below a minute: {@code 0:00:09.3}); "–" for NaN. */
    public static String hms(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "–";
        }
        boolean negative = seconds < 0;
        double s = Math.abs(seconds);
        long whole = (long) Math.floor(s);
        long h = whole / 3600;
        long m = whole % 3600 / 60;
        String text = s < 60 ? String.format(Locale.ROOT, "%d:%02d:%04.1f", h, m, s - h * 3600 - m * 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", h, m, whole % 60);
        return negative ? "-" + text : text;
    }

    /** An estimate of time left: "–" while unknown, whole seconds below a minute ("7 s"), else h:mm:ss. */
    public static String timeLeft(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "–";
        }
        double s = Math.ceil(Math.max(0, seconds));
        return s < 60 ? String.format(Locale.ROOT, "%.0f s", s) : hms(s);
    }

    /** A data set's time span: {@code 0:58:40 (3520.0 s)}. */
    public static String span(double firstS, double lastS) {
        if (Double.isNaN(firstS) || Double.isNaN(lastS)) {
            return "empty";
        }
        return hms(lastS - firstS) + String.format(Locale.ROOT, " (%.1f s)", lastS - firstS);
    }

    /** Bytes as B, kB or MB (decimal units). */
    public static String bytes(long n) {
        if (n < 0) {
            return "–";
        }
        if (n < 1000) {
            return n + " B";
        }
        return n < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", n / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    }

    /** A count with thousands separators: {@code 12,345}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** An instant in the machine's zone, to the second; "–" for null. */
    public static String when(Instant t) {
        return t == null ? "–" : WHEN.format(t.atZone(ZoneId.systemDefault()));
    }

    /** Rows per second: {@code 1.23 M rows/s}, {@code 45.6 k rows/s}. */
    public static String rate(double rowsPerSecond) {
        if (!(rowsPerSecond > 0) || Double.isInfinite(rowsPerSecond)) {
            return "– rows/s";
        }
        if (rowsPerSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M rows/s", rowsPerSecond / 1e6);
        }
        return rowsPerSecond >= 1e3 ? String.format(Locale.ROOT, "%.1f k rows/s", rowsPerSecond / 1e3)
                : String.format(Locale.ROOT, "%.0f rows/s", rowsPerSecond);
    }

    /** A channel's core unit for people: degC → °C, "1" → fraction. */
    public static String unit(String coreUnit) {
        return switch (coreUnit) {
            case "degC" -> "°C";
            case "1" -> "fraction";
            default -> coreUnit;
        };
    }
}
