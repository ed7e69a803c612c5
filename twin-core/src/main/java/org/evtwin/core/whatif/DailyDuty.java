package org.evtwin.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.sim.drive.DriveProfile;
import org.evtwin.core.sim.drive.VehicleModel;

/**
 * The daily duty of the pack's mean cell, from the daily distance: energy per distance of the drive cycle (vehicle
 * model) → energy per cell → depth of discharge, capped by the window. See the package notes.
 *
 * @param dod              depth of discharge of a driven day [fraction of nominal capacity] (a placeholder 1 % when
 *                         nothing is driven: the duty then has no driven days)
 * @param chargeCRate      daily charge C-rate: the what-if's, capped at the cell's limit as the BMS would [1/h]
 * @param dischargeCRate   mean C-rate while driving [1/h]
 * @param driveHeatRatio   ohmic heat per unit charge while driving relative to the charge's:
 *                         c_rms² / (c_mean · c_charge)
 * @param drivenDays       driven days a year (0 when the distance is 0)
 * @param energyPerCellJ   energy a cell delivers on a driven day [J]
 * @param notes            remarks (a capped depth), possibly empty
 */
record DailyDuty(double dod, double chargeCRate, double dischargeCRate, double driveHeatRatio, int drivenDays,
        double energyPerCellJ, List<String> notes) {

    private static final int OCV_INTERVALS = 32;
    private static final double NOT_DRIVEN_DOD = 0.01;

    /**
     * Energy use of a speed schedule by a vehicle.
     *
     * @param name            the schedule
     * @param joulesPerMetre  net battery energy per distance [J/m]
     * @param meanPowerW      net battery energy over the schedule's duration (stops included) [W]
     * @param rmsPowerW       root-mean-square battery power over the schedule [W] (for ohmic heat)
     */
    record CycleEnergy(String name, double joulesPerMetre, double meanPowerW, double rmsPowerW) {

        /** @throws TwinException if the profile is not a speed schedule or covers no distance */
        static CycleEnergy of(DriveProfile speed, VehicleModel vehicle) {
            if (speed.kind() != DriveProfile.Kind.SPEED_M_PER_S) {
                throw new TwinException("drive cycle '" + speed.name() + "' is a " + speed.kind()
                        + " profile; the daily distance needs a speed schedule (UDDS, HWFET, US06, WLTC)");
            }
            DriveProfile power = vehicle.toBatteryPower(speed);
            double energy = VehicleModel.energyJ(power);
            double distance = VehicleModel.distanceM(speed);
            double squares = 0;
            for (int i = 1; i < power.size(); i++) {
                double a = power.value(i - 1);
                double b = power.value(i);
                squares += (a * a + a * b + b * b) / 3.0 * (power.timeS(i) - power.timeS(i - 1));
            }
            double duration = power.durationS();
            if (!(distance > 0 && energy > 0 && duration > 0)) {
                throw new TwinException("drive cycle '" + speed.name() + "' covers no distance or uses no energy");
            }
            return new CycleEnergy(speed.name(), energy / distance, energy / duration, Math.sqrt(squares / duration));
        }
    }

    /** Copies the notes. */
    DailyDuty {
        notes = List.copyOf(notes);
    }

    /** The duty of the mean cell of a pack of {@code cells} cells. */
    static DailyDuty of(WhatIfInputs in, CellParameters cell, int cells, CycleEnergy cycle) {
        double limit = in.chargeLimitSoc();
        double window = limit - in.windowMinSoc();
        double energyPerCell = in.dailyDistanceM() * cycle.joulesPerMetre() / cells;
        double nominalC = cell.capacityCoulomb();
        List<String> notes = new ArrayList<>();
        int days = in.drivenDaysPerYear();
        double dod;
        if (energyPerCell <= 0 || days == 0) {
            days = 0;
            dod = Math.min(NOT_DRIVEN_DOD, window);
        } else {
            // DoD = E / (Q · mean OCV over the swing); the swing depends on the DoD, so iterate (converges in a few
            // rounds: the mean OCV changes by millivolts)
            dod = Math.min(window, 0.3);
            double needed = dod;
            for (int k = 0; k < 6; k++) {
                double v = meanOcv(cell, Math.max(0.0, limit - Math.min(dod, limit)), limit, in.ambientC());
                needed = energyPerCell / (nominalC * v);
                dod = Math.min(needed, limit);
            }
            if (needed > window) {
                notes.add(String.format(Locale.ROOT, "%.0f km of %s needs %.0f %% of the capacity a day; the window"
                        + " %.0f–%.0f %% gives %.0f %%: the projection uses %.0f %% (the rest would be charged on the"
                        + " way)", in.dailyDistanceM() / 1000, cycle.name(), 100 * needed, 100 * in.windowMinSoc(),
                        100 * limit, 100 * window, 100 * window));
                dod = window;
            }
        }
        double v = meanOcv(cell, limit - dod, limit, in.ambientC());
        double oneC = v * cell.capacityAh();   // W per cell at 1C
        double mean = cycle.meanPowerW() / cells / oneC;
        double rms = cycle.rmsPowerW() / cells / oneC;
        double charge = Math.min(in.chargeCRate(), cell.limits().maxChargeCRate());
        return new DailyDuty(dod, charge, mean, rms * rms / (mean * charge), days, energyPerCell, notes);
    }

    /** Mean OCV [V] over SoC in [lo, hi] at {@code temperatureC} (trapezoid rule; uniform in SoC = in charge). */
    static double meanOcv(CellParameters cell, double lo, double hi, double temperatureC) {
        if (!(hi > lo)) {
            return cell.ecm().ocv(hi, temperatureC);
        }
        double h = (hi - lo) / OCV_INTERVALS;
        double sum = 0.5 * (cell.ecm().ocv(lo, temperatureC) + cell.ecm().ocv(hi, temperatureC));
        for (int k = 1; k < OCV_INTERVALS; k++) {
            sum += cell.ecm().ocv(lo + k * h, temperatureC);
        }
        return sum / OCV_INTERVALS;
    }
}
