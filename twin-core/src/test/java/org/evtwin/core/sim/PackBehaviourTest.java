package org.evtwin.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SyntheticCells;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.LimitReason;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.PackState;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.sim.fault.Fault;
import org.junit.jupiter.api.Test;

/** Pack physics seen through the public API: temperature limits, heat paths, weak and shorted cells. */
class PackBehaviourTest {
    private static final double C_CELL = SyntheticCells.heatCapacityJPerK();
    // no charge below 0 degC, charge derated 0..10 degC; all current derated 45..55 degC; 3C / 1C
    private static final CellLimits LIMITS = new CellLimits(2.5, 4.3, 0.0, 55.0, 3.0, 1.0, 10.0, 45.0);

    /** An adiabatic pack (no coolant, no conduction) keeps its temperature during a short step. */
    private static PackModel adiabatic(int series, int parallel, double ambientC) {
        return new PackModel(SyntheticCells.pack(SyntheticCells.linear(LIMITS), 1, series, parallel, 0.0, 0.0),
                ambientC, 0.5);
    }

    @Test
    void chargeIsBlockedBelowMinTemperatureButDischargeIsNot() {
        PackModel cold = adiabatic(1, 1, -5.0);
        assertEquals(LimitReason.TEMPERATURE, cold.step(1.0, Control.current(-2.0)));
        assertEquals(0.0, cold.state().packCurrentA(), 0.0);
        assertEquals(0.5, cold.state().soc(0), 0.0, "nothing was stored");
        PackModel coldDischarge = adiabatic(1, 1, -5.0);
        assertEquals(LimitReason.NONE, coldDischarge.step(1.0, Control.current(2.0)));
        assertEquals(2.0, coldDischarge.state().packCurrentA(), 0.0);
    }

    @Test
    void chargeCurrentIsDeratedLinearlyInTheCold() {
        // 5 degC is half-way up the 0..10 degC ramp: half of 1C per cell, three cells in parallel
        PackModel model = adiabatic(2, 3, 5.0);
        assertEquals(LimitReason.CHARGE_CURRENT, model.step(1.0, Control.current(-20.0)));
        assertEquals(-0.5 * 1.0 * SyntheticCells.CAPACITY_AH * 3, model.state().packCurrentA(), 1e-12);
    }

    @Test
    void heatDeratesDischarge() {
        // 50 degC is half-way down the 45..55 degC ramp: half of 3C
        PackModel model = adiabatic(1, 2, 50.0);
        assertEquals(LimitReason.DISCHARGE_CURRENT, model.step(1.0, Control.current(40.0)));
        assertEquals(0.5 * 3.0 * SyntheticCells.CAPACITY_AH * 2, model.state().packCurrentA(), 1e-12);
        PackModel tooHot = adiabatic(1, 2, 56.0);
        assertEquals(LimitReason.TEMPERATURE, tooHot.step(1.0, Control.current(1.0)));
        assertEquals(0.0, tooHot.state().packCurrentA(), 0.0);
    }

    @Test
    void coldChargeStepStopsWithTheTemperatureReason() {
        PackTopology t = SyntheticCells.pack(SyntheticCells.linear(LIMITS), 1, 1, 1, 0.0, 0.0);
        PackModel model = new PackModel(t, -5.0, 0.5);
        SimulationResult r = new Simulator(model, SimulationSettings.defaults(), new DriveCycleLibrary()).run(
                Experiment.parse("Charge at 1C until 4.1 V"), f -> { }, Simulator.ProgressListener.none(), () -> false);
        StepOutcome o = r.steps().get(0);
        assertTrue(o.endReason().contains("outside its temperature window"), o.endReason());
        assertEquals(1, o.limitedSteps());
        assertTrue(o.firstLimit().contains("temperature window"), o.firstLimit());
        assertEquals(0.5, model.state().soc(0), 0.0);
    }

