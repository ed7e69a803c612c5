package org.evtwin.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.physics.PackModel;

/**
 * The slider values of one what-if, in SI units and fractions. Construction never throws: a user can move two
 * sliders into a combination that makes no sense (window low end above the charge limit), and the answer to that is
 * an inline message, so {@link #problems(int)} lists what is wrong, each message naming the field.
 *
 * @param ambientC               ambient (coolant inlet or air) temperature [degC]; the what-if shifts every cell's
 *                               present temperature by the change from the fork's ambient
 * @param coolingFactor          multiplier of every cell's heat transfer to the coolant (h·A), 1 = as built, 0 = none
 * @param chargeCRate            charge current of the near-term fast charge and of the daily charge [1/h] (per cell,
 *                               relative to the rated capacity)
 * @param chargeLimitSoc         charge limit: SoC at which charging stops, also the top of the daily window [0..1]
 * @param windowMinSoc           the lowest SoC the daily drive may reach (bottom of the window) [0..1]
 * @param dailyDistanceM         distance driven on a driven day [m]
 * @param drivenDaysPerYear      days per year with a drive (0..365); other days the pack rests at the charge limit
 * @param driveCycle             speed schedule whose energy per distance stands for the daily driving (a name from
 *                               {@link org.evtwin.core.sim.drive.DriveCycleLibrary}: UDDS, HWFET, US06, WLTC)
 * @param pickedCell             index of the cell whose capacity and resistance the last two fields change
 * @param pickedCapacityFactor   multiplier of that cell's present capacity (1 = unchanged)
 * @param pickedResistanceFactor multiplier of that cell's present resistances (1 = unchanged)
 */
