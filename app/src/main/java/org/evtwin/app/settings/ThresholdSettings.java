package org.evtwin.app.settings;

import org.evtwin.core.alerts.AlertRule;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.alerts.Threshold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the user's alert thresholds in {@link UserSettings} ({@code alerts.<RULE>.warning|critical|band}, frame
 * units). Remembered levels that no longer form valid thresholds (edited by hand, or from a pack with another cell)
 * are logged and replaced by the defaults, rule by rule.
 */
public final class ThresholdSettings {
    private static final Logger LOG = LoggerFactory.getLogger(ThresholdSettings.class);

    private ThresholdSettings() {
    }

    /** The remembered thresholds, or {@code defaults} for every rule not remembered or not valid. */
    public static AlertThresholds load(UserSettings settings, AlertThresholds defaults) {
        AlertThresholds t = defaults;
        for (AlertRule rule : AlertRule.values()) {
            Threshold d = defaults.of(rule);
            double w = settings.getDouble(key(rule, "warning"), d.warning());
            double c = settings.getDouble(key(rule, "critical"), d.critical());
            double b = settings.getDouble(key(rule, "band"), d.band());
            try {
                t = t.with(rule, new Threshold(rule.direction(), w, c, b));
            } catch (IllegalArgumentException e) {
                LOG.warn("ignoring remembered {} thresholds ({}); using the defaults", rule.label(), e.getMessage());
            }
        }
        return t;
    }

    /** Remembers every rule's levels (call {@link UserSettings#save()} to write them). */
    public static void store(UserSettings settings, AlertThresholds thresholds) {
        for (AlertRule rule : AlertRule.values()) {
            Threshold t = thresholds.of(rule);
            settings.put(key(rule, "warning"), t.warning());
            settings.put(key(rule, "critical"), t.critical());
            settings.put(key(rule, "band"), t.band());
        }
    }

    private static String key(AlertRule rule, String field) {
        return "alerts." + rule.name() + "." + field;
    }
}
