package org.evtwin.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @Test
    void emptyDatabaseIsMigratedToTheCurrentSchemaAndReopenedWithoutChange(@TempDir Path dir) throws Exception {
        DatabaseLocation where = StoreFixture.location(dir);
        try (JdbcDataSetStore store = JdbcDataSetStore.open(where)) {
            assertEquals("2", store.schemaVersion());
            assertEquals(List.of(), store.list());
        }
        assertTrue(Files.exists(dir.resolve("twin.mv.db")), "embedded file database created");
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(where.jdbcUrl());
                PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'PUBLIC' ORDER BY table_name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        tables.sort(null);
        List<String> expected = new ArrayList<>(StoreFixture.TABLES);
        expected.add("flyway_schema_history");
        expected.sort(null);
        assertEquals(expected, tables);
        assertEquals(List.of("1 telemetry store true", "2 replay bookmarks true"), applied(where));
        try (JdbcDataSetStore again = JdbcDataSetStore.open(where)) {
            assertEquals("2", again.schemaVersion());
        }
        assertEquals(List.of("1 telemetry store true", "2 replay bookmarks true"), applied(where),
                "nothing re-applied on reopen");
    }

    private static List<String> applied(DatabaseLocation where) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(where.jdbcUrl());
                PreparedStatement ps = c.prepareStatement("SELECT \"version\", \"description\", \"success\""
                        + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3));
            }
        }
        return out;
    }
}
