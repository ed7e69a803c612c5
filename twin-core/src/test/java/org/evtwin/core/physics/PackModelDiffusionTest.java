package org.evtwin.core.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackTopology;
import org.junit.jupiter.api.Test;

/**
 * The diffusion lag in the solver against closed-form answers on the linear test cell (OCV = OCV0 + S·z_s,
 * z_s = z − Δz, dΔz/dt = (k·τ_d·I/Q − Δz)/τ_d): exact discretisation plus the implicit OCV term leave only rounding.
 */
class PackModelDiffusionTest {
    private static final double Q = TestCells.CAPACITY_AH * 3600;
    private static final double STEADY = TestCells.GAIN_D * TestCells.TAU_D;   // k·τ_d [s]

    private static PackModel singleCell(double soc) {
        CellParameters cell = TestCells.linearCellWithDiffusion(TestCells.R0, 1.0);
        PackModel model = new PackModel(PackTopology.singleCell(cell, TestCells.cooling(0.0, 0.0)), 25.0, soc);
        model.setRefreshIntervalS(0);
        return model;
    }

    private static double branch(double current, double r, double c, double t) {
        return current * r * (1 - Math.exp(-t / (r * c)));
    }

    @Test
    void constantCurrentLagAndVoltageMatchClosedForm() {
        double current = 4.0;
        PackModel model = singleCell(0.9);
        double worstV = 0;
        double worstLag = 0;
        for (int n = 1; n <= 2400; n++) {
            model.step(0.5, Control.current(current));
            double t = n * 0.5;
            double lag = STEADY * current / Q * (1 - Math.exp(-t / TestCells.TAU_D));
            double z = 0.9 - current * t / Q;
            double expected = TestCells.OCV0 + TestCells.OCV_SLOPE * (z - lag) - current * TestCells.R0
                    - branch(current, TestCells.R1, TestCells.C1, t) - branch(current, TestCells.R2, TestCells.C2, t);
            worstV = Math.max(worstV, Math.abs(model.state().cellVoltageV(0) - expected));
            worstLag = Math.max(worstLag, Math.abs(model.state().diffusionLag(0) - lag));
            assertEquals(z, model.state().soc(0), 1e-12, "bulk SoC is coulomb counted");
        }
        assertEquals(0.0, worstV, 1e-9, "max |V - closed form| [V]");
        assertEquals(0.0, worstLag, 1e-12, "max |lag - closed form|");
        // 4 τ_d into the step the lag is within 2 % of its steady state k·τ_d·I/Q
        assertEquals(STEADY * current / Q, model.state().diffusionLag(0), 0.02 * STEADY * current / Q);
        assertEquals(model.state().soc(0) - model.state().diffusionLag(0), model.state().surfaceSoc(0), 1e-15);
    }

    @Test
    void lagRelaxesAfterAPulseWithItsTimeConstant() {
        PackModel model = singleCell(0.5);
        double current = 10.0;
        double pulse = 60.0;
        for (int n = 0; n < 600; n++) {
            model.step(0.1, Control.current(current));
        }
        double lag0 = STEADY * current / Q * (1 - Math.exp(-pulse / TestCells.TAU_D));
        double v1 = branch(current, TestCells.R1, TestCells.C1, pulse);
        double v2 = branch(current, TestCells.R2, TestCells.C2, pulse);
        double z = 0.5 - current * pulse / Q;
        assertEquals(lag0, model.state().diffusionLag(0), 1e-12);
        for (int n = 1; n <= 1200; n++) {
            model.step(1.0, Control.rest());
            double lag = lag0 * Math.exp(-n / TestCells.TAU_D);
            double expected = TestCells.OCV0 + TestCells.OCV_SLOPE * (z - lag)
                    - v1 * Math.exp(-n / (TestCells.R1 * TestCells.C1))
                    - v2 * Math.exp(-n / (TestCells.R2 * TestCells.C2));
            assertEquals(expected, model.state().cellVoltageV(0), 1e-9, "relaxation at t=" + n + " s");
            assertEquals(z, model.state().soc(0), 1e-12, "no charge moves at rest");
        }
        // the equilibrium OCV the cell relaxes to is that of the bulk SoC
        assertEquals(TestCells.OCV0 + TestCells.OCV_SLOPE * z, model.ocvV(0), 1e-12);
    }

