package org.evtwin.core.physics;

import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;

/**
 * Derived safety indicators, each a documented formula over the state (0 = no concern, 1 = at the threshold,
 * above 1 = past it). They are indicators for an engineer's attention, not predictions of an event.
 *
 * <h2>Thermal-runaway index</h2>
 * {@code (T − T_maxOp) / (T_onset − T_maxOp)}, clamped below at 0: 0 up to the cell's maximum operating temperature
 * (from its parameter file), 1 at the onset of exothermic self-heating. {@code T_onset} = {@value #SELF_HEATING_ONSET_C}
 * degC: the low end of the self-heating onset temperatures (T1, SEI decomposition) measured by accelerating-rate
 * calorimetry on NCM/graphite cells, Feng et al., "Thermal runaway mechanism of lithium ion battery for electric
 * vehicles: A review", Energy Storage Materials 10 (2018) 246–267.
 *
 * <h2>Lithium-plating index</h2>
 * On charge: {@code |I| / (maxChargeCRate · derating(T) · C_rated)}, i.e. the charge current over the current the
 * cell's own charge limits allow at that temperature (the derating corners and the C-rate come from the cell's
 * parameter file; cold-charge derating exists because plating on graphite becomes likely at low temperature and high
 * rate). 0 on discharge; {@link Double#POSITIVE_INFINITY} when charging where no charge is allowed.
 */
public final class SafetyIndicators {
    /** Self-heating onset used as the runaway threshold [degC], Feng et al. 2018 (see class comment). */
    public static final double SELF_HEATING_ONSET_C = 80.0;

    private SafetyIndicators() {
    }

    public static double thermalRunawayIndex(double temperatureC, CellLimits limits) {
        double span = SELF_HEATING_ONSET_C - limits.maxTemperatureC();
        if (span <= 0) {
            return temperatureC >= SELF_HEATING_ONSET_C ? 1.0 : 0.0;
        }
        return Math.max(0.0, (temperatureC - limits.maxTemperatureC()) / span);
    }

    public static double platingIndex(double currentA, double temperatureC, CellParameters cell) {
        if (currentA >= 0) {
            return 0.0;
        }
        CellLimits l = cell.limits();
        double allowed = l.maxChargeCRate() * l.deratingFactor(temperatureC, true) * cell.capacityAh();
        return allowed <= 0 ? Double.POSITIVE_INFINITY : -currentA / allowed;
    }

    /** Fills per-cell indices for a pack state. */
    public static void compute(PackState s, CellParameters cell, double[] runaway, double[] plating) {
        for (int i = 0; i < s.cellCount(); i++) {
            runaway[i] = thermalRunawayIndex(s.temperatureC(i), cell.limits());
            plating[i] = platingIndex(s.cellCurrentA(i), s.temperatureC(i), cell);
        }
    }
}
