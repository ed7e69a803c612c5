package org.evtwin.core.physics;

import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackLayout;
import org.evtwin.core.model.PackTopology;

/**
 * The pack solver: 2-RC cells (optionally with a solid-diffusion lag) in parallel groups, groups in series, lumped
 * thermal per cell.
 *
 * <p>Per step (current held constant over the step, RC branches and the optional diffusion lag discretised exactly;
 * the per-cell loops are in {@link CellKernel}):
 * <ol>
 *   <li>each cell is a source {@code E_k = OCV_k − a1·v1_k − a2·v2_k} behind {@code R_k = R0 + b1 + b2}, the OCV at
 *       the surface SoC and its motion over the step included implicitly;</li>
 *   <li>cells in parallel share the group voltage, which is solved exactly:
 *       {@code V_g = (Σ E_k/R_k − I)/Σ 1/R_k = A_g − I·B_g}, so unequal cells share current unequally;</li>
 *   <li>the pack voltage is linear in the pack current, {@code V = ΣA_g − I·(ΣB_g + R_interconnect)}, which solves
 *       power and voltage control in closed form and gives the current at which any group meets a voltage limit;</li>
 *   <li>the BMS clamps the current to voltage, current and temperature limits and reports why
 *       ({@link LimitReason}); a voltage limit is met exactly at the end of the step, never overshot;</li>
 *   <li>cell currents {@code I_k = (E_k − V_g)/R_k}, RC voltages, SoC, and heat are updated; temperatures follow
 *       on the thermal interval.</li>
 * </ol>
 * No allocation per step. Not thread-safe: one thread owns a model.
 */
public final class PackModel {
    private final PackTopology topology;
    private final CellParameters cell;
    private final PackState s;
    private final EcmCoefficients k;
    private final ThermalCoupling thermal;
    private final PackLayout layout;
    private final CellKernel kernel;
    private final CoefficientRefresh refresh;
    private final InternalShorts shorts;
    private final BmsLimits.Context limits = new BmsLimits.Context();
    /** Current limits depend on temperatures only, so they are recomputed after thermal updates, not every step. */
    private boolean limitsStale = true;
    private final double interconnectOhm;
    private final double chargeEfficiency;
    private double ambientC;
    private final EnergyLedger ledger;
    private final PackAgeing ageing;
    private boolean ageingEnabled = true;

    /** Builds the pack at rest: RC branches relaxed, every cell at {@code initialSoc} and {@code ambientC}. */
    public PackModel(PackTopology topology, double ambientC, double initialSoc) {
        if (!(initialSoc >= 0 && initialSoc <= 1)) {
            throw new TwinException("initial SoC must be between 0 and 1, found " + initialSoc);
        }
        this.topology = topology;
        this.cell = topology.cell();
        this.layout = PackLayout.of(topology);
        this.s = new PackState(topology.seriesGroups(), topology.parallel());
        this.k = new EcmCoefficients(cell.ecm(), s.cells, s.diffusion);
        this.thermal = new ThermalCoupling(topology, layout, s, k);
        this.kernel = new CellKernel(s, k);
        this.refresh = new CoefficientRefresh(s, k);
        this.shorts = new InternalShorts(s, k);
        this.ledger = new EnergyLedger(s.heatJ);
        this.interconnectOhm = topology.interconnectResistanceOhm() * Math.max(0, s.groups - 1);
        this.chargeEfficiency = cell.ecm().coulombicEfficiency();
        this.ambientC = ambientC;
        CellSpread.apply(topology, s);
        java.util.Arrays.fill(s.soc, initialSoc);
        java.util.Arrays.fill(s.temperatureC, ambientC);
        java.util.Arrays.fill(s.soh, 1.0);
        java.util.Arrays.fill(s.resistanceGrowth, 1.0);
        for (int i = 0; i < s.cells; i++) {
            thermal.markSoc(i);
            s.setCapacity(i, cell.capacityCoulomb() * s.capacityScale[i]);
            refresh.cell(i);
        }
        this.ageing = new PackAgeing(cell.ageingModel(), s, cell.capacityCoulomb());
        k.setStep(1.0);
        updateVoltagesAtRest();
    }

    public PackTopology topology() {
        return topology;
    }

    public PackLayout layout() {
        return layout;
    }

