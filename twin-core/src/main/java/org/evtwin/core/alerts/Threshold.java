package org.evtwin.core.alerts;

import java.util.Locale;
import java.util.Objects;

/**
 * A warning level, a critical level and a hysteresis band for one quantity, in the quantity's frame units (see
 * {@link AlertRule#frameUnit()}).
 *
 * <p>For {@link Direction#BELOW} (e.g. SoC) a value is WARNING when {@code value < warning} and CRITICAL when
 * {@code value < critical}; for {@link Direction#ABOVE} (e.g. temperature) when it is greater. The comparisons are
 * strict, so a value exactly at a level is not yet past it.
 *
 * <p>Hysteresis: a severity is <em>raised</em> as soon as the value crosses its level, but it is only
 * <em>lowered</em> once the value has come back past the level by more than {@code band} (for BELOW: at or above
 * {@code level + band}; for ABOVE: at or below {@code level − band}). A value that wanders around a level within the
 * band therefore raises once and does not flap. {@link #classify(double)} ignores the band (what a gauge shows for a
 * value on its own); {@link #classify(double, Severity)} applies it given the previous severity (what the alert
 * evaluator does; gauges may use it too so that their colour does not flicker).
 *
 * <p>A NaN value (a missing measurement) keeps the previous severity, and is OK when there is none.
 *
 * @param direction on which side of the levels the alarm lies
 * @param warning   level of the WARNING severity [frame units]
 * @param critical  level of the CRITICAL severity, at or beyond {@code warning} [frame units]
 * @param band      hysteresis band, ≥ 0 and smaller than the distance between warning and critical when they
 *                  differ [frame units]
 */
public record Threshold(Direction direction, double warning, double critical, double band) {

    /** On which side of the levels the alarm lies. */
    public enum Direction {
        /** Alarm when the value falls below the levels (SoC, SoH, RUL, under-voltage). */
        BELOW,
        /** Alarm when the value rises above the levels (temperature, over-voltage, spread, residual). */
        ABOVE
    }

    /** Validates the levels; see the record description for the rules. */
    public Threshold {
        Objects.requireNonNull(direction, "direction");
        requireFinite("warning", warning);
        requireFinite("critical", critical);
        requireFinite("band", band);
        if (band < 0) {
            throw new IllegalArgumentException("hysteresis band must be >= 0, found " + fmt(band));
        }
        if (direction == Direction.BELOW && critical > warning) {
            throw new IllegalArgumentException("critical level " + fmt(critical) + " must not be above the warning"
                    + " level " + fmt(warning) + " for an alarm below the levels");
        }
        if (direction == Direction.ABOVE && critical < warning) {
            throw new IllegalArgumentException("critical level " + fmt(critical) + " must not be below the warning"
                    + " level " + fmt(warning) + " for an alarm above the levels");
        }
        double gap = Math.abs(warning - critical);
        if (gap > 0 && band >= gap) {
            throw new IllegalArgumentException("hysteresis band " + fmt(band) + " must be smaller than the distance "
                    + fmt(gap) + " between the warning and critical levels");
        }
    }

    /** An alarm below the levels (the value is too low). */
    public static Threshold below(double warning, double critical, double band) {
        return new Threshold(Direction.BELOW, warning, critical, band);
    }

    /** An alarm above the levels (the value is too high). */
    public static Threshold above(double warning, double critical, double band) {
        return new Threshold(Direction.ABOVE, warning, critical, band);
    }

    /** The severity of a value on its own, without hysteresis (gauge colours). NaN is OK. */
    public Severity classify(double value) {
        return Severity.ofLevel(level(value, 0));
    }

    /** The severity of a value given the previous severity, with hysteresis (see the class description). */
    public Severity classify(double value, Severity previous) {
        return Severity.ofLevel(level(value, previous.ordinal()));
    }

    /** The level of {@code severity}: warning, critical, or NaN for OK. */
    public double level(Severity severity) {
        return switch (severity) {
            case OK -> Double.NaN;
            case WARNING -> warning;
            case CRITICAL -> critical;
        };
    }

    /** The value at which a held severity is lowered again: its level moved back by the band. NaN for OK. */
    public double clearLevel(Severity severity) {
        double l = level(severity);
        return direction == Direction.BELOW ? l + band : l - band;
    }

    /**
     * The hot path: next level (0 OK, 1 WARNING, 2 CRITICAL) from the previous one. No allocation, no branches on
     * objects; called once per (rule, cell) per frame.
     */
    int level(double value, int previous) {
        if (value != value) {
            return previous;
        }
        // mirror ABOVE onto BELOW so one comparison sequence serves both
        double x = direction == Direction.BELOW ? value : -value;
        double w = direction == Direction.BELOW ? warning : -warning;
        double c = direction == Direction.BELOW ? critical : -critical;
        int raw = x < c ? 2 : x < w ? 1 : 0;
        if (raw >= previous) {
            return raw;
        }
        if (previous == 2 && x < c + band) {
            return 2;
        }
        return x < w + band ? 1 : 0;
    }

    private static void requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, found " + v);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
