package org.evtwin.core.store;

import org.evtwin.core.telemetry.PackFrame;

/**
 * Records a live session. {@link #offer} never blocks and never touches the database: frames go to a bounded queue
 * drained by the writer's own thread, which stores them in JDBC batches and commits at least once a second. The
 * key of a frame is its time ({@code PackFrame.timeS()}): a frame whose time was already stored is counted as a
 * duplicate and not stored again (QoS 1 redelivery); one older than the newest stored frame is counted as out of
 * order and not stored. When the queue is full the frame is dropped and counted ({@link WriterStats#dropped()}).
 *
 * <p>Stored channels: pack current, voltage, power and SoC, then per cell voltage, current, temperature, SoC, SoH
 * (when the session has cells). A session can be replayed like an imported data set, also while it records (up to
 * the last commit).
 */
public interface LiveSessionWriter extends AutoCloseable {

    /** The data set id of the session. */
    long sessionId();

    /** Queues a frame; false (and counted) when the queue is full. The frame must not be modified afterwards. */
    boolean offer(PackFrame frame);

    WriterStats stats();

    /** Stores what is queued, builds the history tiers and marks the session {@link DataSetState#CLOSED}. */
    @Override
    void close();
}
