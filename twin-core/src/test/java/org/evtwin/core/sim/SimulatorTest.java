package org.evtwin.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SyntheticCells;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** The simulator: determinism, exact events and durations, per-cell scaling of experiment values. */
class SimulatorTest {
    private static final double Q = SyntheticCells.CAPACITY_AH * 3600;

    private static PackTopology single() {
        return SyntheticCells.pack(SyntheticCells.linear(), 1, 1, 1, 10.0, 0.5);
    }

    private static PackTopology pack2s3p(long seed) {
        return SyntheticCells.pack(SyntheticCells.linear(), 1, 2, 3, 10.0, 0.5)
                .withSpread(SyntheticCells.spread(seed, 0.01, 0.03));
    }

    @Test
    void sameTopologySeedAndExperimentGiveIdenticalFrames() {
        String experiment = "Discharge at 1C for 10 min; Rest for 5 min\nCharge at 0.5C until 4.1 V\n"
                + "Hold at 4.1 V until C/10";
        SimRun a = SimRun.of(pack2s3p(7), 0.9, experiment);
        SimRun b = SimRun.of(pack2s3p(7), 0.9, experiment);
        assertTrue(a.frames().size() > 1000, "a real run: " + a.frames().size());
        SimRun.assertSameFrames(a.frames(), b.frames());
        assertEquals(a.result(), b.result());
        SimRun other = SimRun.of(pack2s3p(8), 0.9, experiment);
        assertThrows(AssertionError.class, () -> SimRun.assertSameFrames(a.frames(), other.frames()),
                "another seed gives another pack");
    }

    /** Terminal voltage of the synthetic cell under constant discharge current from SoC 1 (closed form). */
    private static double voltageAt(double t, double amps) {
        return SyntheticCells.ocv(1.0 - amps * t / Q) - amps * (SyntheticCells.R0_OHM
                + SyntheticCells.R1_OHM * (1 - Math.exp(-t / (SyntheticCells.R1_OHM * SyntheticCells.C1_F)))
                + SyntheticCells.R2_OHM * (1 - Math.exp(-t / (SyntheticCells.R2_OHM * SyntheticCells.C2_F))));
    }

    @Test
    void constantCurrentDischargeStopsExactlyAtTheCutOff() {
        SimRun run = SimRun.of(single(), 1.0, "Discharge at 1C until 3.2 V");
        StepOutcome o = run.step(0);
        assertTrue(o.endReason().contains("reached"), o.endReason());
        assertEquals(3.2, run.model().state().minCellVoltageV(), 1e-6);
        for (PackFrame f : run.frames()) {
            assertTrue(f.minCellVoltageV() >= 3.2 - 1e-9, "no overshoot at t = " + f.timeS());
        }
        // Closed-form crossing time t*; the step that crosses it is held on 3.2 V, so the run ends at ⌈t*⌉
        double lo = 0;
        double hi = 3600;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (voltageAt(mid, 2.0) > 3.2) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertTrue(o.endS() >= lo && o.endS() < lo + 1.0 + 1e-9, "end " + o.endS() + " s vs crossing " + lo + " s");
        assertEquals(Math.ceil(lo), o.endS(), 1e-9);
    }

    @Test
    void packWithSpreadStopsWithItsLowestCellOnTheCutOff() {
        SimRun run = SimRun.of(pack2s3p(7), 1.0, "Discharge at 1C until 3.2 V");
        assertTrue(run.step(0).endReason().startsWith("reached 3.200 V"), run.step(0).endReason());
        assertEquals(3.2, run.last().minCellVoltageV(), 1e-6);
        assertTrue(run.last().maxCellVoltageV() > 3.2 + 1e-4, "the other group is not on the limit");
    }

    @Test
    void durationStepsEndExactlyOnTime() {
        SimulationSettings settings = SimulationSettings.defaults().withStep(0.3).withOutputInterval(1.0);
        SimRun run = SimRun.of(single(), 0.8, "Rest for 10 s; Discharge at 0.5C for 95.5 s", settings, () -> false);
        StepOutcome rest = run.step(0);
        StepOutcome discharge = run.step(1);
        assertEquals(10.0, rest.endS() - rest.startS(), 1e-9);
        assertEquals(95.5, discharge.endS() - discharge.startS(), 1e-9);
        assertEquals(105.5, run.result().endTimeS(), 1e-9);
        assertEquals("duration reached", discharge.endReason());
        assertEquals(34 + 319, run.result().solverSteps(), "⌈10/0.3⌉ + ⌈95.5/0.3⌉ steps, the last ones shortened");
        assertEquals(105.5, run.last().timeS(), 1e-9);
        // 1C = 2 A here; the charge taken is exactly 0.5C for 95.5 s
        assertEquals(0.8 - 1.0 * 95.5 / Q, run.model().state().soc(0), 1e-12);
    }

    @Test
    void framesComeAtTheIntervalAndAtEveryStepBoundary() {
        SimRun run = SimRun.of(single(), 0.8, "Rest for 10 s; Rest for 5 s");
        // initial frame and one per second; the step ends fall on a frame time and are not repeated
        assertEquals(1 + 15, run.frames().size());
        for (int i = 1; i < run.frames().size(); i++) {
            assertTrue(run.frames().get(i).timeS() > run.frames().get(i - 1).timeS(), "times strictly increase");
        }
        assertEquals(run.frames().size(), run.result().frames());
        assertEquals(15, run.result().solverSteps());
    }

    @Test
    void experimentValuesArePerCell() {
        String experiment = "Discharge at 1C for 60 s; Discharge at 5 W for 60 s; Discharge at 1.5 A for 30 s";
        SimRun one = SimRun.of(SyntheticCells.pack(SyntheticCells.linear(), 1, 1, 1, 10, 0.5), 0.8, experiment);
        SimRun six = SimRun.of(SyntheticCells.pack(SyntheticCells.linear(), 1, 2, 3, 10, 0.5), 0.8, experiment);
        assertEquals(one.frames().size(), six.frames().size());
        int checked = 0;
        for (int i = 1; i < one.frames().size(); i++) {
            PackFrame a = one.frames().get(i);
            PackFrame b = six.frames().get(i);
            double t = a.timeS();
            if (t <= 60 + 1e-9) {
                assertEquals(2.0, a.packCurrentA(), 0.0, "1C of a 2 Ah cell");
                assertEquals(3 * a.packCurrentA(), b.packCurrentA(), 0.0, "three cells in parallel");
                assertEquals(2 * a.packVoltageV(), b.packVoltageV(), 1e-12, "two groups in series");
            } else if (t <= 120 + 1e-9) {
                assertEquals(5.0, a.packPowerW(), 1e-9);
                assertEquals(6 * 5.0, b.packPowerW(), 1e-9, "six cells at 5 W each");
            } else {
                assertEquals(1.5, a.packCurrentA(), 0.0);
                assertEquals(4.5, b.packCurrentA(), 0.0);
            }
            assertEquals(a.cellCurrentA()[0], b.cellCurrentA()[5], 1e-12, "identical cells carry the same current");
            checked++;
        }
        assertEquals(150, checked, "one frame per second; the step ends fall on a second and are not repeated");
    }
}
