package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code replay_bookmark} table (migration V2): one row per data set and bookmark name. */
final class BookmarkTable {
    private BookmarkTable() {
    }

    /** The bookmarks of a data set in time order, then by name. */
    static List<StoredBookmark> list(Connection c, long dataSetId) throws SQLException {
        List<StoredBookmark> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, time_s FROM replay_bookmark WHERE dataset_id = ?"
                + " ORDER BY time_s, name")) {
            ps.setLong(1, dataSetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredBookmark(rs.getString(1), rs.getDouble(2)));
                }
            }
        }
        return out;
    }

    /** Adds the bookmark, or moves the one of that name. */
    static void save(Connection c, long dataSetId, StoredBookmark b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO replay_bookmark (dataset_id, name, time_s)"
                + " KEY (dataset_id, name) VALUES (?, ?, ?)")) {
            ps.setLong(1, dataSetId);
            ps.setString(2, b.name());
            ps.setDouble(3, b.timeS());
            ps.executeUpdate();
        }
    }

    /** Removes a bookmark; whether there was one of that name. */
    static boolean remove(Connection c, long dataSetId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM replay_bookmark WHERE dataset_id = ?"
                + " AND name = ?")) {
            ps.setLong(1, dataSetId);
            ps.setString(2, name.strip());
            return ps.executeUpdate() == 1;
        }
    }
}