    public PackState state() {
        return s;
    }

    public EnergyLedger energy() {
        return ledger;
    }

    public double ambientC() {
        return ambientC;
    }

    public void setAmbientC(double celsius) {
        ambientC = celsius;
    }

    /** How often (simulated seconds) each cell's R/C/OCV-row coefficients are looked up again; 0 = every step. */
    public void setRefreshIntervalS(double seconds) {
        refresh.setIntervalS(seconds);
    }

    /** Thermal update interval [s]; capped at the stability limit; 0 = every step. */
    public void setThermalIntervalS(double seconds) {
        thermal.setIntervalS(seconds);
    }

    /**
     * Sets a cell's capacity relative to rated (spread, measured capacity or fault); SoC is kept. A cell type with an
     * age-dependent OCV shape takes the new capacity (× SoH) as its state of health for the shape.
     */
    public void setCapacityScale(int cellIndex, double factor) {
        s.capacityScale[cellIndex] = factor;
        s.setCapacity(cellIndex, cell.capacityCoulomb() * factor * s.soh[cellIndex]);
        k.shift(cellIndex, s.soc[cellIndex], factor * s.soh[cellIndex]);
        k.invalidate(cellIndex);
    }

    /** Multiplies a cell's resistances (ageing growth, weak-cell fault) and refreshes its coefficients. */
    public void scaleResistance(int cellIndex, double factor) {
        s.resistanceScale[cellIndex] *= factor;
        refresh.cell(cellIndex);
    }

    /** Internal short: a resistance [Ω] across the cell (∞ removes it). */
    public void setInternalShort(int cellIndex, double ohms) {
        shorts.set(cellIndex, ohms);
    }

    /** Scales the coolant heat transfer of every cell of a module (cooling loss: factor &lt; 1). */
    public void scaleModuleCooling(int module, double factor) {
        for (int i = 0; i < s.cells; i++) {
            if (layout.module(i) == module) {
                thermal.network().scaleCooling(i, factor);
            }
        }
    }

    /** Sets one cell's temperature [degC] (e.g. a measured start temperature different from ambient). */
    public void setTemperatureC(int cellIndex, double celsius) {
        s.temperatureC[cellIndex] = celsius;
        limitsStale = true;
    }

    /** Sets one cell's SoC (e.g. to start a what-if) and relaxes its RC branches and diffusion lag. */
    public void setSoc(int cellIndex, double soc) {
        s.soc[cellIndex] = soc;
        thermal.markSoc(cellIndex);
        s.v1[cellIndex] = 0;
        s.v2[cellIndex] = 0;
        s.diffusion[PackState.LAG_STRIDE * cellIndex] = 0;
    }

    /** Per-cell resistance R0 [Ω] as last looked up (for display). */
    public double r0Ohm(int cellIndex) {
        return k.r0[cellIndex];
    }

    /** Equilibrium open-circuit voltage of a cell now [V]: at its bulk SoC, what it relaxes to at rest. */
    public double ocvV(int cellIndex) {
        return k.ocv(cellIndex, s.soc[cellIndex]);
    }

    /**
     * Advances the pack by {@code dtS} seconds under {@code control}. Returns the limit that shaped the current
     * (also in {@link PackState#lastLimit()}).
     *
     * @throws TwinException if any cell's voltage or temperature becomes non-finite (names the cell and time)
     */
    public LimitReason step(double dtS, Control control) {
        return step(dtS, control.mode(), control.value(), control.floorCellV(), control.ceilingCellV());
    }

    /** Allocation-free form of {@link #step(double, Control)} for hot loops (benchmarks, replay). */
    public LimitReason step(double dtS, Control.Mode mode, double value, double floorCellV, double ceilingCellV) {
        if (!(dtS > 0)) {
            throw new TwinException("step length must be > 0 s, found " + dtS);
        }
        refresh.advance(dtS);
        k.setStep(dtS);
        kernel.sources(dtS, interconnectOhm);
        double current = BmsLimits.clamp(mode, value, floorCellV, ceilingCellV, kernel.packA, kernel.packB,
                kernel.groupA, kernel.groupB, cell.limits(), limits(), s);
        apply(dtS, current, kernel.packA, kernel.packB);
        return s.lastLimit;
    }

