package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;

/** {@link SampleCursor} over the stored blocks of one data set, on its own connection. */
final class BlockCursor implements SampleCursor {
    private final JdbcDataSetStore store;
    private final Connection connection;
    private final DataSetInfo info;
    private final List<Channel> channels;
    private final PreparedStatement findBlock;
    private final PreparedStatement readData;
    private int nextBlock = -1;
    private double skipBefore = Double.NEGATIVE_INFINITY;

    BlockCursor(JdbcDataSetStore store, Connection connection, DataSetInfo info) throws SQLException {
        this.store = store;
        this.connection = connection;
        this.info = info;
        this.channels = info.coreChannels();
        this.findBlock = connection.prepareStatement("SELECT block_no FROM sample_block WHERE dataset_id = ?"
                + " AND last_time >= ? ORDER BY last_time, block_no FETCH FIRST 1 ROW ONLY");
        this.readData = connection.prepareStatement("SELECT channel, vals FROM sample_data WHERE dataset_id = ?"
                + " AND block_no = ? ORDER BY channel");
    }

    @Override
    public List<Channel> channels() {
        return channels;
    }

    @Override
    public void seek(double timeS) {
        try {
            findBlock.setLong(1, info.id());
            findBlock.setDouble(2, timeS);
            try (ResultSet rs = findBlock.executeQuery()) {
                nextBlock = rs.next() ? rs.getInt(1) : Integer.MAX_VALUE;
            }
            skipBefore = timeS;
        } catch (SQLException e) {
            throw store.failure("cannot seek in data set " + info.id(), e);
        }
    }

    @Override
    public SampleBlock next() {
        if (nextBlock == Integer.MAX_VALUE) {
            return null;
        }
        try {
            readData.setLong(1, info.id());
            readData.setInt(2, nextBlock);
            double[] times = null;
            double[][] values = new double[channels.size()][];
            try (ResultSet rs = readData.executeQuery()) {
                while (rs.next()) {
                    int ch = rs.getInt(1);
                    double[] v = BlockCodec.decode(rs.getBytes(2));
                    if (ch < 0) {
                        times = v;
                    } else if (ch < values.length) {
                        values[ch] = v;
                    }
                }
            }
            if (times == null) {
                nextBlock = Integer.MAX_VALUE;
                return null;
            }
            nextBlock++;
            int start = 0;
            while (start < times.length && times[start] < skipBefore) {
                start++;
            }
            skipBefore = Double.NEGATIVE_INFINITY;
            if (start == times.length) {
                return next();
            }
            return toBlock(times, values, start);
        } catch (SQLException e) {
            throw store.failure("cannot read data set " + info.id(), e);
        }
    }

    private SampleBlock toBlock(double[] times, double[][] values, int start) {
        int n = times.length - start;
        SampleBlock block = new SampleBlock(channels, n);
        for (int r = 0; r < n; r++) {
            block.addRow(times[start + r], 0);
        }
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                System.arraycopy(values[c], start, block.column(c), 0, n);
            }
        }
        return block;
    }

    @Override
    public void close() {
        try (connection; findBlock; readData) {
            // closes statements and connection
        } catch (SQLException e) {
            JdbcDataSetStore.LOG.warn("closing a cursor on data set {}: {}", info.id(), e.getMessage());
        }
    }
}
