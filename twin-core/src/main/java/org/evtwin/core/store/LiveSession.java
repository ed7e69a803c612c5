package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.telemetry.PackFrame;
import org.evtwin.core.telemetry.SampleBlock;

/**
 * {@link LiveSessionWriter}: frames become rows of blocks (pack values, then per cell voltage, current, temperature,
 * SoC, SoH grouped by quantity), stored and committed when a block is full or its oldest frame has waited
 * {@value #FLUSH_MS} ms. Keys are frame times; see {@link RecentKeys}.
 *
 * <p>QoS 1 does not keep order on redelivery: a message the broker re-sends after a lost acknowledgement arrives
 * after later ones (seen with Moquette about 10 s late). New frames therefore wait in a reorder buffer for
 * {@link #reorderMs} of wall time before they are released, in time order, to the blocks; only a frame older than
 * what was already released is counted OUT_OF_ORDER and not stored.
 */
final class LiveSession extends BackgroundWriter<PackFrame> implements LiveSessionWriter {
    static final long FLUSH_MS = 1000;
    /** Doubles a live block buffer may hold: fewer rows per block for very wide packs. */
    private static final int BUFFER_DOUBLES = 4 << 20;
    private final JdbcDataSetStore store;
    private final long id;
    private final int cells;
    private final Connection connection;
    private final BlockWriter blocks;
    private final RowBuffer buffer;
    private final double[] row;
    /** How long a frame waits for late ones before it is written [ms of wall time]; tests may set 0. */
    static volatile long reorderMs = 15_000;
    private final RecentKeys keys = new RecentKeys(1 << 16);
    private final java.util.TreeMap<Double, PackFrame> pending = new java.util.TreeMap<>();
    /** (arrival [ns], newest frame time then [s]) for each frame that raised the newest time. */
    private final java.util.ArrayDeque<double[]> horizons = new java.util.ArrayDeque<>();
    private double newestS = Double.NEGATIVE_INFINITY;
    private double releasedS = Double.NEGATIVE_INFINITY;
    private long bufferSince;

    private LiveSession(JdbcDataSetStore store, long id, LiveSessionRequest request) throws SQLException {
        super("live-session-" + id, request.queueCapacity());
        this.store = store;
        this.id = id;
        this.cells = request.cellCount();
        this.connection = store.connection();
        this.connection.setAutoCommit(false);
        this.blocks = new BlockWriter(connection, id, 0);
        int channels = FrameChannels.count(cells);
        this.buffer = new RowBuffer(channels, Math.max(16, Math.min(RowBuffer.BLOCK_ROWS, BUFFER_DOUBLES / channels)));
        this.row = new double[channels];
        start();
    }

    static LiveSession open(JdbcDataSetStore store, LiveSessionRequest request) {
        try (Connection c = store.connection()) {
            long id = DataSetRows.insert(c, request.name(), DataSetKind.LIVE, DataSetState.RECORDING,
                    request.source(), -1, null, "frames", "", request.vehicle(),
                    FrameChannels.of(request.cellCount()));
            return new LiveSession(store, id, request);
        } catch (SQLException e) {
            throw store.failure("cannot open live session \"" + request.name() + "\"", e);
        }
    }

    @Override
    public long sessionId() {
        return id;
    }

    @Override
    void store(List<PackFrame> batch) throws SQLException {
        for (PackFrame f : batch) {
            if (cells > 0 && f.cellCount() != cells) {
                rejected.incrementAndGet();
                continue;
            }
            switch (keys.classify(f.timeS(), releasedS)) {
                case DUPLICATE -> duplicates.incrementAndGet();
                case OUT_OF_ORDER -> outOfOrder.incrementAndGet();
                case NEW -> {
                    pending.put(f.timeS(), f);
                    if (f.timeS() > newestS) {
                        newestS = f.timeS();
                        horizons.addLast(new double[] {System.nanoTime(), newestS});
                    }
                }
            }
        }
        release(false);
    }

    @Override
    void tick() throws SQLException {
        release(false);
        if (buffer.size > 0 && System.nanoTime() - bufferSince >= FLUSH_MS * 1_000_000) {
            flush();
        }
    }

    /** Moves the frames that waited long enough (all of them at the end) to the block buffer, in time order. */
    private void release(boolean all) throws SQLException {
        double horizon = releasedS;
        long now = System.nanoTime();
        while (!horizons.isEmpty() && (all || now - (long) horizons.peekFirst()[0] >= reorderMs * 1_000_000)) {
            horizon = Math.max(horizon, horizons.pollFirst()[1]);
        }
        if (horizon <= releasedS && !all) {
            return;
        }
        var ready = all ? pending : pending.headMap(horizon, true);
        for (PackFrame f : ready.values()) {
            if (buffer.size == 0) {
                bufferSince = now;
            }
            FrameChannels.fill(f, cells, row);
            buffer.add(f.timeS(), row);
            if (buffer.isFull()) {
                flush();
            }
        }
        ready.clear();
        releasedS = Math.max(horizon, all ? newestS : horizon);
    }

    private void flush() throws SQLException {
        int n = buffer.size;
        try {
            DataSetRows.progress(connection, id, n, buffer.firstTime(), buffer.lastTime());
            blocks.write(buffer);
            blocks.flush();
            connection.commit();
            written.addAndGet(n);
        } catch (SQLException e) {
            connection.rollback();
            throw store.failure("live session " + id + ": cannot store " + n + " frame(s); they are lost", e);
        } finally {
            buffer.clear();
        }
    }

    @Override
    void finish() throws SQLException {
        try (connection; blocks) {
            release(true);
            if (buffer.size > 0) {
                flush();
            }
            complete(store, connection, id, DataSetState.CLOSED, duplicates.get());
            connection.commit();
        }
    }

    /** Builds the tiers from the stored blocks and records the final state and counts. */
    static void complete(JdbcDataSetStore store, Connection c, long id, DataSetState state, long duplicateRows)
            throws SQLException {
        DataSetInfo info = DataSetRows.find(c, id).orElseThrow();
        TierBuilder tiers = new TierBuilder(JdbcDataSetStore.tieredChannels(info.coreChannels()));
        long rows = 0;
        double first = Double.NaN;
        double last = Double.NaN;
        try (SampleCursor cursor = new BlockCursor(store, store.connection(), info)) {
            cursor.seek(Double.NEGATIVE_INFINITY);
            double[][] columns = new double[info.channels().size()][];
            for (SampleBlock b; (b = cursor.next()) != null; ) {
                for (int ch = 0; ch < columns.length; ch++) {
                    columns[ch] = b.column(ch);
                }
                tiers.add(b.times(), columns, b.size());
                first = rows == 0 ? b.timeS(0) : first;
                last = b.timeS(b.size() - 1);
                rows += b.size();
            }
        }
        double base = tiers.write(c, id);
        DataSetRows.finish(c, id, state, rows, 0, duplicateRows, first, last, base);
    }

    /** Closes sessions left RECORDING by a process that died; returns how many. */
    static int closeInterrupted(JdbcDataSetStore store) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM dataset WHERE state = ?")) {
            ps.setString(1, DataSetState.RECORDING.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            c.setAutoCommit(false);
            for (long id : ids) {
                complete(store, c, id, DataSetState.INTERRUPTED, 0);
                c.commit();
            }
        }
        return ids.size();
    }
}
