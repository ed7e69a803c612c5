package org.evtwin.core.telemetry;

import org.evtwin.core.physics.PackState;

/**
 * The one record every source (simulator, replay, live) produces and every sink (UI, store, CSV, alerts) consumes:
 * the pack at one instant. Units are fixed: seconds, amperes (positive = discharge), volts, degC, SoC and SoH as
 * fractions 0–1. Per-cell arrays are indexed like the topology (module, group, cell in group) and are owned by the
 * frame: producers copy into fresh arrays, consumers must not modify them.
 *
 * @param timeS          time since the start of the run [s]
 * @param packCurrentA   pack current [A], positive on discharge
 * @param packVoltageV   pack terminal voltage [V]
 * @param packSoc        charge-weighted pack SoC [0–1]
 * @param limit          what limited the current in the last step ("NONE" when nothing did)
 * @param cellVoltageV   per-cell terminal voltage [V]
 * @param cellCurrentA   per-cell current [A]
 * @param cellTemperatureC per-cell temperature [degC]
 * @param cellSoc        per-cell SoC [0–1]
 * @param cellSoh        per-cell state of health (capacity / rated) [0–1]
 */
public record PackFrame(
        double timeS,
        double packCurrentA,
        double packVoltageV,
        double packSoc,
        String limit,
        double[] cellVoltageV,
        double[] cellCurrentA,
        double[] cellTemperatureC,
        double[] cellSoc,
        double[] cellSoh) {

    /** Copies the model state into a new frame. */
    public static PackFrame capture(PackState s) {
        int n = s.cellCount();
        double[] v = new double[n];
        double[] i = new double[n];
        double[] t = new double[n];
        double[] z = new double[n];
        double[] h = new double[n];
        s.copy(PackState.Quantity.VOLTAGE, v);
        s.copy(PackState.Quantity.CURRENT, i);
        s.copy(PackState.Quantity.TEMPERATURE, t);
        s.copy(PackState.Quantity.SOC, z);
        s.copy(PackState.Quantity.SOH, h);
        return new PackFrame(s.timeS(), s.packCurrentA(), s.packVoltageV(), s.packSoc(), s.lastLimit().name(), v, i,
                t, z, h);
    }

    public int cellCount() {
        return cellVoltageV.length;
    }

    public double packPowerW() {
        return packCurrentA * packVoltageV;
    }

    public double minCellVoltageV() {
        return min(cellVoltageV);
    }

    public double maxCellVoltageV() {
        return max(cellVoltageV);
    }

    public double minTemperatureC() {
        return min(cellTemperatureC);
    }

    public double maxTemperatureC() {
        return max(cellTemperatureC);
    }

    /** Mean SoH over cells. */
    public double meanSoh() {
        double sum = 0;
        for (double x : cellSoh) {
            sum += x;
        }
        return sum / cellSoh.length;
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : a) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : a) {
            m = Math.max(m, x);
        }
        return m;
    }
}
