package org.evtwin.core.alerts;

/**
 * The sentences of alert events, with values and units, e.g. "Cell 12 temperature 61.2 °C above critical level
 * 60.0 °C". Only called when a severity changes, so string building here is off the per-frame path.
 */
final class AlertMessages {
    private AlertMessages() {
    }

    /** "Pack SoC" or "Cell 12 temperature". */
    static String subject(AlertRule rule, int cell) {
        return (cell < 0 ? "Pack " : "Cell " + cell + " ") + rule.quantity();
    }

    /** The sentence for a change from {@code previous} to {@code severity} caused by {@code frameValue}. */
    static String of(AlertRule rule, Threshold t, int cell, Severity previous, Severity severity, double frameValue) {
        String subject = subject(rule, cell);
        String value = rule.formatFrame(frameValue);
        if (severity.compareTo(previous) > 0) {
            String sentence = subject + " " + value + " " + side(rule, true) + " " + name(severity) + " level "
                    + level(rule, t.level(severity));
            return previous == Severity.OK ? sentence : sentence + " (was " + name(previous) + ")";
        }
        String back = subject + " " + value + " back " + side(rule, false) + " " + level(rule, t.clearLevel(previous));
        return severity == Severity.OK ? back + ": " + name(previous) + " cleared"
                : back + ": " + name(previous) + " eased to " + name(severity);
    }

    /** The sentence for an alert cleared because its rule is no longer evaluated. */
    static String notEvaluated(AlertRule rule, int cell, Severity previous) {
        return subject(rule, cell) + " " + name(previous) + " cleared: no longer evaluated";
    }

    private static String side(AlertRule rule, boolean raising) {
        if (rule.magnitude()) {
            return raising ? "beyond" : "within";
        }
        boolean below = rule.direction() == Threshold.Direction.BELOW;
        return below == raising ? "below" : "above";
    }

    private static String level(AlertRule rule, double frameLevel) {
        return (rule.magnitude() ? "±" : "") + rule.formatFrame(frameLevel);
    }

    private static String name(Severity s) {
        return s == Severity.CRITICAL ? "critical" : s == Severity.WARNING ? "warning" : "ok";
    }
}
