package org.evtwin.core.ingest.csv;

import org.evtwin.core.telemetry.Signal;

/**
 * The plausible range of each signal in core units. A value outside is rejected as a wrong unit or a broken sensor,
 * not clipped. The bounds are wide on purpose: they catch unit mix-ups (mV read as V, K read as degC, % read as a
 * fraction) and garbage, never a real measurement.
 *
 * @param min    lowest plausible value (core unit)
 * @param max    highest plausible value (core unit)
 * @param reason why, in a few words (shown in the reject)
 */
public record PhysicalRange(double min, double max, String reason) {

    /** The range for a signal. */
    public static PhysicalRange of(Signal s) {
        return switch (s) {
            // Li-ion cells sit at 2-4.5 V, other chemistries below 5 V; 10 V is twice any cell.
            case CELL_VOLTAGE_V, MIN_CELL_VOLTAGE_V, MAX_CELL_VOLTAGE_V ->
                new PhysicalRange(-10, 10, "no electrochemical cell exceeds 5 V");
            // 1500 V DC is the upper limit of low voltage (IEC 60038, EU 2014/35/EU); EV packs stay below ~1000 V.
            case PACK_VOLTAGE_V -> new PhysicalRange(-1500, 1500, "1500 V DC is the limit of low-voltage equipment");
            // The strongest EV packs peak near 1.5 kA; a single large-format cell at 10C stays below 3 kA.
            case PACK_CURRENT_A, CELL_CURRENT_A -> new PhysicalRange(-10_000, 10_000,
                    "EV packs peak below 2 kA; 10 kA is far beyond any traction battery");
            // 1500 V x 10 kA.
            case PACK_POWER_W -> new PhysicalRange(-15e6, 15e6, "1500 V x 10 kA");
            // Below -100 degC no battery is operated or stored (specs end at -40 degC); above 200 degC the cell is
            // past thermal runaway onset. The upper bound also catches Kelvin read as degC (any value >= 200 K + 73).
            case CELL_TEMPERATURE_C, AMBIENT_TEMPERATURE_C, MAX_CELL_TEMPERATURE_C -> new PhysicalRange(-100, 200,
                    "cells are specified for -40..60 degC; values above 200 are Kelvin or a failed sensor");
            // SoC and SoH are fractions; coulomb counting may drift a little outside 0..1, percentages do not fit.
            case PACK_SOC, CELL_SOC, CELL_SOH -> new PhysicalRange(-0.5, 1.5,
                    "a fraction 0..1 (a percentage needs unit %)");
            // 1 MAh moved through a pack is 3.6e9 C, more than any battery's lifetime throughput.
            case CHARGE_THROUGHPUT_C -> new PhysicalRange(-3.6e9, 3.6e9, "1 MAh exceeds any battery's lifetime");
            // 150 m/s = 540 km/h, above any road or rail vehicle's record.
            case VEHICLE_SPEED_M_S -> new PhysicalRange(-150, 150, "540 km/h is beyond any road vehicle");
        };
    }

    public boolean contains(double v) {
        return v >= min && v <= max;
    }
}
