package org.evtwin.app.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.whatif.WhatIfEngine;
import org.evtwin.core.whatif.WhatIfInputs;
import org.evtwin.core.whatif.WhatIfResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The view model without a window: a queue stands in for the FX thread and the test thread drains it, so every
 * property is read and written on one thread, as in the app.
 */
class WhatIfViewModelTest {
    private static final PackTopology LEAF = Catalog.pack("leaf-96s2p");
    private static final WhatIfEngine ENGINE = new WhatIfEngine();
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final List<WhatIfInputs> runs = new CopyOnWriteArrayList<>();
    private WhatIfViewModel vm;

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    private WhatIfViewModel started(WhatIfViewModel.Runner runner, long debounceMillis) throws InterruptedException {
        PackModel twin = new PackModel(LEAF, 25.0, 0.3);
        vm = new WhatIfViewModel(LEAF, () -> CompletableFuture.completedFuture(twin.copy()), (f, in, c) -> {
            runs.add(in);
            return runner.run(f, in, c);
        }, fxQueue::add, debounceMillis);
        vm.start();
        pumpUntil(() -> vm.readyProperty().get());
        return vm;
    }

    /** Runs FX tasks on this thread until {@code done} holds (or fails after 20 s). */
    private void pumpUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out waiting on the view model");
            Runnable r = fxQueue.poll(10, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
    }

    private void pumpFor(long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        pumpUntil(() -> System.nanoTime() > end);
    }

    private String figure(String id, boolean whatIf) {
        WhatIfFigure f = vm.figures().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return whatIf ? f.whatIfProperty().get() : f.baselineProperty().get();
    }

    @Test
    void theBaselineArrivesAndSetsTheSliders() throws InterruptedException {
        started(ENGINE::run, 150);
        assertEquals(1, runs.size(), "one baseline run");
        assertEquals(25.0, vm.parameter("ambient").valueProperty().get());
        assertEquals(90.0, vm.parameter("chargeLimit").valueProperty().get());
        assertEquals(50.0, vm.parameter("distance").valueProperty().get());
        assertSame(vm.baselineProperty().get(), vm.whatIfProperty().get());
        assertEquals("30.0 % (present)", figure("start", false));
        // 1C from 30 % to 80 % is 30 min at the rated capacity; the seeded spread (0.5 % capacity σ) and the
        // charge efficiency move it by well under half a minute
        String t80 = figure("t80", false);
        assertTrue(t80.endsWith(" min"), t80);
        assertEquals(30.0, Double.parseDouble(t80.replace(" min", "")), 0.5, t80);
        assertEquals(figure("y80", false), figure("y80", true));
        assertEquals("", vm.reasonProperty().get());
        assertEquals(3, vm.chartsProperty().get().soh().size());
        assertTrue(vm.chartsProperty().get().soh().get(0).size() > 500, "20 years every 14 days");
        assertTrue(vm.statusProperty().get().startsWith("Forked at 0:00:00 of simulated time, pack SoC 30.0 %"));
    }

    @Test
    void rapidChangesAreCoalescedIntoOneRunWithTheLastValues() throws InterruptedException {
        started(ENGINE::run, 150);
        for (int k = 1; k <= 10; k++) {
            vm.parameter("ambient").valueProperty().set(25.0 + k);
        }
        pumpUntil(() -> vm.completedRunsProperty().get() == 1);
        pumpFor(400);
        assertEquals(2, runs.size(), "the baseline and one what-if");
        assertEquals(35.0, runs.get(1).ambientC());
        assertEquals(35.0, vm.whatIfProperty().get().inputs().ambientC());
        assertEquals(1, vm.completedRunsProperty().get());
        assertNotEquals(figure("peak", false), figure("peak", true));
        assertTrue(vm.statusProperty().get().startsWith("What-if computed in "));
    }

    @Test
    void aMoveWithinOneResolutionStepStartsNothing() throws InterruptedException {
        started(ENGINE::run, 20);
        vm.parameter("ambient").valueProperty().set(25.2);   // 0.5 °C resolution: still 25.0
        pumpFor(200);
        assertEquals(1, runs.size());
        assertEquals("25.0 °C", vm.parameter("ambient").textProperty().get());
    }

