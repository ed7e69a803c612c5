package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;

/** {@link DataSetImport} in one JDBC transaction on its own connection. */
final class JdbcImport implements DataSetImport {
    private final JdbcDataSetStore store;
    private final Connection connection;
    private final ImportRequest request;
    private final List<Channel> channels;
    private final long id;
    private final RowBuffer buffer;
    private final BlockWriter blocks;
    private final TierBuilder tiers;
    private final PreparedStatement rejectInsert;
    private volatile boolean cancelled;
    private boolean open = true;
    private long rows;
    private int rejectsKept;
    private int rejectsPending;
    private double firstTime = Double.NaN;
    private double lastTime = Double.NaN;

    JdbcImport(JdbcDataSetStore store, Connection connection, ImportRequest request) throws SQLException {
        this.store = store;
        this.connection = connection;
        this.request = request;
        this.channels = request.channels().stream().map(ChannelInfo::channel).toList();
        connection.setAutoCommit(false);
        this.id = DataSetRows.insert(connection, request.name(), DataSetKind.IMPORT, DataSetState.COMPLETE,
                request.originalFileName(), request.sizeBytes(), request.sha256(), request.format(),
                request.mappingJson(), "", request.channels());
        this.buffer = new RowBuffer(channels.size(), RowBuffer.BLOCK_ROWS);
        this.blocks = new BlockWriter(connection, id, 0);
        this.tiers = new TierBuilder(JdbcDataSetStore.tieredChannels(channels));
        this.rejectInsert = connection.prepareStatement("INSERT INTO import_reject (dataset_id, seq, line,"
                + " column_name, raw_value, rule) VALUES (?, ?, ?, ?, ?, ?)");
    }

    @Override
    public void append(SampleBlock block) {
        checkOpen();
        if (!block.channels().equals(channels)) {
            throw new IllegalArgumentException("block channels " + block.channels() + " differ from the import's "
                    + channels);
        }
        int n = block.size();
        double[] t = block.times();
        for (int r = 0; r < n; r++) {
            if (Double.isNaN(t[r]) || t[r] < lastTime) {
                throw new TwinException(request.originalFileName() + ": line " + block.sourceLine(r) + ": time "
                        + (Double.isNaN(t[r]) ? "is missing" : "must not decrease (" + t[r] + " s after " + lastTime
                        + " s)"));
            }
            if (rows + r == 0) {
                firstTime = t[r];
            }
            lastTime = t[r];
        }
        try {
            for (int r = 0; r < n; ) {
                int k = Math.min(n - r, buffer.capacity() - buffer.size);
                System.arraycopy(t, r, buffer.times, buffer.size, k);
                for (int c = 0; c < channels.size(); c++) {
                    System.arraycopy(block.column(c), r, buffer.columns[c], buffer.size, k);
                }
                buffer.size += k;
                r += k;
                if (buffer.isFull()) {
                    writeBuffer();
                }
            }
        } catch (SQLException e) {
            throw store.failure(request.originalFileName() + ": cannot store rows", e);
        }
        rows += n;
    }

    private void writeBuffer() throws SQLException {
        tiers.add(buffer.times, buffer.columns, buffer.size);
        blocks.write(buffer);
        buffer.clear();
        if (cancelled) {
            throw new ImportCancelledException(request.originalFileName());
        }
    }

    @Override
    public void reject(RejectRecord reject) {
        checkOpen();
        if (rejectsKept >= MAX_KEPT_REJECTS) {
            return;
        }
        try {
            rejectInsert.setLong(1, id);
            rejectInsert.setInt(2, rejectsKept++);
            rejectInsert.setLong(3, reject.line());
            rejectInsert.setString(4, reject.column());
            rejectInsert.setString(5, reject.value());
            rejectInsert.setString(6, reject.rule());
            rejectInsert.addBatch();
            if (++rejectsPending == 1000) {
                rejectInsert.executeBatch();
                rejectsPending = 0;
            }
        } catch (SQLException e) {
            throw store.failure(request.originalFileName() + ": cannot store a rejected row", e);
        }
    }

    @Override
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("import already committed or aborted");
        }
        if (cancelled) {
            abort();
            throw new ImportCancelledException(request.originalFileName());
        }
    }

    @Override
    public DataSetInfo commit(long rejectedRows) {
        checkOpen();
        try {
            writeBuffer();
            blocks.flush();
            rejectInsert.executeBatch();
            double base = tiers.write(connection, id);
            DataSetRows.finish(connection, id, DataSetState.COMPLETE, rows, Math.max(rejectedRows, rejectsKept), 0,
                    firstTime, lastTime, base);
            connection.commit();
            open = false;
            DataSetInfo info = DataSetRows.find(connection, id).orElseThrow();
            release();
            return info;
        } catch (SQLException e) {
            abort();
            throw store.failure(request.originalFileName() + ": cannot finish the import", e);
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    @Override
    public void abort() {
        if (!open) {
            return;
        }
        open = false;
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is closed next; an uncommitted transaction never becomes visible.
            JdbcDataSetStore.LOG.warn("rollback of import {} failed: {}", request.originalFileName(), e.getMessage());
        }
        release();
    }

    private void release() {
        try (connection; rejectInsert; blocks) {
            // closes statements and connection
        } catch (SQLException e) {
            JdbcDataSetStore.LOG.warn("closing import {}: {}", request.originalFileName(), e.getMessage());
        }
    }

    @Override
    public void close() {
        abort();
    }
}
