package org.evtwin.core.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackTopology;
import org.junit.jupiter.api.Test;

/** The solver against closed-form answers on a cell with linear OCV and constant R, C. */
class PackModelAnalyticTest {

    private static PackModel singleCell(double r0, double soc) {
        CellParameters cell = TestCells.linearCell(r0, 1.0);
        PackModel model = new PackModel(PackTopology.singleCell(cell, TestCells.cooling(0.0, 0.0)), 25.0, soc);
        model.setRefreshIntervalS(0);
        return model;
    }

    @Test
    void rcStepResponseMatchesClosedForm() {
        double current = 4.0;
        PackModel model = singleCell(TestCells.R0, 0.9);
        double q = TestCells.CAPACITY_AH * 3600;
        double dt = 0.5;
        double worst = 0;
        for (int n = 1; n <= 1200; n++) {
            model.step(dt, Control.current(current));
            double t = n * dt;
            double soc = 0.9 - current * t / q;
            double expected = TestCells.OCV0 + TestCells.OCV_SLOPE * soc - current * TestCells.R0
                    - current * TestCells.R1 * (1 - Math.exp(-t / (TestCells.R1 * TestCells.C1)))
                    - current * TestCells.R2 * (1 - Math.exp(-t / (TestCells.R2 * TestCells.C2)));
            worst = Math.max(worst, Math.abs(model.state().cellVoltageV(0) - expected));
        }
        // Exact discretisation + implicit OCV on a linear segment: only rounding remains.
        assertEquals(0.0, worst, 1e-9, "max |V - closed form| [V]");
    }

    @Test
    void relaxationAfterPulseMatchesClosedForm() {
        PackModel model = singleCell(TestCells.R0, 0.5);
        double current = 10.0;
        double pulse = 30.0;
        for (int n = 0; n < 300; n++) {
            model.step(0.1, Control.current(current));
        }
        double v1 = current * TestCells.R1 * (1 - Math.exp(-pulse / (TestCells.R1 * TestCells.C1)));
        double v2 = current * TestCells.R2 * (1 - Math.exp(-pulse / (TestCells.R2 * TestCells.C2)));
        double soc = 0.5 - current * pulse / (TestCells.CAPACITY_AH * 3600);
        for (int n = 1; n <= 100; n++) {
            model.step(1.0, Control.rest());
            double expected = TestCells.OCV0 + TestCells.OCV_SLOPE * soc
                    - v1 * Math.exp(-n / (TestCells.R1 * TestCells.C1))
                    - v2 * Math.exp(-n / (TestCells.R2 * TestCells.C2));
            assertEquals(expected, model.state().cellVoltageV(0), 1e-9, "relaxation at t=" + n + " s");
        }
    }

    @Test
    void constantCurrentSocRampIsLinear() {
        PackModel model = singleCell(TestCells.R0, 1.0);
        double current = 2.0;   // 1C
        for (int n = 0; n < 1800; n++) {
            model.step(1.0, Control.current(current));
        }
        assertEquals(0.5, model.state().soc(0), 1e-12);
    }

    @Test
    void chargeWithCoulombicEfficiencyStoresLess() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 0.98);
        PackModel model = new PackModel(PackTopology.singleCell(cell, TestCells.cooling(0, 0)), 25.0, 0.2);
        for (int n = 0; n < 3600; n++) {
            model.step(1.0, Control.current(-1.0));
        }
        assertEquals(0.2 + 0.98 * 3600 / (TestCells.CAPACITY_AH * 3600), model.state().soc(0), 1e-12);
    }

    @Test
    void energyBalanceChemicalEqualsStoredChange() {
        PackModel model = singleCell(TestCells.R0, 0.95);
        double[] demand = {6.0, -3.0, 0.0, 8.0, 1.0};
        for (int n = 0; n < 5000; n++) {
            model.step(0.2, Control.current(demand[(n / 400) % demand.length]));
        }
        double soc = model.state().soc(0);
        double q = TestCells.CAPACITY_AH * 3600;
        // stored energy change = Q·∫ OCV dz, closed form for the linear OCV
        double stored = q * (stored(0.95) - stored(soc));
        EnergyLedger e = model.energy();
        assertEquals(stored, e.chemicalReleasedJ(), 1e-9 * Math.abs(stored) + 1e-6, "chemical vs ∫OCV dq [J]");
        assertEquals(e.chemicalReleasedJ(), e.cellTerminalJ() + e.heatGeneratedJ() - e.reversibleHeatJ(), 1e-6,
                "chemical = delivered + irreversible heat [J]");
        assertTrue(e.heatGeneratedJ() > 0);
    }

    private static double stored(double z) {
        return TestCells.OCV0 * z + 0.5 * TestCells.OCV_SLOPE * z * z;
    }

    @Test
    void thermalEnergyIsConserved() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel model = new PackModel(TestCells.pack(cell, 2, 3, 4, 0.0, 0.5), 25.0, 0.9);
        model.setThermalIntervalS(0.5);
        for (int n = 0; n < 4000; n++) {
            model.step(0.5, Control.current(20.0));
        }
        double sensible = 0;
        for (int i = 0; i < model.state().cellCount(); i++) {
            sensible += (model.state().temperatureC(i) - 25.0) * cell.thermal().heatCapacityJPerK();
        }
        EnergyLedger e = model.energy();
        assertEquals(e.heatGeneratedJ(), sensible + e.heatRemovedJ(), 1e-6 * e.heatGeneratedJ(),
                "heat generated = sensible + removed [J]");
    }

    @Test
    void lumpedThermalApproachesSteadyState() {
        // Constant heat at rest is impossible, so check the exponential cooling of a warm cell instead:
        // T(t) - Tamb = (T0 - Tamb)·(1 - hA·dt/mcp)^n for explicit Euler, → exp(-t·hA/mcp).
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel model = new PackModel(PackTopology.singleCell(cell, TestCells.cooling(20.0, 0.0)), 40.0, 0.5);
        model.setAmbientC(25.0);
        model.setThermalIntervalS(1.0);
        for (int n = 0; n < 600; n++) {
            model.step(1.0, Control.rest());
        }
        double ha = 20.0 * cell.thermal().surfaceAreaM2();
        double tau = cell.thermal().heatCapacityJPerK() / ha;
        double expected = 25.0 + 15.0 * Math.exp(-600 / tau);
        assertEquals(expected, model.state().temperatureC(0), 0.01 * 15.0, "cooling curve [degC]");
    }
}
