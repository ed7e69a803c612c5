package org.evtwin.core.alerts;

import java.util.Objects;

/**
 * A change of severity of one rule for one cell (or the pack): raised, escalated, eased or cleared. Created only when
 * the severity changes, never per frame.
 *
 * @param timeS    frame time [s]
 * @param cell     cell index as in the frame's arrays (0-based), or −1 for a pack-level rule
 * @param rule     which rule
 * @param severity the severity from now on ({@link Severity#OK} when cleared)
 * @param previous the severity until now ({@link Severity#OK} when raised)
 * @param value    the value that caused the change, in display units (e.g. 61.2 for 61.2 °C; signed for residuals)
 * @param unit     the display unit of {@code value}, e.g. "°C"
 * @param message  one sentence with the values and units, e.g. "Cell 12 temperature 61.2 °C above critical 60.0 °C"
 */
public record AlertEvent(double timeS, int cell, AlertRule rule, Severity severity, Severity previous, double value,
        String unit, String message) {

    /** Cell index used for pack-level rules. */
    public static final int PACK = -1;

    /** What happened to the alert. */
    public enum Change {
        /** From OK to WARNING or CRITICAL. */
        RAISED,
        /** From WARNING to CRITICAL. */
        ESCALATED,
        /** From CRITICAL to WARNING. */
        EASED,
        /** Back to OK. */
        CLEARED
    }

    /** Validates that the severity changed. */
    public AlertEvent {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(message, "message");
        if (severity == previous) {
            throw new IllegalArgumentException("an alert event needs a change of severity, found " + severity
                    + " twice");
        }
        if (cell < PACK) {
            throw new IllegalArgumentException("cell index must be >= -1, found " + cell);
        }
    }

    /** Raised, escalated, eased or cleared. */
    public Change change() {
        if (previous == Severity.OK) {
            return Change.RAISED;
        }
        if (severity == Severity.OK) {
            return Change.CLEARED;
        }
        return severity.compareTo(previous) > 0 ? Change.ESCALATED : Change.EASED;
    }

    /** True unless this event clears the alert. */
    public boolean active() {
        return severity != Severity.OK;
    }

    /** The higher of {@code severity} and {@code previous}: what a cleared alert had been, what a raised one is. */
    public Severity peak() {
        return Severity.max(severity, previous);
    }

    /** True for a pack-level rule. */
    public boolean isPack() {
        return cell == PACK;
    }
}
