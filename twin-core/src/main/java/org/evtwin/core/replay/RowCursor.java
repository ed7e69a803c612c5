package org.evtwin.core.replay;

import org.evtwin.core.telemetry.SampleBlock;

/**
 * Row-by-row view of a {@link SampleCursor} up to a window end: {@link #peek} makes the next row current (without
 * consuming it), {@link #consume} marks it used. A row is read before the next block is fetched, so readers may reuse
 * their block objects.
 */
final class RowCursor implements AutoCloseable {
    private final SampleCursor cursor;
    private final double toS;
    private SampleBlock block;
    private int row = -1;
    private boolean pending;
    private boolean ended;

    RowCursor(SampleCursor cursor, double toS) {
        this.cursor = cursor;
        this.toS = toS;
    }

    /** True if there is a current unconsumed row (fetching the next one if needed) at or before the window end. */
    boolean peek() {
        if (pending) {
            return true;
        }
        if (ended) {
            return false;
        }
        row++;
        while (block == null || row >= block.size()) {
            block = cursor.next();
            row = 0;
            if (block == null) {
                ended = true;
                return false;
            }
        }
        if (block.timeS(row) > toS) {
            ended = true;
            return false;
        }
        pending = true;
        return true;
    }

    void consume() {
        pending = false;
    }

    SampleBlock block() {
        return block;
    }

    int row() {
        return row;
    }

    double timeS() {
        return block.timeS(row);
    }

    @Override
    public void close() {
        cursor.close();
    }
}
