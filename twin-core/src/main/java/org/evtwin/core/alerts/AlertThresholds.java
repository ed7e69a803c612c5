package org.evtwin.core.alerts;

import java.util.Objects;
import org.evtwin.core.model.CellLimits;

/**
 * The thresholds of every {@link AlertRule}, immutable and validated; change one with {@link #with}. All levels are
 * in frame units ({@link AlertRule#frameUnit()}): SoC and SoH as fractions, volts, degC, cycles.
 *
 * <p>Defaults ({@link #defaults(CellLimits)}), levels from issue #3 and bands chosen to sit just above the noise of
 * the quantity, so that an alert raises once instead of flapping, yet clears soon after the cause is gone:
 * <table>
 *   <caption>Default thresholds</caption>
 *   <tr><th>rule</th><th>warning</th><th>critical</th><th>band</th><th>why this band</th></tr>
 *   <tr><td>pack SoC</td><td>&lt; 50 %</td><td>&lt; 20 %</td><td>1 %</td>
 *       <td>SoC estimates (coulomb counting + Kalman filter) wobble by a fraction of a per cent under load</td></tr>
 *   <tr><td>cell SoH</td><td>&lt; 85 %</td><td>&lt; 75 %</td><td>0.5 %</td>
 *       <td>capacity-based SoH estimates scatter by about half a per cent between updates</td></tr>
 *   <tr><td>cell temperature</td><td>&gt; 40 °C</td><td>&gt; 60 °C</td><td>1 K</td>
 *       <td>NTC sensor resolution and noise are 0.5–1 K</td></tr>
 *   <tr><td>cell under-voltage</td><td>&lt; V<sub>min</sub> − 5 mV</td><td>&lt; V<sub>min</sub> − 50 mV</td>
 *       <td>5 mV</td><td>cell-voltage front ends measure to a few mV; the BMS holds a cell exactly at its cut-off,
 *       which is therefore not an alarm, only leaving the window is</td></tr>
 *   <tr><td>cell over-voltage</td><td>&gt; V<sub>max</sub> + 5 mV</td><td>&gt; V<sub>max</sub> + 50 mV</td>
 *       <td>5 mV</td><td>as under-voltage</td></tr>
 *   <tr><td>cell voltage spread</td><td>&gt; 50 mV</td><td>&gt; 150 mV</td><td>5 mV</td>
 *       <td>difference of two measurements with a few mV noise each</td></tr>
 *   <tr><td>model residual |measured − model|</td><td>&gt; 30 mV</td><td>&gt; 100 mV</td><td>5 mV</td>
 *       <td>as spread; a fitted equivalent circuit tracks a cell to 10–30 mV RMS, so 30 mV is a model that has lost
 *       the cell</td></tr>
 *   <tr><td>RUL</td><td>&lt; 500 cycles</td><td>&lt; 100 cycles</td><td>20 cycles</td>
 *       <td>successive predictions of a regression model move by tens of cycles</td></tr>
 * </table>
 *
 * @param packSoc          {@link AlertRule#PACK_SOC}, BELOW, fraction 0–1
 * @param cellSoh          {@link AlertRule#CELL_SOH}, BELOW, fraction 0–1
 * @param cellTemperature  {@link AlertRule#CELL_TEMPERATURE}, ABOVE, degC
 * @param cellUnderVoltage {@link AlertRule#CELL_UNDER_VOLTAGE}, BELOW, V
 * @param cellOverVoltage  {@link AlertRule#CELL_OVER_VOLTAGE}, ABOVE, V
 * @param voltageSpread    {@link AlertRule#VOLTAGE_SPREAD}, ABOVE, V, levels &gt; 0
 * @param residual         {@link AlertRule#RESIDUAL}, ABOVE on the magnitude, V, levels &gt; 0
 * @param rul              {@link AlertRule#RUL}, BELOW, cycles, levels ≥ 0
 */