    private static List<double[]> temperaturesPerStep(PackModel model, int steps, Control control) {
        List<double[]> temps = new ArrayList<>();
        double[] t = new double[model.state().cellCount()];
        model.state().copy(PackState.Quantity.TEMPERATURE, t);
        temps.add(t);
        for (int n = 0; n < steps; n++) {
            model.step(1.0, control);
            t = new double[model.state().cellCount()];
            model.state().copy(PackState.Quantity.TEMPERATURE, t);
            temps.add(t);
        }
        return temps;
    }

    @Test
    void heatFromAShortedCellFlowsToItsNeighboursByConduction() {
        double g = 0.5;
        // 3s1p in a row: cell 0 – cell 1 – cell 2; no coolant, so all heat stays in the cells
        PackModel model = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 3, 1, 0.0, g), 25.0, 0.8);
        new Fault.InternalShort(0, 10.0).apply(model);
        List<double[]> temps = temperaturesPerStep(model, 600, Control.rest());
        double[] end = temps.get(temps.size() - 1);
        assertTrue(end[0] > end[1] && end[1] > end[2] && end[2] > 25.0, java.util.Arrays.toString(end));
        // Cell 2 generates no heat and touches only cell 1: C·ΔT2 = G·Σ (T1 − T2)·dt (Fourier, explicit Euler)
        double inflow = 0;
        for (int n = 0; n < temps.size() - 1; n++) {
            inflow += g * (temps.get(n)[1] - temps.get(n)[2]) * 1.0;
        }
        assertEquals(inflow, C_CELL * (end[2] - 25.0), 1e-9 * inflow);
        // Nothing leaves the pack: the stored heat equals the heat generated
        double stored = C_CELL * ((end[0] - 25.0) + (end[1] - 25.0) + (end[2] - 25.0));
        assertEquals(model.energy().heatGeneratedJ(), stored, 1e-9 * stored);
        assertEquals(0.0, model.energy().heatRemovedJ(), 0.0);
    }

    @Test
    void withoutConductanceTheNeighboursStayAtAmbient() {
        PackModel model = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 3, 1, 0.0, 0.0), 25.0, 0.8);
        new Fault.InternalShort(0, 10.0).apply(model);
        double[] end = temperaturesPerStep(model, 600, Control.rest()).get(600);
        assertEquals(25.0, end[1], 0.0);
        assertEquals(25.0, end[2], 0.0);
        assertEquals(model.energy().heatGeneratedJ() / C_CELL, end[0] - 25.0, 1e-9);
    }

    @Test
    void cellWithCoolingLossEndsHotterByTheExpectedAmount() {
        double h = 10.0;
        double hA = h * SyntheticCells.AREA_M2;
        // two modules of one cell each, in series (same current, same heat); module 1 keeps 20 % of its cooling
        PackModel model = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 2, 1, 1, h, 0.5), 25.0, 1.0);
        Fault.parse("cooling-loss:1:0.2", 2, 2).apply(model);
        List<double[]> temps = temperaturesPerStep(model, 1200, Control.current(4.0));
        double[] end = temps.get(temps.size() - 1);
        double rise0 = end[0] - 25.0;
        double rise1 = end[1] - 25.0;
        assertTrue(rise1 > rise0, "the cell with less cooling is hotter");
        assertTrue(rise1 < rise0 / 0.2, "but not more than the steady-state ratio 1/0.2");
        // Same heat generated in both: C·ΔT + hA_i·Σ(T − T_coolant)·dt must agree between the two cells
        double removed0 = 0;
        double removed1 = 0;
        for (int n = 0; n < temps.size() - 1; n++) {
            removed0 += hA * (temps.get(n)[0] - 25.0);
            removed1 += 0.2 * hA * (temps.get(n)[1] - 25.0);
        }
        double generated0 = C_CELL * rise0 + removed0;
        double generated1 = C_CELL * rise1 + removed1;
        assertEquals(generated0, generated1, 1e-9 * generated0);
        assertEquals(model.energy().heatRemovedJ(), removed0 + removed1, 1e-9 * (removed0 + removed1));
    }

    @Test
    void weakCellEndsAtLowerSocAndSetsTheEndOfDischarge() {
        PackModel model = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 3, 1, 10.0, 0.5), 25.0, 1.0);
        Fault weak = Fault.parse("weak-cell:1", 3, 1);
        assertEquals(new Fault.WeakCell(1, 0.8, 1.5), weak);
        weak.apply(model);
        SimulationResult r = new Simulator(model, SimulationSettings.defaults(), new DriveCycleLibrary()).run(
                Experiment.parse("Discharge at 1C until 3.2 V"), f -> { }, Simulator.ProgressListener.none(),
                () -> false);
        assertTrue(r.steps().get(0).endReason().startsWith("reached 3.200 V"), r.steps().get(0).endReason());
        PackState s = model.state();
        // In series every cell carries the same charge; the weak cell has 80 % of the capacity
        double normal = 1.0 - s.soc(0);
        assertEquals(normal, 1.0 - s.soc(2), 1e-12);
        assertEquals(normal / 0.8, 1.0 - s.soc(1), 1e-9);
        assertEquals(3.2, s.cellVoltageV(1), 1e-6, "the weak cell reaches the cut-off");
        assertTrue(s.cellVoltageV(0) > 3.2 + 0.05, "the healthy cells still have charge");
    }

    @Test
    void internalShortDrainsTheCellAndHeatsItWithVSquaredOverR() {
        double ohms = 10.0;
        double seconds = 3600;
        PackModel model = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 3, 1, 0.0, 0.0), 25.0, 0.8);
        Fault.parse("short:1:10", 3, 1).apply(model);
        for (int n = 0; n < seconds; n++) {
            model.step(1.0, Control.rest());
        }
        // At rest V = OCV = a + k·z and dz/dt = −V/(R·Q)  ⇒  V(t) = V0·exp(−t/τ), τ = R·Q/k
        double q = SyntheticCells.CAPACITY_AH * 3600;
        double tau = ohms * q / SyntheticCells.OCV_SLOPE_V;
        double v0 = SyntheticCells.ocv(0.8);
        double vEnd = v0 * Math.exp(-seconds / tau);
        double expectedHeat = v0 * v0 * tau / (2 * ohms) * (1 - Math.exp(-2 * seconds / tau));   // ∫ V²/R dt
        double expectedSoc = 0.8 - (v0 - vEnd) / SyntheticCells.OCV_SLOPE_V;
        PackState s = model.state();
        assertEquals(expectedSoc, s.soc(1), 1e-5, "drained by the short");
        assertEquals(0.8, s.soc(0), 0.0);
        assertEquals(0.8, s.soc(2), 0.0);
        double heat = C_CELL * (s.temperatureC(1) - 25.0);
        assertEquals(expectedHeat, heat, 1e-4 * expectedHeat);
        // the plain estimate V²/R·t with V² averaged (trapezoid) over the hour: off by (2t/τ)²/12 = 0.12 %
        assertEquals((v0 * v0 + vEnd * vEnd) / 2 / ohms * seconds, heat, 2e-3 * heat);
        assertEquals(25.0, s.temperatureC(0), 0.0);
        assertEquals(25.0, s.temperatureC(2), 0.0);
        assertEquals(model.energy().heatGeneratedJ(), heat, 1e-9 * heat);
    }

    /** Guards the thermal sub-cycling: before it, one 10 s Euler interval here sent cell 1 below the coolant. */
    @Test
    void stepsLongerThanTheThermalStabilityLimitKeepTemperaturesPhysical() {
        // G = 5 W/K between 45 J/K cells: explicit Euler is stable only for intervals < 45/(2·5) ≈ 4.5 s
        PackModel model = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 3, 1, 10.0, 5.0), 25.0, 0.8);
        new Fault.InternalShort(0, 10.0).apply(model);
        for (int n = 0; n < 60; n++) {
            model.step(10.0, Control.rest());
            // heat only enters the cells, so none can fall below the coolant, nor exceed the adiabatic bound
            double bound = 25.0 + model.energy().heatGeneratedJ() / C_CELL;
            for (int i = 0; i < 3; i++) {
                double t = model.state().temperatureC(i);
                assertTrue(t >= 25.0 - 1e-9 && t <= bound + 1e-9, "cell " + i + " at " + t + " degC, t = "
                        + model.state().timeS() + " s");
            }
        }
    }
}
