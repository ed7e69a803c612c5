package org.evtwin.app.alerts;

import java.util.Locale;
import org.evtwin.core.alerts.AlertEvent;
import org.evtwin.core.alerts.AlertRule;
import org.evtwin.core.alerts.Severity;

/**
 * One line of the alerts table: the event's values for sorting and its texts for display.
 *
 * @param timeS     frame time [s] (sort key of {@code time})
 * @param time      frame time as h:mm:ss (hours may exceed 24)
 * @param cell      cell index, −1 for the pack (sort key of {@code cellText})
 * @param cellText  "pack" or the cell index
 * @param rule      the rule
 * @param ruleText  the rule's label, e.g. "Cell temperature"
 * @param value     value in display units (sort key of {@code valueText}); NaN when the rule was cleared unevaluated
 * @param valueText value with its unit, e.g. "61.2 °C", or "—"
 * @param severity  the severity the row is about: the new one, or for a cleared alert the one that was cleared
 * @param state     "raised", "escalated", "eased" or "cleared"
 * @param message   the event's sentence
 */
public record AlertRow(double timeS, String time, int cell, String cellText, AlertRule rule, String ruleText,
        double value, String valueText, Severity severity, String state, String message) {

    /** The row of an event. */
    public static AlertRow of(AlertEvent e) {
        return new AlertRow(e.timeS(), formatTime(e.timeS()), e.cell(), e.isPack() ? "pack" : Integer.toString(e.cell()),
                e.rule(), e.rule().label(), e.value(),
                Double.isNaN(e.value()) ? "—" : e.rule().formatDisplay(e.value()),
                e.active() ? e.severity() : e.previous(), e.change().name().toLowerCase(Locale.ROOT), e.message());
    }

    /** Seconds as h:mm:ss, rounded to the second like the dashboard clock, e.g. 3725.4 → "1:02:05". */
    public static String formatTime(double seconds) {
        long t = Math.round(seconds);
        String sign = t < 0 ? "-" : "";
        t = Math.abs(t);
        return String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, t / 3600, (t / 60) % 60, t % 60);
    }

    /** True when the row records a cleared alert. */
    public boolean cleared() {
        return "cleared".equals(state);
    }
}
