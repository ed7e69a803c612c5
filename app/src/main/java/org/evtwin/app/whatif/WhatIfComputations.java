package org.evtwin.app.whatif;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.whatif.WhatIfInputs;
import org.evtwin.core.whatif.WhatIfResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background half of the what-if panel: takes the reference fork from the twin, computes the baseline and each
 * what-if on a fresh copy of it on the {@link LatestOnlyWorker}'s single thread, and hands every outcome to the FX
 * thread with one {@code fx.execute}. The reference is only read and written on the worker thread (the twin's own
 * state stays with the twin's thread). A what-if of an older generation stops through its stale flag, and its result
 * is dropped here and again on the FX thread (a newer slider move may arrive in between).
 */
final class WhatIfComputations implements AutoCloseable {
    /** How long the twin may take to hand over a fork [s] (it answers between two frames). */
    static final long FORK_TIMEOUT_S = 10;
    private static final Logger LOG = LoggerFactory.getLogger(WhatIfComputations.class);

    /** Receives the baseline on the FX thread. */
    @FunctionalInterface
    interface BaselineListener {
        /**
         * Called once per fork with the baseline.
         *
         * @param inputs   the baseline's inputs (the twin's present settings, the picked cell unchanged)
         * @param result   the baseline computed on a copy of the reference
         * @param forkedAt when and in what state the twin was forked, and how long the baseline took
         */
        void baselineReady(WhatIfInputs inputs, WhatIfResult result, String forkedAt);
    }

    private final Supplier<CompletableFuture<PackModel>> forks;
    private final WhatIfViewModel.Runner runner;
    private final Executor fx;
    private final LatestOnlyWorker worker;
    private volatile PackModel reference;

    /**
     * @param forks          hands over a fork of the twin (completed on the twin's thread)
     * @param runner         runs one what-if
     * @param fx             the FX thread as an executor
     * @param debounceMillis quiet time before a submitted what-if starts [ms]
     */
    WhatIfComputations(Supplier<CompletableFuture<PackModel>> forks, WhatIfViewModel.Runner runner, Executor fx,
            long debounceMillis) {
        this.forks = forks;
        this.runner = runner;
        this.fx = fx;
        this.worker = new LatestOnlyWorker("what-if", debounceMillis);
    }

    /**
     * Asks the twin for a fork, keeps it as the new reference and computes the baseline for the picked {@code cell}
     * (its factors at 100 %) on the worker thread; the outcome arrives on the FX thread.
     */
    void forkAndBaseline(int cell, BaselineListener ready, Consumer<String> failed) {
        forks.get().orTimeout(FORK_TIMEOUT_S, TimeUnit.SECONDS)
                .whenCompleteAsync((fork, error) -> baselineFrom(fork, error, cell, ready, failed), worker.executor());
    }

    private void baselineFrom(PackModel fork, Throwable error, int cell, BaselineListener ready,
            Consumer<String> failed) {
        if (error != null) {
            fx.execute(() -> failed.accept("The twin did not hand over a fork: " + WhatIfFormat.rootMessage(error)));
            return;
        }
        try {
            reference = fork;
            WhatIfInputs in = WhatIfInputs.baseline(fork).withPickedCell(cell, 1.0, 1.0);
            long t0 = System.nanoTime();
            WhatIfResult result = runner.run(fork.copy(), in, () -> false);
            double ms = (System.nanoTime() - t0) / 1e6;
            String at = String.format(Locale.ROOT, "Forked at %s of simulated time, pack SoC %.1f %%, %.1f °C ambient;"
                    + " baseline in %.0f ms", WhatIfFormat.clock(fork.state().timeS()), 100 * fork.state().packSoc(),
                    fork.ambientC(), ms);
            fx.execute(() -> ready.baselineReady(in, result, at));
        } catch (RuntimeException e) {
            LOG.error("what-if baseline failed", e);
            fx.execute(() -> failed.accept("The baseline could not be computed: " + WhatIfFormat.rootMessage(e)));
        }
    }

    /**
     * Computes the what-if {@code in} after the quiet time unless a newer request or {@link #invalidate()} comes
     * first. {@code shown} gets the result and the computing time [ms] on the FX thread, only while it is the newest
     * request; likewise {@code failed} gets the reason.
     */
    void submit(WhatIfInputs in, ObjDoubleConsumer<WhatIfResult> shown, Consumer<String> failed) {
        worker.submitLatest(gen -> compute(gen, in, shown, failed));
    }

    private void compute(long gen, WhatIfInputs in, ObjDoubleConsumer<WhatIfResult> shown, Consumer<String> failed) {
        PackModel ref = reference;
        if (ref == null) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            WhatIfResult r = runner.run(ref.copy(), in, worker.staleFlag(gen));
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.status() != WhatIfResult.Status.CANCELLED && worker.isCurrent(gen)) {
                fx.execute(() -> {
                    if (worker.isCurrent(gen)) {   // else a newer change is on its way
                        shown.accept(r, ms);
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.error("what-if failed for {}", in, e);
            fx.execute(() -> {
                if (worker.isCurrent(gen)) {
                    failed.accept("The what-if failed: " + WhatIfFormat.rootMessage(e));
                }
            });
        }
    }

    /** Makes every earlier what-if stale: a scheduled one is dropped, a running one stops at its next solver step. */
    void invalidate() {
        worker.invalidate();
    }

    /** Stops the worker thread (a running what-if is cancelled). */
    @Override
    public void close() {
        worker.close();
    }
}
