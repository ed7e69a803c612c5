package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.Signal;

/** Reads and writes {@code dataset} and {@code dataset_channel} rows. */
final class DataSetRows {
    private static final String COLUMNS = "id, name, kind, state, source_name, source_bytes, sha256, format,"
            + " mapping_json, created_at, completed_at, accepted_rows, rejected_rows, duplicate_rows, first_time_s,"
            + " last_time_s, vehicle";

    private DataSetRows() {
    }

    /** Inserts a data set row and its channels; returns the id. */
    static long insert(Connection c, String name, DataSetKind kind, DataSetState state, String sourceName,
            long sourceBytes, String sha256, String format, String mappingJson, String vehicle,
            List<ChannelInfo> channels) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset (name, kind, state, source_name,"
                + " source_bytes, sha256, format, mapping_json, vehicle, created_at, accepted_rows, rejected_rows,"
                + " duplicate_rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)", new String[] {"ID"})) {
            ps.setString(1, name);
            ps.setString(2, kind.name());
            ps.setString(3, state.name());
            ps.setString(4, sourceName);
            ps.setLong(5, sourceBytes);
            ps.setString(6, sha256);
            ps.setString(7, format);
            ps.setString(8, mappingJson);
            ps.setString(9, vehicle);
            ps.setObject(10, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_channel (dataset_id, idx, signal, cell,"
                + " unit, source_column, source_unit) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (ChannelInfo ch : channels) {
                ps.setLong(1, id);
                ps.setInt(2, ch.index());
                ps.setString(3, ch.channel().signal().name());
                ps.setInt(4, ch.channel().cell());
                ps.setString(5, ch.unit());
                ps.setString(6, ch.sourceColumn());
                ps.setString(7, ch.sourceUnit());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    /** Records the end of an import or session. */
    static void finish(Connection c, long id, DataSetState state, long accepted, long rejected, long duplicates,
            double firstTime, double lastTime, double tierBase) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE dataset SET state = ?, completed_at = ?,"
                + " accepted_rows = ?, rejected_rows = ?, duplicate_rows = ?, first_time_s = ?, last_time_s = ?,"
                + " tier_base_s = ? WHERE id = ?")) {
            ps.setString(1, state.name());
            ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setLong(3, accepted);
            ps.setLong(4, rejected);
            ps.setLong(5, duplicates);
            setNullable(ps, 6, firstTime);
            setNullable(ps, 7, lastTime);
            setNullable(ps, 8, tierBase);
            ps.setLong(9, id);
            ps.executeUpdate();
        }
    }

    /** Adds rows stored by a live session (visible while it records). */
    static void progress(Connection c, long id, long rows, double firstTime, double lastTime) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE dataset SET accepted_rows = accepted_rows + ?,"
                + " first_time_s = COALESCE(first_time_s, ?), last_time_s = ? WHERE id = ?")) {
            ps.setLong(1, rows);
            ps.setDouble(2, firstTime);
            ps.setDouble(3, lastTime);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    private static void setNullable(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(i, java.sql.Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    static List<DataSetInfo> list(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM dataset ORDER BY id DESC", null);
    }

    static Optional<DataSetInfo> find(Connection c, long id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM dataset WHERE id = ?", id).stream().findFirst();
    }

    static Optional<DataSetInfo> findBySha256(Connection c, String sha256) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM dataset WHERE sha256 = ?", sha256).stream().findFirst();
    }

    /** The tier base width of a data set (NaN when it has no tiers). */
    static double tierBase(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT tier_base_s FROM dataset WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Double.NaN;
                }
                double v = rs.getDouble(1);
                return rs.wasNull() ? Double.NaN : v;
            }
        }
    }

    private static List<DataSetInfo> query(Connection c, String sql, Object parameter) throws SQLException {
        List<DataSetInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new DataSetInfo(id, rs.getString(2), DataSetKind.valueOf(rs.getString(3)),
                            DataSetState.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6),
                            nullToEmpty(rs.getString(7)), rs.getString(8), nullToEmpty(rs.getString(9)),
                            instant(rs.getObject(10, OffsetDateTime.class)),
                            instant(rs.getObject(11, OffsetDateTime.class)), rs.getLong(12), rs.getLong(13),
                            rs.getLong(14), nullableDouble(rs, 15), nullableDouble(rs, 16), rs.getString(17),
                            channels(c, id)));
                }
            }
        }
        return out;
    }

    static List<ChannelInfo> channels(Connection c, long id) throws SQLException {
        List<ChannelInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT idx, signal, cell, source_column, source_unit"
                + " FROM dataset_channel WHERE dataset_id = ? ORDER BY idx")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChannelInfo(rs.getInt(1), new Channel(Signal.valueOf(rs.getString(2)), rs.getInt(3)),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static double nullableDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : v;
    }
}
