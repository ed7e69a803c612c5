package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts blocks of one data set in JDBC batches: one {@code sample_block} row and one {@code sample_data} row per
 * channel (channel -1 = time). The batches are sent every {@value #BLOCKS_PER_BATCH} blocks and by {@link #flush()};
 * committing is the caller's business.
 */
final class BlockWriter implements AutoCloseable {
    private static final int BLOCKS_PER_BATCH = 8;
    private final long datasetId;
    private final PreparedStatement block;
    private final PreparedStatement data;
    private int nextBlock;
    private int pending;

    BlockWriter(Connection c, long datasetId, int firstBlockNo) throws SQLException {
        this.datasetId = datasetId;
        this.nextBlock = firstBlockNo;
        this.block = c.prepareStatement("INSERT INTO sample_block (dataset_id, block_no, first_time, last_time,"
                + " row_count) VALUES (?, ?, ?, ?, ?)");
        this.data = c.prepareStatement("INSERT INTO sample_data (dataset_id, channel, block_no, vals)"
                + " VALUES (?, ?, ?, ?)");
    }

    /** Queues the buffer's rows as the next block (the buffer may be cleared afterwards). */
    void write(RowBuffer rows) throws SQLException {
        if (rows.size == 0) {
            return;
        }
        int no = nextBlock++;
        block.setLong(1, datasetId);
        block.setInt(2, no);
        block.setDouble(3, rows.firstTime());
        block.setDouble(4, rows.lastTime());
        block.setInt(5, rows.size);
        block.addBatch();
        addData(-1, no, BlockCodec.encode(rows.times, rows.size));
        for (int c = 0; c < rows.columns.length; c++) {
            addData(c, no, BlockCodec.encode(rows.columns[c], rows.size));
        }
        if (++pending >= BLOCKS_PER_BATCH) {
            flush();
        }
    }

    private void addData(int channel, int blockNo, byte[] vals) throws SQLException {
        data.setLong(1, datasetId);
        data.setInt(2, channel);
        data.setInt(3, blockNo);
        data.setBytes(4, vals);
        data.addBatch();
    }

    /** Sends the queued blocks (block rows first: the data rows reference them). */
    void flush() throws SQLException {
        if (pending > 0) {
            block.executeBatch();
            data.executeBatch();
            pending = 0;
        }
    }

    int blocksWritten() {
        return nextBlock;
    }

    @Override
    public void close() throws SQLException {
        try (block; data) {
            // closes both statements
        }
    }
}
