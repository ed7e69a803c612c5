package org.evtwin.core.store;

/**
 * Stores rejected messages without blocking the caller: {@link #offer} queues (bounded; full = dropped and counted),
 * the writer's thread inserts in batches. Closing stores what is queued.
 */
public interface QuarantineWriter extends AutoCloseable {

    /** Queues an entry; false (and counted) when the queue is full. */
    boolean offer(QuarantineEntry entry);

    WriterStats stats();

    @Override
    void close();
}
