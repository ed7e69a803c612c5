package org.evtwin.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.SyntheticCells;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.PackState;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.Simulator;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/**
 * The engine thread: publishes every frame, repeats the scenario, runs requests between frames, pauses, reports
 * failures and stops. Waits are upper bounds against a hang, never assertions on speed.
 */
class TwinEngineTest {
    private static final long HANG_MS = 30_000;
    private static final double FAST = 1e12;   // simulated seconds per wall second: no pacing delay

    private static PackModel model() {
        return new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 2, 2, 10, 0.5), 25.0, 0.8);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + HANG_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    private static long sequence(TwinEngine e) {
        LatestFrame.Stamped s = e.latest().get();
        return s == null ? 0 : s.sequence();
    }

    /** Keeps the first {@code limit} frames (the engine may produce millions per second at FAST speed). */
    private static final class FirstFrames {
        final List<PackFrame> frames = new ArrayList<>();
        final int limit;
        volatile int seen;

        FirstFrames(int limit) {
            this.limit = limit;
        }

        synchronized void accept(PackFrame f) {
            if (frames.size() < limit) {
                frames.add(f);
            }
            seen++;
        }

        synchronized List<PackFrame> copy() {
            return List.copyOf(frames);
        }
    }

    @Test
    void publishesTheSimulatorsFramesAndRepeatsTheScenario() throws Exception {
        Experiment experiment = Experiment.parse("Discharge at 1C for 60 s; Rest for 40 s");
        List<PackFrame> direct = new ArrayList<>();
        new Simulator(model(), SimulationSettings.defaults(), new DriveCycleLibrary()).run(experiment, direct::add,
                Simulator.ProgressListener.none(), () -> false);
        FirstFrames got = new FirstFrames(direct.size() + 1);
        TwinEngine engine = new TwinEngine(TwinEngineTest::model, experiment, SimulationSettings.defaults(), FAST,
                e -> { });
        assertNull(engine.latest().get(), "nothing before the first frame");
        engine.addFrameListener(got::accept);
        engine.start();
        await(() -> engine.status().scenarioRuns() >= 2, "two complete runs");
        engine.close();
        await(() -> engine.status().state() == EngineStatus.State.STOPPED, "the engine to stop");
        assertEquals(got.seen, sequence(engine), "every published frame reached the listener, in sequence");
        List<PackFrame> first = got.copy();
        for (int i = 0; i < direct.size(); i++) {
            assertEquals(direct.get(i).timeS(), first.get(i).timeS(), 0.0, "frame " + i);
            assertEquals(direct.get(i).packVoltageV(), first.get(i).packVoltageV(), 0.0, "frame " + i);
            assertArrayEquals(direct.get(i).cellSoc(), first.get(i).cellSoc(), 0.0, "frame " + i);
        }
        PackFrame repeat = first.get(direct.size());
        assertEquals(100.0, repeat.timeS(), 1e-9, "the second run continues from the pack as it is");
        assertThrows(IllegalStateException.class, engine::start, "one start per engine");
    }

    @Test
    void requestsRunOnTheEngineThreadAndForkCopiesThePausedPack() throws Exception {
        try (TwinEngine engine = new TwinEngine(TwinEngineTest::model, Experiment.parse("Discharge at 1C for 1 hour"),
                SimulationSettings.defaults(), FAST, e -> { })) {
            engine.setPaused(true);
            engine.start();
            await(() -> sequence(engine) >= 1, "the first frame");
            Thread.sleep(200);
            assertEquals(1, sequence(engine), "paused after the first frame");
            assertEquals(EngineStatus.State.PAUSED, engine.status().state());
            for (int n = 2; n <= 4; n++) {
                engine.stepOnce();
                long expected = n;
                await(() -> sequence(engine) >= expected, "frame " + n);
            }
            Thread.sleep(200);
            assertEquals(4, sequence(engine), "one frame per stepOnce");
            CompletableFuture<String> thread = new CompletableFuture<>();
            engine.submit(m -> thread.complete(Thread.currentThread().getName()));
            assertEquals("twin-engine", thread.get(HANG_MS, TimeUnit.MILLISECONDS));
            PackModel copy = engine.fork().get(HANG_MS, TimeUnit.MILLISECONDS);
            PackFrame now = engine.latest().get().frame();
            assertEquals(3.0, now.timeS(), 1e-9);
            assertEquals(now.timeS(), copy.state().timeS(), 0.0);
            double[] soc = new double[4];
            copy.state().copy(PackState.Quantity.SOC, soc);
            assertArrayEquals(now.cellSoc(), soc, 0.0, "the fork is the pack as the latest frame shows it");
            copy.step(60.0, org.evtwin.core.physics.Control.rest());
            assertEquals(3.0, engine.latest().get().frame().timeS(), 1e-9, "stepping the fork leaves the twin alone");
            CompletableFuture<PackModel> live = new CompletableFuture<>();
            engine.submit(live::complete);
            assertNotSame(live.get(HANG_MS, TimeUnit.MILLISECONDS), copy);
        }
    }

    @Test
    void resetStartsAgainOnAFreshPack() throws Exception {
        AtomicInteger built = new AtomicInteger();
        FirstFrames got = new FirstFrames(1000);
        try (TwinEngine engine = new TwinEngine(() -> {
            built.incrementAndGet();
            return model();
        }, Experiment.parse("Rest for 1 hour"), SimulationSettings.defaults(), 1.0, e -> { })) {
            engine.setPaused(true);
            engine.addFrameListener(got::accept);
            engine.start();
            engine.stepOnce();
            engine.stepOnce();
            await(() -> sequence(engine) >= 3, "three frames");
            engine.reset();
            await(() -> built.get() == 2, "a second pack");
            await(() -> got.seen >= 4, "frames of the new run");
            List<PackFrame> frames = got.copy();
            assertEquals(0.0, frames.get(0).timeS(), 0.0);
            assertEquals(2.0, frames.get(2).timeS(), 1e-9);
            assertTrue(frames.stream().skip(3).anyMatch(f -> f.timeS() == 0.0), "the new run starts at t = 0");
        }
    }

    @Test
    void aFailingRunIsReportedToOnErrorAndInTheStatus() throws Exception {
        CompletableFuture<Throwable> error = new CompletableFuture<>();
        try (TwinEngine engine = new TwinEngine(() -> {
            PackModel broken = model();
            broken.setCapacityScale(3, 0.0);   // zero capacity: the SoC update divides by zero
            return broken;
        }, Experiment.parse("Discharge at 1C for 10 s"), SimulationSettings.defaults(), FAST, error::complete)) {
            engine.start();
            TwinException e = assertInstanceOf(TwinException.class, error.get(HANG_MS, TimeUnit.MILLISECONDS));
            assertTrue(e.getMessage().contains("non-finite") && e.getMessage().contains("cell 3"), e.getMessage());
            await(() -> engine.status().state() == EngineStatus.State.FAILED, "the failed status");
            assertEquals(e.getMessage(), engine.status().activity());
        }
    }

    @Test
    void speedMustBePositiveAndCloseStopsARealTimeRun() throws Exception {
        TwinEngine engine = new TwinEngine(TwinEngineTest::model, Experiment.parse("Rest for 1 hour"),
                SimulationSettings.defaults(), 1.0, e -> { });
        assertThrows(IllegalArgumentException.class, () -> engine.setSpeed(0.0));
        engine.setSpeed(2.0);
        assertEquals(2.0, engine.speed(), 0.0);
        engine.start();
        await(() -> sequence(engine) >= 1, "the first frame");
        engine.close();
        await(() -> engine.status().state() == EngineStatus.State.STOPPED, "the engine to stop");
        assertTrue(engine.latest().get().frame().timeS() < 3600, "stopped long before the hour");
    }
}