    @Test
    void energyBalanceClosesWithTheLag() {
        PackModel model = singleCell(0.95);
        double[] demand = {6.0, -3.0, 0.0, 8.0, 1.0};
        for (int n = 0; n < 5000; n++) {
            model.step(0.2, Control.current(demand[(n / 400) % demand.length]));
        }
        double z = model.state().soc(0);
        assertTrue(model.state().diffusionLag(0) != 0, "the lag moved");
        double stored = Q * (stored(0.95) - stored(z));
        EnergyLedger e = model.energy();
        assertEquals(stored, e.chemicalReleasedJ(), 1e-9 * Math.abs(stored) + 1e-6, "chemical vs Q·∫OCV(z) dz [J]");
        assertEquals(e.chemicalReleasedJ(), e.cellTerminalJ() + e.heatGeneratedJ() - e.reversibleHeatJ(), 1e-6,
                "chemical = delivered + irreversible heat [J]");
        // the diffusion overpotential is dissipated: more heat than the same cell without the lag
        PackModel plain = new PackModel(PackTopology.singleCell(TestCells.linearCell(TestCells.R0, 1.0),
                TestCells.cooling(0.0, 0.0)), 25.0, 0.95);
        for (int n = 0; n < 5000; n++) {
            plain.step(0.2, Control.current(demand[(n / 400) % demand.length]));
        }
        assertTrue(e.heatGeneratedJ() > plain.energy().heatGeneratedJ(), "lag adds heat");
    }

    private static double stored(double z) {
        return TestCells.OCV0 * z + 0.5 * TestCells.OCV_SLOPE * z * z;
    }

    @Test
    void voltageFloorIsMetExactlyWithTheLag() {
        PackModel model = singleCell(0.2);
        double floor = 3.1;
        LimitReason last = LimitReason.NONE;
        for (int n = 0; n < 5000 && last != LimitReason.CELL_VOLTAGE_MIN; n++) {
            last = model.step(1.0, Control.Mode.CURRENT, 20.0, floor, Double.NaN);
        }
        assertEquals(LimitReason.CELL_VOLTAGE_MIN, last);
        assertEquals(floor, model.state().cellVoltageV(0), 1e-9, "floor met at the end of the step");
        assertTrue(model.state().cellCurrentA(0) < 20.0);
    }

    @Test
    void identicalParallelCellsEachFollowTheSingleCellAnswer() {
        CellParameters cell = TestCells.linearCellWithDiffusion(TestCells.R0, 1.0);
        PackModel pack = new PackModel(TestCells.pack(cell, 1, 2, 3, 0.0, 0.0), 25.0, 0.8);
        pack.setRefreshIntervalS(0);
        PackModel single = singleCell(0.8);
        for (int n = 0; n < 900; n++) {
            double demand = n < 600 ? 4.0 : 0.0;
            pack.step(1.0, Control.current(3 * demand));
            single.step(1.0, Control.current(demand));
            for (int i = 0; i < pack.state().cellCount(); i++) {
                assertEquals(single.state().diffusionLag(0), pack.state().diffusionLag(i), 1e-13);
                assertEquals(single.state().cellVoltageV(0), pack.state().cellVoltageV(i), 1e-9);
            }
        }
    }

    @Test
    void unequalParallelCellsExchangeChargeWhileTheLagRelaxes() {
        CellParameters cell = TestCells.linearCellWithDiffusion(TestCells.R0, 1.0);
        PackModel pack = new PackModel(TestCells.pack(cell, 1, 1, 2, 0.0, 0.0), 25.0, 0.8);
        pack.setCapacityScale(1, 0.7);   // the small cell's lag is larger at the same current
        for (int n = 0; n < 600; n++) {
            pack.step(1.0, Control.current(8.0));
        }
        pack.step(1.0, Control.rest());
        PackState s = pack.state();
        assertEquals(0.0, s.cellCurrentA(0) + s.cellCurrentA(1), 1e-12, "KCL at rest");
        assertTrue(Math.abs(s.cellCurrentA(0)) > 1e-3, "the relaxing lag drives a balancing current");
    }

    @Test
    void cellsWithoutLagParametersKeepZeroLag() {
        PackModel model = new PackModel(PackTopology.singleCell(TestCells.linearCell(TestCells.R0, 1.0),
                TestCells.cooling(0.0, 0.0)), 25.0, 0.9);
        for (int n = 0; n < 100; n++) {
            model.step(1.0, Control.current(5.0));
        }
        assertEquals(0.0, model.state().diffusionLag(0), 0.0);
    }
}
