package org.evtwin.core.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.junit.jupiter.api.Test;

/** Kirchhoff's laws, current sharing, and BMS limits. */
class PackCircuitTest {

    @Test
    void parallelCellsShareCurrentInverselyToResistance() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel model = new PackModel(TestCells.pack(cell, 1, 1, 2, 0.0, 0.0), 25.0, 0.5);
        model.scaleResistance(1, 2.0);   // cell 1: every resistance doubled
        double dt = 1e-3;
        model.step(dt, Control.current(10.0));
        // At t = 0+ both cells sit at the same OCV and relaxed RC branches: I_k ∝ 1/R_k,step with the
        // implicit OCV term R_ocv = slope·dt/Q. Circuit solution for two resistors in parallel:
        double rOcv = TestCells.OCV_SLOPE * dt / (TestCells.CAPACITY_AH * 3600);
        double ra = rStep(1.0, dt) + rOcv;
        double rb = rStep(2.0, dt) + rOcv;
        double expectedA = 10.0 * rb / (ra + rb);
        assertEquals(expectedA, model.state().cellCurrentA(0), 1e-9);
        assertEquals(10.0 - expectedA, model.state().cellCurrentA(1), 1e-9);
    }

    private static double rStep(double scale, double dt) {
        double r1 = TestCells.R1 * scale;
        double r2 = TestCells.R2 * scale;
        return TestCells.R0 * scale + r1 * (1 - Math.exp(-dt / (r1 * TestCells.C1)))
                + r2 * (1 - Math.exp(-dt / (r2 * TestCells.C2)));
    }

    @Test
    void kirchhoffSumsHoldEveryStepAndSocDiverges() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel model = new PackModel(TestCells.pack(cell, 2, 2, 3, 0.0002, 0.0), 25.0, 0.8);
        model.scaleResistance(4, 1.5);
        model.setCapacityScale(7, 0.9);
        PackState s = model.state();
        for (int n = 0; n < 2000; n++) {
            double demand = 12.0 * Math.sin(n * 0.01);
            model.step(1.0, Control.current(demand));
            double sumGroups = 0;
            for (int g = 0; g < s.groupCount(); g++) {
                double sum = 0;
                for (int i = g * 3; i < g * 3 + 3; i++) {
                    sum += s.cellCurrentA(i);
                    assertEquals(s.groupVoltageV(g), s.cellVoltageV(i), 0.0, "cells in a group share voltage");
                }
                assertEquals(demand, sum, 1e-9, "KCL in group " + g);
                sumGroups += s.groupVoltageV(g);
            }
            assertEquals(sumGroups - demand * 0.0002 * 3, s.packVoltageV(), 1e-9, "KVL");
        }
        assertTrue(Math.abs(s.soc(4) - s.soc(3)) > 1e-4, "unequal cells diverge in SoC");
        assertTrue(s.soc(7) < s.soc(6), "the smaller cell is emptier after net discharge");
    }

    @Test
    void powerControlDeliversRequestedPower() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel model = new PackModel(TestCells.pack(cell, 4, 6, 2, 0.0001, 0.0), 25.0, 0.9);
        for (double p : new double[] {300.0, -150.0, 40.0}) {
            model.step(1.0, Control.power(p));
            assertEquals(p, model.state().packPowerW(), 1e-9 * Math.abs(p));
        }
    }

    @Test
    void unreachablePowerIsClampedWithReason() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel model = new PackModel(TestCells.pack(cell, 1, 1, 1, 0.0, 0.0), 25.0, 0.9);
        LimitReason reason = model.step(1.0, Control.power(1e6));
        assertTrue(reason == LimitReason.POWER_UNREACHABLE || reason == LimitReason.CELL_VOLTAGE_MIN
                || reason == LimitReason.DISCHARGE_CURRENT, reason.toString());
        assertTrue(model.state().packPowerW() < 1e6);
    }

    @Test
    void dischargeStopsExactlyAtVoltageFloorWithoutOvershoot() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel model = new PackModel(TestCells.pack(cell, 1, 2, 2, 0.0, 0.0), 25.0, 0.3);
        model.setCapacityScale(3, 0.8);
        Control control = Control.current(8.0).withCellVoltageWindow(3.2, Double.NaN);
        LimitReason reason = LimitReason.NONE;
        int n = 0;
        while (reason == LimitReason.NONE && n++ < 100_000) {
            reason = model.step(1.0, control);
            assertTrue(model.state().minCellVoltageV() >= 3.2 - 1e-9, "no overshoot below the floor");
        }
        assertEquals(LimitReason.CELL_VOLTAGE_MIN, reason);
        assertEquals(3.2, model.state().minCellVoltageV(), 1e-9);
    }

    @Test
    void cvHoldKeepsHighestGroupAtSetPointAndCurrentTapers() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel model = new PackModel(TestCells.pack(cell, 1, 2, 1, 0.0, 0.0), 25.0, 0.9);
        double previous = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < 600; n++) {
            model.step(1.0, Control.cellVoltageHold(4.15));
            assertEquals(4.15, model.state().maxCellVoltageV(), 1e-9);
            double i = model.state().packCurrentA();
            assertTrue(i < 0, "charging");
            if (n > 0) {
                assertTrue(i >= previous - 1e-12, "charge current magnitude tapers");
            }
            previous = i;
        }
    }

    @Test
    void nonFiniteStateStopsTheRunNamingTheCell() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel model = new PackModel(TestCells.pack(cell, 1, 2, 2, 0.0, 0.0), 25.0, 0.5);
        model.setCapacityScale(3, 0.0);   // zero capacity: SoC update divides by zero
        TwinException e = assertThrows(TwinException.class, () -> {
            for (int n = 0; n < 3; n++) {
                model.step(1.0, Control.current(1.0));
            }
        });
        assertTrue(e.getMessage().contains("cell 3"), e.getMessage());
        assertTrue(e.getMessage().contains("t = "), e.getMessage());
    }
}
