package org.evtwin.core.replay;

import org.evtwin.core.telemetry.SampleBlock;

/** Blocks of a {@link RecordingReader}, in time order; one thread uses a cursor. */
public interface SampleCursor extends AutoCloseable {

    /**
     * The next non-empty block, or null at the end. The reader may reuse the block object on the next call: the
     * replay reads a block's rows before asking for the next one.
     */
    SampleBlock next();

    /** Releases what the cursor holds (a JDBC result set); no exception for an already closed cursor. */
    @Override
    void close();
}
