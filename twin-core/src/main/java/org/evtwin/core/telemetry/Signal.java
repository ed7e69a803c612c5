package org.evtwin.core.telemetry;

/**
 * A recorded quantity with its fixed unit inside the core (SI, temperatures in degC, SoC/SoH as fractions).
 * Pack-level signals have one value per sample; per-cell signals one value per cell. Importers convert source
 * units (mV, mA, K, %, Ah …) to these units at the edge; nothing inside the core sees another unit.
 */
public enum Signal {
    /** Pack (or single-cell test) current [A], positive = discharge. */
    PACK_CURRENT_A("pack_current_a", "A", false),
    /** Pack terminal voltage [V]. */
    PACK_VOLTAGE_V("pack_voltage_v", "V", false),
    /** Pack power [W], positive = delivering. */
    PACK_POWER_W("pack_power_w", "W", false),
    /** Pack state of charge [fraction 0–1]. */
    PACK_SOC("pack_soc", "1", false),
    /** Ambient or coolant-inlet temperature [degC]. */
    AMBIENT_TEMPERATURE_C("ambient_temperature_c", "degC", false),
    /** Charge moved since the start of the record [C] (coulombs; Ah × 3600), positive = discharged. */
    CHARGE_THROUGHPUT_C("charge_throughput_c", "C", false),
    /** Vehicle speed [m/s] (drive-cycle profiles). */
    VEHICLE_SPEED_M_S("vehicle_speed_m_s", "m/s", false),
    /** Cell terminal voltage [V]. */
    CELL_VOLTAGE_V("voltage_v", "V", true),
    /** Cell current [A], positive = discharge. */
    CELL_CURRENT_A("current_a", "A", true),
    /** Cell surface or lumped temperature [degC]. */
    CELL_TEMPERATURE_C("temperature_c", "degC", true),
    /** Cell state of charge [fraction 0–1]. */
    CELL_SOC("soc", "1", true),
    /** Cell state of health, capacity / rated capacity [fraction 0–1]. */
    CELL_SOH("soh", "1", true),
    /** Lowest cell (parallel group) voltage of the pack [V], as recorded by a BMS or the simulator. */
    MIN_CELL_VOLTAGE_V("min_cell_voltage_v", "V", false),
    /** Highest cell (parallel group) voltage of the pack [V]. */
    MAX_CELL_VOLTAGE_V("max_cell_voltage_v", "V", false),
    /** Hottest cell temperature of the pack [degC]. */
    MAX_CELL_TEMPERATURE_C("max_temperature_c", "degC", false);

    private final String key;
    private final String unit;
    private final boolean perCell;

    Signal(String key, String unit, boolean perCell) {
        this.key = key;
        this.unit = unit;
        this.perCell = perCell;
    }

    /** Column-name stem as in the telemetry CSV ({@code pack_current_a}, or {@code voltage_v} after {@code cell_<i>_}). */
    public String key() {
        return key;
    }

    /** Unit symbol of the values held for this signal ("1" = dimensionless fraction). */
    public String unit() {
        return unit;
    }

    public boolean perCell() {
        return perCell;
    }
}
