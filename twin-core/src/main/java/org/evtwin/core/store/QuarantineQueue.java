package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** {@link QuarantineWriter}: batched inserts into {@code quarantine} on the writer's thread. */
final class QuarantineQueue extends BackgroundWriter<QuarantineEntry> implements QuarantineWriter {
    private final JdbcDataSetStore store;
    private final Connection connection;
    private final PreparedStatement insert;

    QuarantineQueue(JdbcDataSetStore store, int capacity) {
        super("quarantine-writer", capacity);
        this.store = store;
        try {
            this.connection = store.connection();
            this.connection.setAutoCommit(false);
            this.insert = connection.prepareStatement("INSERT INTO quarantine (received_at, source, vehicle, reason,"
                    + " payload, original_size) VALUES (?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            throw store.failure("cannot open the quarantine", e);
        }
        start();
    }

    @Override
    void store(List<QuarantineEntry> batch) throws SQLException {
        try {
            for (QuarantineEntry q : batch) {
                insert.setObject(1, q.receivedAt().atOffset(ZoneOffset.UTC));
                insert.setString(2, cut(q.source(), 1000));
                insert.setString(3, cut(q.vehicle(), 200));
                insert.setString(4, cut(q.reason(), 2000));
                insert.setBytes(5, q.payload());
                insert.setInt(6, q.originalSize());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            written.addAndGet(batch.size());
        } catch (SQLException e) {
            connection.rollback();
            throw store.failure("cannot store " + batch.size() + " quarantined message(s)", e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    @Override
    void tick() {
        // every batch is committed as it is stored
    }

    @Override
    void finish() throws SQLException {
        try (connection; insert) {
            // closes the statement and the connection
        }
    }

    static List<QuarantineRecord> read(JdbcDataSetStore store, int limit) {
        List<QuarantineRecord> out = new ArrayList<>();
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement("SELECT id, received_at,"
                + " source, vehicle, reason, payload, original_size FROM quarantine ORDER BY id DESC"
                + " FETCH FIRST ? ROWS ONLY")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuarantineRecord(rs.getLong(1), new QuarantineEntry(
                            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBytes(6), rs.getInt(7))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw store.failure("cannot read the quarantine", e);
        }
    }
}
