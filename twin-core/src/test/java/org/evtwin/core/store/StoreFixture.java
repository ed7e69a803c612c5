package org.evtwin.core.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;
import org.evtwin.core.telemetry.Signal;

/** A store in a temporary folder and a fingerprint of every table (to prove that a failure changed nothing). */
final class StoreFixture {
    static final List<String> TABLES = List.of("dataset", "dataset_channel", "sample_block", "sample_data",
            "history_tier", "import_reject", "quarantine", "replay_bookmark");

    private StoreFixture() {
    }

    static DatabaseLocation location(Path dir) {
        return DatabaseLocation.embeddedFile(dir.resolve("twin"));
    }

    /** Table name → "rows:sha256 of all values in key order". */
    static Map<String, String> fingerprint(DatabaseLocation where) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(where.jdbcUrl())) {
            for (String table : TABLES) {
                out.put(table, fingerprint(c, table));
            }
        }
        return out;
    }

    private static String fingerprint(Connection c, String table) throws SQLException, Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        long rows = 0;
        // Table names come from the constant list above, never from input.
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " ORDER BY 1, 2, 3");
                ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    md.update(v instanceof byte[] b ? b
                            : (rs.getString(i) + "|").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return rows + ":" + java.util.HexFormat.of().formatHex(md.digest());
    }

    /** Row counts only. */
    static long count(DatabaseLocation where, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(where.jdbcUrl());
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Channel> threeChannels() {
        return List.of(Channel.pack(Signal.PACK_CURRENT_A), Channel.cell(Signal.CELL_VOLTAGE_V, 0),
                Channel.cell(Signal.CELL_TEMPERATURE_C, 0));
    }

    static ImportRequest request(String file, String sha256, List<Channel> channels) {
        List<ChannelInfo> infos = new java.util.ArrayList<>();
        for (Channel ch : channels) {
            infos.add(new ChannelInfo(infos.size(), ch, ch.columnName(), ch.signal().unit()));
        }
        return new ImportRequest(file, file, 1234, sha256, "test", "", infos);
    }

    /** A 64-digit hex string made from a seed (distinct "files"). */
    static String sha(int seed) {
        return String.format("%064x", seed);
    }

    /** Fills a block with rows {@code from..to-1}: t = 0.5·i, values from a formula with NaN every 97th row. */
    static SampleBlock rows(List<Channel> channels, int from, int to) {
        SampleBlock b = new SampleBlock(channels, to - from);
        for (int i = from; i < to; i++) {
            int r = b.addRow(0.5 * i, i + 2);
            for (int c = 0; c < channels.size(); c++) {
                b.set(r, c, i % 97 == 13 && c == 1 ? Double.NaN : value(i, c));
            }
        }
        return b;
    }

    static double value(int i, int c) {
        return Math.sin(i * 0.001 * (c + 1)) * (c + 1) + c * 3.7 + 1e-9 * i;
    }
}
