package org.evtwin.app.whatif;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * One what-if slider: its label, display unit, range and resolution, and the value the slider edits. The value is
 * used at its resolution ({@link #quantized()}), so the computed what-if is the one the label shows, and moving a
 * slider within one step does not start a computation.
 */
public final class WhatIfParameter {
    private final String id;
    private final String label;
    private final String unit;
    private final double min;
    private final double max;
    private final double resolution;
    private final double perUnit;
    private final int decimals;
    private final DoubleProperty value;
    private final ObservableStringValue text;

    /**
     * @param id         stable identifier (used for node ids: {@code slider-<id>})
     * @param label      what it is, for people
     * @param unit       display unit, e.g. "°C", "%", "C", "km"
     * @param min        slider minimum in the display unit
     * @param max        slider maximum in the display unit
     * @param resolution step the value is rounded to (e.g. 0.5 °C, 5 %): a whole number or the reciprocal of one
     * @param decimals   decimals shown
     * @param initial    value before the baseline arrives
     */
    public WhatIfParameter(String id, String label, String unit, double min, double max, double resolution,
            int decimals, double initial) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.resolution = resolution;
        this.perUnit = resolution >= 1 ? 1.0 : Math.rint(1.0 / resolution);
        this.decimals = decimals;
        this.value = new SimpleDoubleProperty(this, id, initial);
        this.text = Bindings.createStringBinding(() -> format(quantized()), value);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Resolution of the value (the slider's block increment). */
    public double resolution() {
        return resolution;
    }

    /** The value the slider edits, in the display unit. */
    public DoubleProperty valueProperty() {
        return value;
    }

    /** The value rounded to the resolution (what a what-if uses); exact for whole steps and their reciprocals. */
    public double quantized() {
        if (resolution >= 1) {
            return Math.round(value.get() / resolution) * resolution;
        }
        return Math.round(value.get() * perUnit) / perUnit;
    }

    /** The value with its unit, e.g. "25.5 °C". */
    public ObservableStringValue textProperty() {
        return text;
    }

    /** A value of this parameter with its unit. */
    public String format(double v) {
        String number = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