public record AlertThresholds(
        Threshold packSoc,
        Threshold cellSoh,
        Threshold cellTemperature,
        Threshold cellUnderVoltage,
        Threshold cellOverVoltage,
        Threshold voltageSpread,
        Threshold residual,
        Threshold rul) {

    /** Default pack SoC threshold: warning below 50 %, critical below 20 %, band 1 %. */
    public static final Threshold DEFAULT_PACK_SOC = Threshold.below(0.50, 0.20, 0.01);
    /** Default cell SoH threshold: warning below 85 %, critical below 75 %, band 0.5 %. */
    public static final Threshold DEFAULT_CELL_SOH = Threshold.below(0.85, 0.75, 0.005);
    /** Default cell temperature threshold: warning above 40 °C, critical above 60 °C, band 1 K. */
    public static final Threshold DEFAULT_CELL_TEMPERATURE = Threshold.above(40.0, 60.0, 1.0);
    /** Default spread threshold: warning above 50 mV, critical above 150 mV, band 5 mV. */
    public static final Threshold DEFAULT_VOLTAGE_SPREAD = Threshold.above(0.050, 0.150, 0.005);
    /** Default residual threshold: warning above 30 mV, critical above 100 mV, band 5 mV. */
    public static final Threshold DEFAULT_RESIDUAL = Threshold.above(0.030, 0.100, 0.005);
    /** Default RUL threshold: warning below 500 cycles, critical below 100 cycles, band 20 cycles. */
    public static final Threshold DEFAULT_RUL = Threshold.below(500, 100, 20);
    /** Distance past a voltage cut-off before a WARNING [V]. */
    public static final double VOLTAGE_WARNING_MARGIN_V = 0.005;
    /** Distance past a voltage cut-off before a CRITICAL [V]. */
    public static final double VOLTAGE_CRITICAL_MARGIN_V = 0.050;
    /** Hysteresis band of the voltage limits [V]. */
    public static final double VOLTAGE_BAND_V = 0.005;

    /** Validates: no null, each threshold's direction matches its rule, and the ranges in the record description. */
    public AlertThresholds {
        check(AlertRule.PACK_SOC, packSoc);
        check(AlertRule.CELL_SOH, cellSoh);
        check(AlertRule.CELL_TEMPERATURE, cellTemperature);
        check(AlertRule.CELL_UNDER_VOLTAGE, cellUnderVoltage);
        check(AlertRule.CELL_OVER_VOLTAGE, cellOverVoltage);
        check(AlertRule.VOLTAGE_SPREAD, voltageSpread);
        check(AlertRule.RESIDUAL, residual);
        check(AlertRule.RUL, rul);
        requireWithin(AlertRule.PACK_SOC, packSoc, 0, 1);
        requireWithin(AlertRule.CELL_SOH, cellSoh, 0, 1);
        if (rul.critical() < 0) {
            throw new IllegalArgumentException("Remaining useful life levels must be >= 0 cycles, found critical "
                    + rul.critical());
        }
        requirePositive(AlertRule.VOLTAGE_SPREAD, voltageSpread);
        requirePositive(AlertRule.RESIDUAL, residual);
        if (cellUnderVoltage.warning() >= cellOverVoltage.warning()) {
            throw new IllegalArgumentException("cell under-voltage warning " + cellUnderVoltage.warning()
                    + " V must be below the over-voltage warning " + cellOverVoltage.warning() + " V");
        }
    }

    /** The defaults (see the class description), with voltage limits from the cell's operating window. */
    public static AlertThresholds defaults(CellLimits limits) {
        return new AlertThresholds(DEFAULT_PACK_SOC, DEFAULT_CELL_SOH, DEFAULT_CELL_TEMPERATURE,
                underVoltage(limits), overVoltage(limits), DEFAULT_VOLTAGE_SPREAD, DEFAULT_RESIDUAL, DEFAULT_RUL);
    }

    /** Under-voltage levels below the cell's discharge cut-off by the default margins. */
    public static Threshold underVoltage(CellLimits limits) {
        double v = limits.minVoltageV();
        return Threshold.below(v - VOLTAGE_WARNING_MARGIN_V, v - VOLTAGE_CRITICAL_MARGIN_V, VOLTAGE_BAND_V);
    }

    /** Over-voltage levels above the cell's charge cut-off by the default margins. */
    public static Threshold overVoltage(CellLimits limits) {
        double v = limits.maxVoltageV();
        return Threshold.above(v + VOLTAGE_WARNING_MARGIN_V, v + VOLTAGE_CRITICAL_MARGIN_V, VOLTAGE_BAND_V);
    }

    /** The threshold of a rule. */
    public Threshold of(AlertRule rule) {
        return switch (rule) {
            case PACK_SOC -> packSoc;
            case CELL_SOH -> cellSoh;
            case CELL_TEMPERATURE -> cellTemperature;
            case CELL_UNDER_VOLTAGE -> cellUnderVoltage;
            case CELL_OVER_VOLTAGE -> cellOverVoltage;
            case VOLTAGE_SPREAD -> voltageSpread;
            case RESIDUAL -> residual;
            case RUL -> rul;
        };
    }

    /** A copy with one rule's threshold replaced (validated like the constructor). */
    public AlertThresholds with(AlertRule rule, Threshold t) {
        return new AlertThresholds(
                rule == AlertRule.PACK_SOC ? t : packSoc,
                rule == AlertRule.CELL_SOH ? t : cellSoh,
                rule == AlertRule.CELL_TEMPERATURE ? t : cellTemperature,
                rule == AlertRule.CELL_UNDER_VOLTAGE ? t : cellUnderVoltage,
                rule == AlertRule.CELL_OVER_VOLTAGE ? t : cellOverVoltage,
                rule == AlertRule.VOLTAGE_SPREAD ? t : voltageSpread,
                rule == AlertRule.RESIDUAL ? t : residual,
                rule == AlertRule.RUL ? t : rul);
    }

    /** A copy with the voltage limits moved to another cell's operating window. */
    public AlertThresholds withCellLimits(CellLimits limits) {
        return with(AlertRule.CELL_UNDER_VOLTAGE, underVoltage(limits))
                .with(AlertRule.CELL_OVER_VOLTAGE, overVoltage(limits));
    }

    /**
     * The severity of a value in frame units for a rule, without hysteresis: what a gauge colours. The residual is
     * judged on its magnitude. Example: {@code classify(AlertRule.PACK_SOC, frame.packSoc())}.
     */
    public Severity classify(AlertRule rule, double frameValue) {
        return of(rule).classify(rule == AlertRule.RESIDUAL ? Math.abs(frameValue) : frameValue);
    }

    private static void check(AlertRule rule, Threshold t) {
        Objects.requireNonNull(t, () -> rule.label() + " threshold");
        if (t.direction() != rule.direction()) {
            throw new IllegalArgumentException(rule.label() + " threshold must alarm " + rule.direction()
                    + " its levels, found " + t.direction());
        }
    }

    private static void requireWithin(AlertRule rule, Threshold t, double lo, double hi) {
        if (t.warning() < lo || t.warning() > hi || t.critical() < lo || t.critical() > hi) {
            throw new IllegalArgumentException(rule.label() + " levels must lie in [" + lo + ", " + hi + "] "
                    + rule.frameUnit() + ", found warning " + t.warning() + ", critical " + t.critical());
        }
    }

    private static void requirePositive(AlertRule rule, Threshold t) {
        if (t.warning() <= 0) {
            throw new IllegalArgumentException(rule.label() + " warning level must be > 0 " + rule.frameUnit()
                    + ", found " + t.warning());
        }
    }
}
