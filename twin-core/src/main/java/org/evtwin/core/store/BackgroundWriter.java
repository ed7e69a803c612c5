package org.evtwin.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded queue drained by one thread of its own: producers call {@link #offer} (never blocks: a full queue drops
 * the item and counts it), the thread hands batches to {@link #store} and calls {@link #tick} at least every
 * {@value #TICK_MS} ms (for time-based flushes). {@link #close()} stores what is queued, then {@link #finish()}.
 *
 * @param <T> queued item
 */
abstract class BackgroundWriter<T> implements AutoCloseable {
    static final long TICK_MS = 100;
    private static final int DRAIN_MAX = 4096;
    private final BlockingQueue<T> queue;
    private final Thread thread;
    private volatile boolean closing;
    final AtomicLong offered = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong written = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong outOfOrder = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    private volatile String lastError = "";

    BackgroundWriter(String name, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    /** Starts the thread (call at the end of the subclass constructor). */
    final void start() {
        thread.start();
    }

    public final boolean offer(T item) {
        offered.incrementAndGet();
        if (closing || !queue.offer(item)) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    public final WriterStats stats() {
        return new WriterStats(offered.get(), dropped.get(), written.get(), duplicates.get(), outOfOrder.get(),
                rejected.get(), failures.get(), queue.size(), lastError);
    }

    private void run() {
        List<T> batch = new ArrayList<>();
        while (true) {
            try {
                T first = queue.poll(TICK_MS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, DRAIN_MAX - 1);
                    guarded(() -> store(batch));
                    batch.clear();
                }
                guarded(this::tick);
                if (closing && queue.isEmpty()) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        guarded(this::finish);
    }

    private void guarded(SqlAction action) {
        try {
            action.run();
        } catch (Exception e) {
            failures.incrementAndGet();
            lastError = e.getMessage() == null ? e.toString() : e.getMessage();
            JdbcDataSetStore.LOG.warn("{}: {}", thread.getName(), lastError);
        }
    }

    /** Stores a batch (on the writer thread). */
    abstract void store(List<T> batch) throws Exception;

    /** Called at least every {@value #TICK_MS} ms on the writer thread. */
    abstract void tick() throws Exception;

    /** Called once on the writer thread after the queue is drained at close. */
    abstract void finish() throws Exception;

    @Override
    public void close() {
        closing = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws Exception;
    }
}
