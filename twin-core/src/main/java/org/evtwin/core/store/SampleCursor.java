package org.evtwin.core.store;

import java.util.List;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;

/**
 * Reads a stored data set back in time order, block by block, from a start time (replay, export). Values are the
 * stored doubles bit for bit; NaN where a row had no value for a channel. Not thread-safe; close it to release its
 * connection.
 */
public interface SampleCursor extends AutoCloseable {

    /** The data set's channels: the columns of every block returned. */
    List<Channel> channels();

    /**
     * The next rows in time order (at most one stored block, a few thousand rows), or {@code null} after the last.
     * The block is new and owned by the caller. Source line numbers are 0.
     */
    SampleBlock next();

    /** Moves so that the next block starts at the first sample with {@code t >= timeS}. */
    void seek(double timeS);

    @Override
    void close();
}
