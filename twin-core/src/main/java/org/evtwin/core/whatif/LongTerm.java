package org.evtwin.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.ageing.AgeingModel;
import org.evtwin.core.physics.ageing.AgeingProjection;
import org.evtwin.core.physics.ageing.DutyCycle;

/**
 * The long term of a what-if: the self-heating coupling from the fast charge, and the ageing projection of one
 * subject started at its present SoH by equivalent age. See the package notes.
 */
final class LongTerm {
    /** ASSUMPTION: 20 years ahead, about the service life of a car. */
    static final double HORIZON_YEARS = 20.0;
    /** A point every two weeks: 522 points over 20 years, smooth on a chart; 80/70 % crossings are daily. */
    static final int POINT_EVERY_DAYS = 14;
    /** Longest projection used to find the equivalent age of an aged cell (AgeingProjection's own limit). */
    static final double MAX_YEARS = 100.0;
    /** Below this charged SoC the fast charge is too short to measure its heat. */
    static final double MIN_CHARGED_SOC = 0.02;
    /** Below 1 K·min of mean rise the picked cell's rise ratio is not measurable; it is taken as 1. */
    static final double MIN_RISE_KS = 60.0;
    private static final double DAY_S = 86_400.0;
    private static final double DAYS_PER_YEAR = 365.0;

    private LongTerm() {
    }

    /** What one projection is about. */
    record Subject(String name, double nominalC, double dod, double chargeCRate, double dischargeCRate, int days,
            double selfHeatingK, double startSoh, List<String> notes) {
    }

    /**
     * Daily-mean self-heating of the pack's mean cell [K]: the fast charge's irreversible heat per unit of charged SoC
     * × the daily depth × (1 + drive heat ratio) × driven share of the days, divided by the heat conductance to the
     * coolant over a day, {@code ΔT̄ = E_day / (h·A·f·86 400 s)}. For the lumped model with linear cooling this is
     * exact for the daily mean of the pack-mean temperature (neighbour exchange sums to zero over the pack). The
     * conductance is floored at m·c_p / 1 day (with no cooling at all the heat is taken to leave within a day).
     */
    static double selfHeatingK(NearTerm near, DailyDuty duty, WhatIfInputs in, PackTopology topology,
            List<String> notes) {
        double charged = near.endSoc() - near.startSoc();
        if (duty.drivenDays() == 0) {
            return 0.0;
        }
        if (charged < MIN_CHARGED_SOC) {
            notes.add(String.format(Locale.ROOT, "the fast charge moved only %.1f %% SoC, too little to measure"
                    + " self-heating: the projection uses the ambient temperature", Math.max(0.0, 100 * charged)));
            return 0.0;
        }
        double perSoc = Math.max(0.0, near.heatPerCellJ()) / charged;
        double perDay = perSoc * duty.dod() * (1.0 + duty.driveHeatRatio()) * duty.drivenDays() / DAYS_PER_YEAR;
        CellParameters cell = topology.cell();
        double g = topology.cooling().heatTransferCoefficientWPerM2K() * cell.thermal().surfaceAreaM2()
                * in.coolingFactor();
        g = Math.max(g, cell.thermal().heatCapacityJPerK() / DAY_S);
        return perDay / (g * DAY_S);
    }

    /**
     * The picked cell's self-heating: the pack's, times the ratio of its temperature-rise integral to the mean
     * cell's in the fast charge (so more resistance → more heat → a hotter cell, with the conduction to its
     * neighbours that the solver resolved). The ratio is 1 when the mean rise is below {@link #MIN_RISE_KS}.
     */
    static double pickedSelfHeatingK(double packK, NearTerm near) {
        if (near.meanRiseKs() < MIN_RISE_KS) {
            return packK;
        }
        return packK * Math.max(0.0, near.pickedRiseKs() / near.meanRiseKs());
    }