public record WhatIfInputs(double ambientC, double coolingFactor, double chargeCRate, double chargeLimitSoc,
        double windowMinSoc, double dailyDistanceM, int drivenDaysPerYear, String driveCycle, int pickedCell,
        double pickedCapacityFactor, double pickedResistanceFactor) {

    /**
     * ASSUMPTION: baseline fast-charge rate 1C (capped at the cell's own limit): DC fast charging of first-generation
     * EVs runs at roughly 1–2C (a 2013 Leaf's 50 kW CHAdeMO on a 61 Ah, 360 V pack is about 2C at its peak); 1C is
     * inside the limits of every shipped cell.
     */
    public static final double BASELINE_CHARGE_C_RATE = 1.0;
    /** ASSUMPTION: baseline charge limit 90 %, the common "daily" charge-limit setting (also the CLI's default). */
    public static final double BASELINE_CHARGE_LIMIT_SOC = 0.9;
    /** ASSUMPTION: baseline window low end 10 % (a reserve the driver keeps before recharging). */
    public static final double BASELINE_WINDOW_MIN_SOC = 0.1;
    /**
     * ASSUMPTION: 50 km per driven day on 300 days a year, i.e. 15,000 km a year: the order of magnitude of a private
     * car's annual mileage in Europe and the US.
     */
    public static final double BASELINE_DAILY_DISTANCE_M = 50_000.0;
    /** ASSUMPTION: 300 driven days a year (the CLI's {@code twin project} default). */
    public static final int BASELINE_DRIVEN_DAYS_PER_YEAR = 300;
    /** WLTC class 3b: its four phases (low, medium, high, extra high) stand for mixed real-world driving (GTR 15). */
    public static final String BASELINE_DRIVE_CYCLE = "WLTC";

    /** Lowest and highest ambient accepted [degC]: ASSUMPTION, the range a parked or driven car meets on Earth. */
    public static final double MIN_AMBIENT_C = -40.0;
    /** See {@link #MIN_AMBIENT_C}. */
    public static final double MAX_AMBIENT_C = 60.0;
    /**
     * Highest cooling factor accepted: with h·A five times the as-built value the explicit thermal update at the
     * near-term step (≤ 30 s) stays well inside its stability bound for the shipped packs (see package notes).
     */
    public static final double MAX_COOLING_FACTOR = 5.0;
    /** Highest charge C-rate accepted [1/h] (above every cell's limit, so the BMS clamp can be shown). */
    public static final double MAX_CHARGE_C_RATE = 10.0;
    /** Longest daily distance accepted [m]. */
    public static final double MAX_DAILY_DISTANCE_M = 2_000_000.0;

    /**
     * The baseline: the pack as it is (its present ambient, cooling as built, picked cell 0 unchanged) and the
     * assumed usage above.
     */
    public static WhatIfInputs baseline(PackModel pack) {
        CellParameters cell = pack.topology().cell();
        double rate = Math.min(BASELINE_CHARGE_C_RATE, cell.limits().maxChargeCRate());
        return new WhatIfInputs(pack.ambientC(), 1.0, rate, BASELINE_CHARGE_LIMIT_SOC, BASELINE_WINDOW_MIN_SOC,
                BASELINE_DAILY_DISTANCE_M, BASELINE_DRIVEN_DAYS_PER_YEAR, BASELINE_DRIVE_CYCLE, 0, 1.0, 1.0);
    }

    /**
     * What is wrong with these inputs for a pack of {@code cellCount} cells (empty when nothing is). Each message
     * starts with the field name, e.g. {@code "windowMinSoc = 0.95: must be below chargeLimitSoc (0.9)"}.
     */
    public List<String> problems(int cellCount) {
        List<String> p = new ArrayList<>();
        check(p, "ambientC", ambientC, ambientC >= MIN_AMBIENT_C && ambientC <= MAX_AMBIENT_C,
                "must be in [" + MIN_AMBIENT_C + ", " + MAX_AMBIENT_C + "] degC");
        check(p, "coolingFactor", coolingFactor, coolingFactor >= 0 && coolingFactor <= MAX_COOLING_FACTOR,
                "must be in [0, " + MAX_COOLING_FACTOR + "]");
        check(p, "chargeCRate", chargeCRate, chargeCRate > 0 && chargeCRate <= MAX_CHARGE_C_RATE,
                "must be in (0, " + MAX_CHARGE_C_RATE + "] per hour");
        check(p, "chargeLimitSoc", chargeLimitSoc, chargeLimitSoc > 0 && chargeLimitSoc <= 1, "must be in (0, 1]");
        check(p, "windowMinSoc", windowMinSoc, windowMinSoc >= 0 && windowMinSoc < 1, "must be in [0, 1)");
        if (windowMinSoc >= chargeLimitSoc) {
            p.add(String.format(Locale.ROOT, "windowMinSoc = %.3g: must be below chargeLimitSoc (%.3g)",
                    windowMinSoc, chargeLimitSoc));
        }
        check(p, "dailyDistanceM", dailyDistanceM, dailyDistanceM >= 0 && dailyDistanceM <= MAX_DAILY_DISTANCE_M,
                "must be in [0, " + MAX_DAILY_DISTANCE_M + "] m");
        if (drivenDaysPerYear < 0 || drivenDaysPerYear > 365) {
            p.add("drivenDaysPerYear = " + drivenDaysPerYear + ": must be in [0, 365]");
        }
        if (driveCycle == null || driveCycle.isBlank()) {
            p.add("driveCycle is missing: name a speed schedule (UDDS, HWFET, US06, WLTC)");
        }
        if (pickedCell < 0 || pickedCell >= cellCount) {
            p.add("pickedCell = " + pickedCell + ": must be a cell index in [0, " + (cellCount - 1) + "]");
        }
        check(p, "pickedCapacityFactor", pickedCapacityFactor, pickedCapacityFactor >= 0.1
                && pickedCapacityFactor <= 2.0, "must be in [0.1, 2]");
        check(p, "pickedResistanceFactor", pickedResistanceFactor, pickedResistanceFactor >= 0.1
                && pickedResistanceFactor <= 20.0, "must be in [0.1, 20]");
        return List.copyOf(p);
    }

    /** Whether the picked cell is changed (its own projection is then worth showing). */
    public boolean changesPickedCell() {
        return pickedCapacityFactor != 1.0 || pickedResistanceFactor != 1.0;
    }

    private static void check(List<String> problems, String field, double value, boolean ok, String rule) {
        if (!Double.isFinite(value) || !ok) {
            problems.add(String.format(Locale.ROOT, "%s = %.4g: %s", field, value, rule));
        }
    }

    /** A copy with another {@code ambientC}. */
    public WhatIfInputs withAmbientC(double v) {
        return new WhatIfInputs(v, coolingFactor, chargeCRate, chargeLimitSoc, windowMinSoc, dailyDistanceM,
                drivenDaysPerYear, driveCycle, pickedCell, pickedCapacityFactor, pickedResistanceFactor);
    }

    /** A copy with another {@code coolingFactor}. */
    public WhatIfInputs withCoolingFactor(double v) {
        return new WhatIfInputs(ambientC, v, chargeCRate, chargeLimitSoc, windowMinSoc, dailyDistanceM,
                drivenDaysPerYear, driveCycle, pickedCell, pickedCapacityFactor, pickedResistanceFactor);
    }

    /** A copy with another {@code chargeCRate}. */
    public WhatIfInputs withChargeCRate(double v) {
        return new WhatIfInputs(ambientC, coolingFactor, v, chargeLimitSoc, windowMinSoc, dailyDistanceM,
                drivenDaysPerYear, driveCycle, pickedCell, pickedCapacityFactor, pickedResistanceFactor);
    }

    /** A copy with another {@code chargeLimitSoc}. */
    public WhatIfInputs withChargeLimitSoc(double v) {
        return new WhatIfInputs(ambientC, coolingFactor, chargeCRate, v, windowMinSoc, dailyDistanceM,
                drivenDaysPerYear, driveCycle, pickedCell, pickedCapacityFactor, pickedResistanceFactor);
    }

    /** A copy with another {@code windowMinSoc}. */
    public WhatIfInputs withWindowMinSoc(double v) {
        return new WhatIfInputs(ambientC, coolingFactor, chargeCRate, chargeLimitSoc, v, dailyDistanceM,
                drivenDaysPerYear, driveCycle, pickedCell, pickedCapacityFactor, pickedResistanceFactor);
    }

    /** A copy with another {@code dailyDistanceM}. */
    public WhatIfInputs withDailyDistanceM(double v) {
        return new WhatIfInputs(ambientC, coolingFactor, chargeCRate, chargeLimitSoc, windowMinSoc, v,
                drivenDaysPerYear, driveCycle, pickedCell, pickedCapacityFactor, pickedResistanceFactor);
    }

    /** A copy with another {@code drivenDaysPerYear}. */
    public WhatIfInputs withDrivenDaysPerYear(int v) {
        return new WhatIfInputs(ambientC, coolingFactor, chargeCRate, chargeLimitSoc, windowMinSoc, dailyDistanceM,
                v, driveCycle, pickedCell, pickedCapacityFactor, pickedResistanceFactor);
    }

    /** A copy with another {@code driveCycle}. */
    public WhatIfInputs withDriveCycle(String v) {
        return new WhatIfInputs(ambientC, coolingFactor, chargeCRate, chargeLimitSoc, windowMinSoc, dailyDistanceM,
                drivenDaysPerYear, v, pickedCell, pickedCapacityFactor, pickedResistanceFactor);
    }

    /** The picked cell and its two factors. */
    public WhatIfInputs withPickedCell(int cell, double capacityFactor, double resistanceFactor) {
        return new WhatIfInputs(ambientC, coolingFactor, chargeCRate, chargeLimitSoc, windowMinSoc, dailyDistanceM,
                drivenDaysPerYear, driveCycle, cell, capacityFactor, resistanceFactor);
    }
}
