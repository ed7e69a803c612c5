package org.evtwin.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.ageing.AgeingModel;
import org.evtwin.core.physics.ageing.AgeingModels;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.drive.VehicleModel;
import org.evtwin.core.sim.drive.VehicleParameters;

/**
 * Runs what-ifs: applies {@link WhatIfInputs} to a fork of the twin, charges it (near term) and projects its ageing
 * (long term). Thread-safe and stateless apart from a cache of drive-cycle energies, so one engine serves every
 * what-if; each run works on the fork it is given, which it changes.
 *
 * <p>Usage: {@code engine.run(reference.copy(), inputs, () -> stale)} on a background thread, where
 * {@code reference} is a fork taken on the twin's thread ({@link org.evtwin.core.engine.TwinEngine#fork()}). Two runs
 * with equal inputs on copies of the same reference give equal results (the solver is deterministic), which is how
 * a what-if at the baseline settings reproduces the baseline exactly.
 */
public final class WhatIfEngine {
    private final DriveCycleLibrary cycles;
    private final VehicleModel vehicle;
    private final FastCharge.Stepping stepping;
    private final Map<String, DailyDuty.CycleEnergy> energies = new ConcurrentHashMap<>();

    /** An engine with the shipped drive cycles and the 2013 Nissan Leaf vehicle preset. */
    public WhatIfEngine() {
        this(new DriveCycleLibrary(), VehicleParameters.nissanLeaf2013());
    }

    /**
     * @param cycles  where drive cycles come from (share the application's library)
     * @param vehicle the vehicle that turns a speed schedule into battery energy per distance
     */
    public WhatIfEngine(DriveCycleLibrary cycles, VehicleParameters vehicle) {
        this(cycles, vehicle, FastCharge.Stepping.DEFAULT);
    }

    WhatIfEngine(DriveCycleLibrary cycles, VehicleParameters vehicle, FastCharge.Stepping stepping) {
        this.cycles = Objects.requireNonNull(cycles, "cycles");
        this.vehicle = new VehicleModel(vehicle);
        this.stepping = stepping;
    }

    /**
     * Runs one what-if on {@code fork} (which it changes: pass a copy). Never throws for inputs or requests the cells
     * cannot meet; see {@link WhatIfResult} for how those come back.
     *
     * @param fork      a copy of the twin that this run may change; used on the calling thread only
     * @param inputs    the slider values
     * @param cancelled polled once per solver step and between phases; when it returns true the run stops and
     *                  returns a {@link WhatIfResult.Status#CANCELLED} result
     */
    public WhatIfResult run(PackModel fork, WhatIfInputs inputs, BooleanSupplier cancelled) {
        Objects.requireNonNull(fork, "fork");
        Objects.requireNonNull(inputs, "inputs");
        int cellCount = fork.topology().cellCount();
        List<String> problems = new ArrayList<>(inputs.problems(cellCount));
        DailyDuty.CycleEnergy energy = null;
        if (inputs.driveCycle() != null && !inputs.driveCycle().isBlank()) {
            try {
                energy = cycleEnergy(inputs.driveCycle());
            } catch (TwinException e) {
                problems.add("driveCycle = " + inputs.driveCycle() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            return WhatIfResult.invalid(inputs, problems);
        }
        if (cancelled.getAsBoolean()) {
            return WhatIfResult.cancelled(inputs);
        }
        try {
            FastCharge.Prepared prep = FastCharge.prepare(fork, inputs);
            NearTerm near = FastCharge.run(fork, inputs, prep, stepping, cancelled);
            if (near == null || cancelled.getAsBoolean()) {
                return WhatIfResult.cancelled(inputs);
            }
            CellParameters cell = fork.topology().cell();
            AgeingModel model = AgeingModels.byName(cell.ageingModel());
            DailyDuty duty = DailyDuty.of(inputs, cell, cellCount, energy);
            List<String> notes = new ArrayList<>(duty.notes());
            double rise = LongTerm.selfHeatingK(near, duty, inputs, fork.topology(), notes);
            LongTerm.Subject packSubject = new LongTerm.Subject("pack", cell.capacityCoulomb(), duty.dod(),
                    duty.chargeCRate(), duty.dischargeCRate(), duty.drivenDays(), rise, prep.packStartSoh(), notes);
            Projection pack = LongTerm.project(packSubject, model, cell, inputs);
            if (cancelled.getAsBoolean()) {
                return WhatIfResult.cancelled(inputs);
            }
            Projection picked = null;
            if (inputs.changesPickedCell()) {
                picked = LongTerm.project(pickedSubject(inputs, prep, duty, near, rise), model, cell, inputs);
            }
            return new WhatIfResult(WhatIfResult.Status.OK, inputs, List.of(), near, pack, picked);
        } catch (TwinException e) {
            return WhatIfResult.failed(inputs, e.getMessage());
        }
    }

    /**
     * The picked cell's duty: its parallel group passes the pack's charge, and cells in parallel keep nearly equal
     * SoC, so its depth and C-rates scale by (mean group capacity / its group's capacity); its self-heating scales by
     * its measured temperature rise (see {@link LongTerm#pickedSelfHeatingK}).
     */
    private static LongTerm.Subject pickedSubject(WhatIfInputs in, FastCharge.Prepared prep, DailyDuty duty,
            NearTerm near, double packRise) {
        double ratio = prep.pickedGroupRatio();
        double dod = duty.dod() * ratio;
        List<String> notes = new ArrayList<>();
        if (dod > in.chargeLimitSoc()) {
            notes.add(String.format(Locale.ROOT, "it would swing %.0f %% a day; capped at the %.0f %% charge limit",
                    100 * dod, 100 * in.chargeLimitSoc()));
            dod = in.chargeLimitSoc();
        }
        return new LongTerm.Subject("cell " + in.pickedCell(), prep.pickedNominalC(), dod,
                duty.chargeCRate() * ratio, duty.dischargeCRate() * ratio, duty.drivenDays(),
                LongTerm.pickedSelfHeatingK(packRise, near), prep.pickedStartSoh(), notes);
    }

    /** Energy use of a drive cycle by this engine's vehicle (cached per name). */
    DailyDuty.CycleEnergy cycleEnergy(String name) {
        return energies.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT),
                k -> DailyDuty.CycleEnergy.of(cycles.load(name), vehicle));
    }

    /** Battery energy per distance of a drive cycle for this engine's vehicle [Wh/km] (for display). */
    public double whPerKm(String driveCycle) {
        return cycleEnergy(driveCycle).joulesPerMetre() / 3.6;
    }
}
