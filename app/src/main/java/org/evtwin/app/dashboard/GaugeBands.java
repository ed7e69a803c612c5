package org.evtwin.app.dashboard;

import org.evtwin.core.alerts.AlertRule;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.alerts.Severity;
import org.evtwin.core.alerts.Threshold;

/**
 * A gauge's warning and critical levels in the gauge's display unit, taken from the same {@link AlertThresholds} the
 * alert engine uses, so a gauge turns orange exactly when the warning is raised.
 *
 * @param rule       the alert rule behind the gauge
 * @param threshold  its threshold (frame units)
 */
public record GaugeBands(AlertRule rule, Threshold threshold) {

    public static GaugeBands of(AlertThresholds thresholds, AlertRule rule) {
        return new GaugeBands(rule, thresholds.of(rule));
    }

    public double warning() {
        return rule.toDisplay(threshold.warning());
    }

    public double critical() {
        return rule.toDisplay(threshold.critical());
    }

    public boolean lowIsBad() {
        return threshold.direction() == Threshold.Direction.BELOW;
    }

    /** Severity of a value given in display units. */
    public Severity severity(double displayValue) {
        return threshold.classify(displayValue / rule.displayScale());
    }
}
