package org.evtwin.app.whatif;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * One background thread that only cares about the newest request. Each request gets a generation number; a newer
 * request makes all older ones stale: a scheduled one is dropped, a running one sees {@link #staleFlag} turn true
 * and should stop at its next check. The same thread is the debounce timer and the worker, so requests never run
 * concurrently. {@link #submitLatest}, {@link #invalidate} are called from one thread (the FX thread).
 */
final class LatestOnlyWorker implements AutoCloseable {
    private final ScheduledExecutorService executor;
    private final AtomicLong generation = new AtomicLong();
    private final long delayMillis;
    private ScheduledFuture<?> pending;

    /**
     * @param threadName  name of the daemon thread
     * @param delayMillis quiet time before a submitted task starts [ms]
     */
    LatestOnlyWorker(String threadName, long delayMillis) {
        this.delayMillis = delayMillis;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Makes every earlier request stale (drops a scheduled one) and returns the new generation. */
    long invalidate() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        return generation.incrementAndGet();
    }

    /**
     * Runs {@code task} with a new generation after the quiet time, unless another request comes first; every
     * earlier request becomes stale now.
     */
    void submitLatest(LongConsumer task) {
        long gen = invalidate();
        pending = executor.schedule(() -> {
            if (isCurrent(gen)) {
                task.accept(gen);
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Whether {@code gen} is still the newest request. */
    boolean isCurrent(long gen) {
        return generation.get() == gen;
    }

    /** A cancel flag for a task of generation {@code gen}: true once a newer request exists. */
    BooleanSupplier staleFlag(long gen) {
        return () -> generation.get() != gen;
    }

    /** The worker thread as an executor (tasks run in order with the scheduled ones). */
    Executor executor() {
        return executor;
    }

    /** Stops the thread; a running task sees itself stale. */
    @Override
    public void close() {
        generation.incrementAndGet();
        executor.shutdownNow();
    }
}