    @Test
    void resetRestoresTheBaselineWithoutComputing() throws InterruptedException {
        started(ENGINE::run, 20);
        vm.parameter("chargeRate").valueProperty().set(2.0);
        vm.parameter("cooling").valueProperty().set(40);
        pumpUntil(() -> vm.completedRunsProperty().get() == 1);
        assertNotEquals(figure("t80", false), figure("t80", true));
        int before = runs.size();
        vm.reset();
        assertEquals(1.0, vm.parameter("chargeRate").valueProperty().get());
        assertEquals(100.0, vm.parameter("cooling").valueProperty().get());
        assertSame(vm.baselineProperty().get(), vm.whatIfProperty().get());
        assertEquals(figure("t80", false), figure("t80", true));
        assertEquals("Reset to the baseline", vm.statusProperty().get());
        pumpFor(200);
        assertEquals(before, runs.size(), "reset computes nothing");
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aStaleRunIsCancelledAndNeverShown() throws InterruptedException {
        CountDownLatch firstStarted = new CountDownLatch(1);
        AtomicBoolean firstSawCancel = new AtomicBoolean();
        started((fork, in, cancelled) -> {
            if (in.ambientC() == 30.0) {
                firstStarted.countDown();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < end) {
                    if (cancelled.getAsBoolean()) {
                        firstSawCancel.set(true);
                        return ENGINE.run(fork, in, () -> true);   // a CANCELLED result
                    }
                    Thread.onSpinWait();
                }
            }
            return ENGINE.run(fork, in, cancelled);
        }, 20);
        vm.parameter("ambient").valueProperty().set(30.0);
        pumpUntil(() -> firstStarted.getCount() == 0);
        vm.parameter("ambient").valueProperty().set(35.0);
        pumpUntil(() -> vm.completedRunsProperty().get() == 1);
        pumpFor(200);
        assertTrue(firstSawCancel.get(), "the running what-if saw its cancel flag");
        assertEquals(1, vm.completedRunsProperty().get(), "only the newer what-if was shown");
        assertEquals(35.0, vm.whatIfProperty().get().inputs().ambientC());
    }

    @Test
    void combinationsTheCellsCannotMeetShowAnInlineReason() throws InterruptedException {
        started(ENGINE::run, 20);
        vm.parameter("chargeRate").valueProperty().set(3.0);
        pumpUntil(() -> vm.completedRunsProperty().get() == 1);
        assertTrue(vm.reasonProperty().get().startsWith("charge rate 3C is above the cell's 2C limit"),
                vm.reasonProperty().get());
        vm.parameter("chargeRate").valueProperty().set(1.0);
        vm.parameter("ambient").valueProperty().set(-10.0);
        pumpUntil(() -> vm.completedRunsProperty().get() == 2);
        assertTrue(vm.reasonProperty().get().contains("outside the charge temperature window"));
        assertTrue(vm.reasonProperty().get().contains("80 % SoC not reached: no charge current allowed"),
                vm.reasonProperty().get());
        assertEquals("not reached", figure("t80", true));
        vm.parameter("ambient").valueProperty().set(25.0);
        vm.parameter("chargeLimit").valueProperty().set(50.0);
        vm.parameter("windowMin").valueProperty().set(50.0);
        pumpUntil(() -> vm.completedRunsProperty().get() == 3);
        assertEquals(WhatIfResult.Status.INVALID, vm.whatIfProperty().get().status());
        assertTrue(vm.reasonProperty().get().startsWith("windowMinSoc = 0.500: must be below chargeLimitSoc"));
        assertEquals("—", figure("y80", true));
        assertEquals(0, vm.chartsProperty().get().soh().get(1).size(), "no what-if curve for invalid inputs");
    }

    @Test
    void aChangedPickedCellGetsItsOwnCurveAndFigure() throws InterruptedException {
        started(ENGINE::run, 20);
        vm.pickedCellProperty().set(17);
        vm.pickedCellProperty().set(-1);   // nothing picked in 3D
        vm.pickedCellProperty().set(17);
        pumpFor(150);
        assertEquals(1, runs.size(), "with its factors at 100 % the picked cell changes nothing");
        vm.parameter("capacity").valueProperty().set(70);
        pumpUntil(() -> vm.completedRunsProperty().get() >= 1 && vm.whatIfProperty().get().pickedCell() != null);
        assertEquals("cell 17", vm.whatIfProperty().get().pickedCell().subject());
        assertEquals("What-if, cell 17", vm.chartsProperty().get().soh().get(2).name());
        assertEquals("as pack", figure("picked80", false));
        assertTrue(figure("picked80", true).endsWith(" years"), figure("picked80", true));
    }
}