    /** Projects one subject over {@link #HORIZON_YEARS}, starting at its present SoH. */
    static Projection project(Subject sub, AgeingModel model, CellParameters cell, WhatIfInputs in) {
        double temperature = in.ambientC() + sub.selfHeatingK();
        DutyCycle duty = new DutyCycle(sub.nominalC(), sub.dod(), sub.dischargeCRate(), sub.chargeCRate(),
                in.chargeLimitSoc(), in.chargeLimitSoc(), sub.days(), new double[] {temperature},
                z -> cell.ecm().ocv(z, temperature));
        List<String> notes = new ArrayList<>(sub.notes());
        double start = Math.min(1.0, sub.startSoh());
        AgeingProjection.Result r = AgeingProjection.project(model, duty, HORIZON_YEARS, POINT_EVERY_DAYS);
        double ageDays = 0.0;
        double scale = 1.0;
        if (start < 1.0) {
            ageDays = equivalentAgeDays(r, start);
            if (Double.isNaN(ageDays)) {
                r = AgeingProjection.project(model, duty, MAX_YEARS, POINT_EVERY_DAYS);
                ageDays = equivalentAgeDays(r, start);
            }
            if (Double.isNaN(ageDays)) {
                ageDays = 0.0;
                scale = start;
                r = AgeingProjection.project(model, duty, HORIZON_YEARS, POINT_EVERY_DAYS);
                notes.add(String.format(Locale.ROOT, "this duty does not age a new cell to the present %.1f %% SoH"
                        + " within %.0f years: the projection scales a new cell's curve by it", 100 * start,
                        MAX_YEARS));
            } else if (ageDays + HORIZON_YEARS * DAYS_PER_YEAR > r.timeDays()[r.timeDays().length - 1]) {
                double years = Math.min(MAX_YEARS, ageDays / DAYS_PER_YEAR + HORIZON_YEARS + 1.0);
                r = AgeingProjection.project(model, duty, years, POINT_EVERY_DAYS);
            }
        }
        return slice(sub, r, temperature, ageDays, scale, start, notes);
    }

    /** Days at which the projection {@code r} first reaches {@code soh} (NaN if it never does). */
    static double equivalentAgeDays(AgeingProjection.Result r, double soh) {
        double[] d = r.timeDays();
        double[] s = r.soh();
        for (int k = 1; k < s.length; k++) {
            if (s[k] <= soh) {
                double f = (s[k - 1] - soh) / (s[k - 1] - s[k]);
                return d[k - 1] + f * (d[k] - d[k - 1]);
            }
        }
        return Double.NaN;
    }

    private static Projection slice(Subject sub, AgeingProjection.Result r, double temperature, double ageDays,
            double scale, double start, List<String> notes) {
        double[] d = r.timeDays();
        double end = ageDays + HORIZON_YEARS * DAYS_PER_YEAR;
        int first = 0;
        while (first < d.length && d[first] <= ageDays + 1e-9) {
            first++;
        }
        int last = first;
        while (last < d.length && d[last] <= end + 1e-9) {
            last++;
        }
        int count = last - first + 1;
        double[] years = new double[count];
        double[] soh = new double[count];
        double[] res = new double[count];
        years[0] = 0.0;
        soh[0] = start;
        res[0] = interpolate(d, r.resistanceFactor(), ageDays);
        for (int k = first, j = 1; k < last; k++, j++) {
            years[j] = (d[k] - ageDays) / DAYS_PER_YEAR;
            soh[j] = r.soh()[k] * scale;
            res[j] = r.resistanceFactor()[k];
        }
        double y80 = crossing(r.daysTo80(), ageDays, scale, years, soh, 0.8, start);
        double y70 = crossing(r.daysTo70(), ageDays, scale, years, soh, 0.7, start);
        return new Projection(sub.name(), temperature, sub.selfHeatingK(), sub.dod(), sub.chargeCRate(),
                sub.dischargeCRate(), sub.days(), start, years, soh, res, y80, y70, notes);
    }

    /** Years from now to {@code level}: from the daily-exact crossing when unscaled, else from the points. */
    private static double crossing(double days, double ageDays, double scale, double[] years, double[] soh,
            double level, double start) {
        if (start <= level) {
            return 0.0;
        }
        if (scale == 1.0) {
            double y = (days - ageDays) / DAYS_PER_YEAR;
            return Double.isNaN(days) || y > HORIZON_YEARS ? Double.NaN : y;
        }
        for (int k = 1; k < soh.length; k++) {
            if (soh[k] <= level) {
                return years[k - 1] + (soh[k - 1] - level) / (soh[k - 1] - soh[k]) * (years[k] - years[k - 1]);
            }
        }
        return Double.NaN;
    }

    private static double interpolate(double[] x, double[] y, double at) {
        for (int k = 1; k < x.length; k++) {
            if (x[k] >= at) {
                double f = (at - x[k - 1]) / (x[k] - x[k - 1]);
                return y[k - 1] + f * (y[k] - y[k - 1]);
            }
        }
        return y[y.length - 1];
    }
}
