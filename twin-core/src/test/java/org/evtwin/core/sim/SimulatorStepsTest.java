package org.evtwin.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SyntheticCells;
import org.evtwin.core.sim.drive.DriveProfile;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** CC-CV, drive profiles, requests beyond the limits, and cancelling. */
class SimulatorStepsTest {
    private static final double ONE_C = SyntheticCells.CAPACITY_AH;   // A

    private static PackTopology pack(int series, int parallel) {
        return SyntheticCells.pack(SyntheticCells.linear(), 1, series, parallel, 10.0, 0.5);
    }

    @Test
    void constantCurrentThenConstantVoltageEndsBelowTheCutOffCurrent() {
        PackTopology t = pack(2, 3).withSpread(SyntheticCells.spread(11, 0.01, 0.03));
        SimRun run = SimRun.of(t, 0.3, "Charge at 1C until 4.1 V; Hold at 4.1 V until C/20");
        StepOutcome cc = run.step(0);
        StepOutcome cv = run.step(1);
        assertTrue(cc.endReason().startsWith("reached 4.100 V"), cc.endReason());
        assertTrue(cv.endReason().startsWith("current fell to"), cv.endReason());
        double perCell = Math.abs(run.model().state().packCurrentA()) / 3;
        assertTrue(perCell <= ONE_C / 20, "ends at or below C/20 per cell: " + perCell + " A");
        // The current decays by less than 1 % per 1 s step here (τ ≈ R·Q/slope ≈ 140 s), so it stops just below
        assertTrue(perCell > 0.95 * ONE_C / 20, "stops at the first step below C/20: " + perCell + " A");
        double previous = Double.NEGATIVE_INFINITY;
        for (PackFrame f : run.frames()) {
            if (f.timeS() > cc.endS() + 1e-9) {
                assertEquals(4.1, f.maxCellVoltageV(), 1e-9, "held at t = " + f.timeS());
                assertTrue(f.packCurrentA() < 0, "charging");
                assertTrue(f.packCurrentA() >= previous - 1e-12, "charge current tapers");
                previous = f.packCurrentA();
            }
        }
        assertTrue(cv.endS() - cv.startS() > 60, "a real CV phase: " + (cv.endS() - cv.startS()) + " s");
    }

    @Test
    void driveProfileRunsForItsDurationWithPerCellCurrent() {
        DriveProfile profile = SimRun.PROFILES.load("US06-current");
        SimRun run = SimRun.of(pack(2, 3), 0.8, "Run US06-current");
        StepOutcome o = run.step(0);
        assertEquals("duration reached", o.endReason());
        assertEquals(profile.durationS(), o.endS() - o.startS(), 1e-9);
        assertEquals(Math.ceil(profile.durationS()), run.result().solverSteps());
        int checked = 0;
        for (PackFrame f : run.frames().subList(1, run.frames().size())) {
            // the step ending at t applied the profile value at its start, t − 1 s, for each of 3 cells in parallel
            assertEquals(3 * profile.valueAt(profile.startS() + f.timeS() - 1.0), f.packCurrentA(), 1e-12,
                    "t = " + f.timeS());
            checked++;
        }
        assertEquals((int) Math.ceil(profile.durationS()), checked);
    }

    @Test
    void unknownProfileIsRejectedBeforeTheRun() {
        Experiment e = Experiment.parse("Run NOPE");
        TwinException x = org.junit.jupiter.api.Assertions.assertThrows(TwinException.class,
                () -> Simulator.checkProfiles(e, SimRun.PROFILES));
        assertTrue(x.getMessage().contains("unknown drive profile \"NOPE\""), x.getMessage());
    }

    @Test
    void currentBeyondTheCellLimitIsClampedAndReported() {
        CellLimits limits = new CellLimits(2.5, 4.3, -20, 60, 5.0, 2.0, -20, 60);
        PackTopology t = SyntheticCells.pack(SyntheticCells.linear(limits), 1, 1, 2, 10.0, 0.5);
        SimRun run = SimRun.of(t, 0.9, "Discharge at 100C for 10 s");
        StepOutcome o = run.step(0);
        assertEquals("duration reached", o.endReason());
        assertEquals(10, o.limitedSteps());
        assertTrue(o.firstLimit().startsWith("discharge current limit"), o.firstLimit());
        assertTrue(o.firstLimit().endsWith("t = 1.0 s"), o.firstLimit());
        for (PackFrame f : run.frames().subList(1, run.frames().size())) {
            assertEquals(5.0 * ONE_C * 2, f.packCurrentA(), 1e-12, "5C for two cells in parallel");
            assertEquals("DISCHARGE_CURRENT", f.limit());
        }
    }

    @Test
    void powerBeyondWhatTheCellCanGiveEndsTheStepAtTheVoltageFloor() {
        // max power of the synthetic cell at SoC 0.5 is OCV²/(4R) ≈ 3.6²/(4·0.0106) ≈ 300 W
        SimRun run = SimRun.of(pack(1, 1), 0.5, "Discharge at 1000 W for 60 s; Rest for 10 s");
        StepOutcome o = run.step(0);
        assertTrue(o.endReason().startsWith("reached 2.500 V"), o.endReason());
        assertEquals(1.0, o.endS() - o.startS(), 0.0, "the first step already hits the floor");
        assertEquals(2.5, run.frames().get(1).minCellVoltageV(), 1e-9);
        assertTrue(run.frames().get(1).packPowerW() < 1000, "delivered less than asked");
        assertEquals(2, run.result().steps().size(), "the experiment goes on with the next step");
    }

    @Test
    void cancelStopsAtTheNextSolverStepAndSaysSo() {
        AtomicInteger polls = new AtomicInteger();
        SimRun run = SimRun.of(pack(1, 1), 0.8, "Rest for 100 s; Rest for 100 s; Rest for 100 s",
                SimulationSettings.defaults(), () -> polls.incrementAndGet() > 150);
        SimulationResult r = run.result();
        assertTrue(r.cancelled());
        assertEquals(2, r.steps().size(), "the third step never started");
        assertEquals("duration reached", r.steps().get(0).endReason());
        assertEquals("cancelled", r.steps().get(1).endReason());
        assertEquals(150, r.solverSteps());
        assertEquals(150.0, r.endTimeS(), 1e-9);
        assertEquals(150.0, run.last().timeS(), 1e-9);
        assertEquals(151, polls.get(), "polled once per solver step, plus the poll that cancelled");
    }

    @Test
    void uncancelledRunReportsNotCancelled() {
        SimRun run = SimRun.of(pack(1, 1), 0.8, "Rest for 3 s");
        assertEquals(false, run.result().cancelled());
        assertEquals(3.0, run.result().endTimeS(), 1e-12);
    }
}
