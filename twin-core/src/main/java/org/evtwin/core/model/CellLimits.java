package org.evtwin.core.model;

/**
 * Operating window of a cell, as a BMS enforces it.
 *
 * @param minVoltageV          discharge cut-off [V]
 * @param maxVoltageV          charge cut-off [V]
 * @param minTemperatureC      below this no charge is allowed [degC]
 * @param maxTemperatureC      above this no current is allowed [degC]
 * @param maxDischargeCRate    continuous discharge limit at 25 degC [1/h]
 * @param maxChargeCRate       continuous charge limit at 25 degC [1/h]
 * @param deratingLowC         below this temperature charge current derates linearly to zero at minTemperatureC [degC]
 * @param deratingHighC        above this temperature all current derates linearly to zero at maxTemperatureC [degC]
 */
public record CellLimits(
        double minVoltageV,
        double maxVoltageV,
        double minTemperatureC,
        double maxTemperatureC,
        double maxDischargeCRate,
        double maxChargeCRate,
        double deratingLowC,
        double deratingHighC) {

    /**
     * Current derating factor (0–1) at a temperature. Charge is derated in the cold (lithium plating) and both
     * directions in the heat; the linear ramps are the usual BMS practice (e.g. Plett, Battery Management Systems
     * Vol. II, ch. 7), the corner temperatures come from the cell's parameter file.
     */
    public double deratingFactor(double temperatureC, boolean charging) {
        if (temperatureC >= maxTemperatureC || (charging && temperatureC <= minTemperatureC)) {
            return 0.0;
        }
        double f = 1.0;
        if (temperatureC > deratingHighC) {
            f = ramp(maxTemperatureC - temperatureC, maxTemperatureC - deratingHighC);
        }
        if (charging && temperatureC < deratingLowC) {
            f = Math.min(f, ramp(temperatureC - minTemperatureC, deratingLowC - minTemperatureC));
        }
        return f;
    }

    private static double ramp(double distance, double span) {
        if (span <= 0) {
            return distance > 0 ? 1.0 : 0.0;
        }
        return Math.max(0.0, Math.min(1.0, distance / span));
    }
}