    private BmsLimits.Context limits() {
        if (limitsStale) {
            limits.update(cell, s);
            limitsStale = false;
        }
        return limits;
    }

    private void apply(double dtS, double current, double packA, double packB) {
        double packV = packA - current * packB;
        kernel.apply(dtS, current, chargeEfficiency);
        shorts.drain(dtS);
        s.timeS += dtS;
        s.packCurrentA = current;
        s.packVoltageV = packV;
        ledger.addTerminal(packV * current * dtS, kernel.cellTerminalW * dtS);
        if (!Double.isFinite(packV)) {
            throw NonFiniteGuard.failure(s, "voltage");
        }
        if (thermal.afterStep(dtS, ambientC, ledger)) {
            limitsStale = true;
        }
        if (ageingEnabled && ageing.afterStep(dtS, s, k)) {
            for (int i = 0; i < s.cells; i++) {
                s.setCapacity(i, cell.capacityCoulomb() * s.capacityScale[i] * s.soh[i]);
                k.shift(i, s.soc[i], s.capacityScale[i] * s.soh[i]);   // the aged OCV shape follows at once
                k.invalidate(i);
            }
        }
    }

    private void updateVoltagesAtRest() {
        double v = 0;
        for (int g = 0; g < s.groups; g++) {
            double sum = 0;
            for (int i = g * s.parallel; i < (g + 1) * s.parallel; i++) {
                sum += k.ocv(i, s.soc[i]);
            }
            s.groupVoltageV[g] = sum / s.parallel;
            v += s.groupVoltageV[g];
        }
        s.packVoltageV = v;
    }

    /**
     * Switches the per-cell ageing update off (or on). A what-if fork that charges for an hour does not age
     * measurably, and its long-term ageing is projected at cycle level instead; skipping the update halves the
     * cost of such a fork on a large pack. SoH stays where it was.
     */
    public void setAgeingEnabled(boolean enabled) {
        ageingEnabled = enabled;
    }

    /**
     * An independent copy of this pack in its present state (SoC, RC voltages, temperatures, ageing, spread, faults),
     * for a what-if that runs on another thread. Call it on the thread that owns this model.
     */
    public PackModel copy() {
        PackModel c = new PackModel(topology, ambientC, 0.5);
        PackState t = c.s;
        System.arraycopy(s.soc, 0, t.soc, 0, s.cells);
        System.arraycopy(s.v1, 0, t.v1, 0, s.cells);
        System.arraycopy(s.v2, 0, t.v2, 0, s.cells);
        System.arraycopy(s.diffusion, 0, t.diffusion, 0, s.diffusion.length);
        System.arraycopy(s.temperatureC, 0, t.temperatureC, 0, s.cells);
        System.arraycopy(s.currentA, 0, t.currentA, 0, s.cells);
        System.arraycopy(s.heatJ, 0, t.heatJ, 0, s.cells);
        System.arraycopy(s.throughputC, 0, t.throughputC, 0, s.cells);
        System.arraycopy(s.capacityScale, 0, t.capacityScale, 0, s.cells);
        System.arraycopy(s.resistanceScale, 0, t.resistanceScale, 0, s.cells);
        System.arraycopy(s.resistanceGrowth, 0, t.resistanceGrowth, 0, s.cells);
        System.arraycopy(s.selfDischargeA, 0, t.selfDischargeA, 0, s.cells);
        System.arraycopy(s.shortConductanceS, 0, t.shortConductanceS, 0, s.cells);
        System.arraycopy(s.soh, 0, t.soh, 0, s.cells);
        System.arraycopy(s.groupVoltageV, 0, t.groupVoltageV, 0, s.groups);
        for (int i = 0; i < s.cells; i++) {
            t.setCapacity(i, s.capacityC[i]);
        }
        t.timeS = s.timeS;
        t.packCurrentA = s.packCurrentA;
        t.packVoltageV = s.packVoltageV;
        t.lastLimit = s.lastLimit;
        c.shorts.copyFrom(shorts);
        c.thermal.copyFrom(thermal);
        c.ageing.copyFrom(ageing);
        c.refresh.setIntervalS(refresh.intervalS());
        c.refresh.all();
        c.ledger.startAtZero();
        return c;
    }

    /** Refreshes every cell's coefficients now (after a bulk change such as ageing). */
    public void refreshAll() {
        refresh.all();
    }
}
