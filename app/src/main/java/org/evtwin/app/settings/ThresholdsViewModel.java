package org.evtwin.app.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.evtwin.core.alerts.AlertRule;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.alerts.Threshold;

/**
 * The alert-thresholds editor without a window: one row per rule with its warning, critical and hysteresis levels as
 * text in the rule's display unit (%, °C, V, mV, cycles), validated on every edit. {@link #errorProperty()} names
 * the first problem (rule, field and rule broken) or is empty when the levels form valid thresholds.
 */
public final class ThresholdsViewModel {
    /** One rule's editable levels, in display units. */
    public static final class Row {
        private final AlertRule rule;
        private final StringProperty warning = new SimpleStringProperty();
        private final StringProperty critical = new SimpleStringProperty();
        private final StringProperty band = new SimpleStringProperty();

        Row(AlertRule rule) {
            this.rule = rule;
        }

        public AlertRule rule() {
            return rule;
        }

        public StringProperty warningProperty() {
            return warning;
        }

        public StringProperty criticalProperty() {
            return critical;
        }

        public StringProperty bandProperty() {
            return band;
        }

        void show(Threshold t) {
            warning.set(format(rule.toDisplay(t.warning())));
            critical.set(format(rule.toDisplay(t.critical())));
            band.set(format(rule.toDisplay(t.band())));
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final AlertThresholds defaults;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param current  thresholds shown when the editor opens
     * @param defaults what "Defaults" restores (the levels for this pack's cell)
     */
    public ThresholdsViewModel(AlertThresholds current, AlertThresholds defaults) {
        this.defaults = defaults;
        for (AlertRule rule : AlertRule.values()) {
            Row row = new Row(rule);
            rows.add(row);
            row.warning.addListener((o, a, b) -> validate());
            row.critical.addListener((o, a, b) -> validate());
            row.band.addListener((o, a, b) -> validate());
        }
        show(current);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public Row row(AlertRule rule) {
        return rows.get(rule.ordinal());
    }

    /** Empty when valid, else one sentence naming the rule, the field and what is wrong. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void restoreDefaults() {
        show(defaults);
    }

    /** The edited thresholds, in frame units; empty when the text does not form valid thresholds. */
    public Optional<AlertThresholds> result() {
        try {
            return Optional.of(build());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show(AlertThresholds t) {
        for (Row row : rows) {
            row.show(t.of(row.rule));
        }
        validate();
    }

    private void validate() {
        try {
            build();
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private AlertThresholds build() {
        AlertThresholds t = defaults;
        for (Row row : rows) {
            AlertRule rule = row.rule;
            double w = parse(rule, "warning", row.warning.get());
            double c = parse(rule, "critical", row.critical.get());
            double b = parse(rule, "band", row.band.get());
            if (rule.direction() == Threshold.Direction.BELOW ? c > w : c < w) {
                throw new IllegalArgumentException(rule.label() + ": the critical level " + shown(rule, c)
                        + " must be " + (rule.direction() == Threshold.Direction.BELOW ? "at or below" : "at or above")
                        + " the warning level " + shown(rule, w));
            }
            if (b < 0 || (w != c && b >= Math.abs(w - c))) {
                throw new IllegalArgumentException(rule.label() + ": the band " + shown(rule, b) + " must be >= 0 and"
                        + " smaller than the gap between warning and critical (" + shown(rule, Math.abs(w - c)) + ")");
            }
            checkRange(rule, w, c);
            double s = rule.displayScale();
            try {
                t = t.with(rule, new Threshold(rule.direction(), w / s, c / s, b / s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(rule.label() + ": " + e.getMessage(), e);
            }
        }
        return t;
    }

    /** Ranges of the quantities themselves, checked here so the message is in display units. */
    private static void checkRange(AlertRule rule, double w, double c) {
        switch (rule) {
            case PACK_SOC, CELL_SOH -> {
                if (w < 0 || w > 100 || c < 0 || c > 100) {
                    throw new IllegalArgumentException(rule.label() + ": levels must lie between 0 and 100 %, found"
                            + " warning " + shown(rule, w) + ", critical " + shown(rule, c));
                }
            }
            case VOLTAGE_SPREAD, RESIDUAL -> {
                if (w <= 0) {
                    throw new IllegalArgumentException(rule.label() + ": the warning level must be above 0 "
                            + rule.displayUnit() + ", found " + shown(rule, w));
                }
            }
            case RUL -> {
                if (c < 0) {
                    throw new IllegalArgumentException(rule.label() + ": the critical level must be at least 0"
                            + " cycles, found " + shown(rule, c));
                }
            }
            default -> {
                // voltage and temperature levels: any finite value; their order is checked by the caller
            }
        }
    }

    private static double parse(AlertRule rule, String field, String text) {
        String s = text == null ? "" : text.trim().replace(',', '.');
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule and field
        }
        throw new IllegalArgumentException(rule.label() + ": " + field + " \"" + (text == null ? "" : text.trim())
                + "\" is not a number in " + rule.displayUnit());
    }

    private static String shown(AlertRule rule, double display) {
        return format(display) + " " + rule.displayUnit();
    }

    /** A level in display units, without trailing zeros (e.g. 3.995, 50, 0.5). */
    static String format(double display) {
        return stripZeros(String.format(Locale.ROOT, "%.4f", display));
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
