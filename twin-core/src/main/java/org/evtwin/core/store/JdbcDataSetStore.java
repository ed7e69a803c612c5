package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.evtwin.core.TwinException;
import org.evtwin.core.telemetry.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DataSetStore} over JDBC (H2 by default). Every operation takes its own connection from
 * {@link DriverManager}; one extra connection stays open for the store's lifetime so that an embedded database is
 * not closed and reopened between operations.
 */
public final class JdbcDataSetStore implements DataSetStore {
    static final Logger LOG = LoggerFactory.getLogger(JdbcDataSetStore.class);
    private final DatabaseLocation location;
    private final String url;
    private final Connection keepOpen;
    private final String schemaVersion;

    private JdbcDataSetStore(DatabaseLocation location) throws SQLException {
        this.location = location;
        this.url = connectionUrl(location.jdbcUrl());
        this.keepOpen = DriverManager.getConnection(url);
        this.schemaVersion = Migrations.migrate(this::connection, location.redacted());
        int interrupted = LiveSession.closeInterrupted(this);
        LOG.debug("telemetry store {} at schema version {}{}", location.redacted(), schemaVersion,
                interrupted > 0 ? ", " + interrupted + " interrupted live session(s) closed" : "");
    }

    /** Opens (creating and migrating if needed) the database at {@code location}. */
    public static JdbcDataSetStore open(DatabaseLocation location) {
        try {
            return new JdbcDataSetStore(location);
        } catch (SQLException e) {
            throw new TwinException(location.redacted() + ": cannot open the database (" + e.getMessage()
                    .replace('\n', ' ') + ")", e);
        }
    }

    /** The schema version after migration (e.g. "1"). */
    public String schemaVersion() {
        return schemaVersion;
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /**
     * For H2: the store closes the database itself (after an import cancelled by Ctrl-C has rolled back), so H2's
     * own close-at-exit hook, which would close it under the running import, is turned off unless the URL says
     * otherwise.
     */
    static String connectionUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT")
                ? jdbcUrl + ";DB_CLOSE_ON_EXIT=FALSE" : jdbcUrl;
    }

    TwinException failure(String what, SQLException e) {
        return new TwinException(what + " in " + location.redacted() + " (" + e.getMessage().replace('\n', ' ')
                + ")", e);
    }

    /** Channel indexes that get history tiers (all, or the pack-level ones for very wide data sets). */
    static int[] tieredChannels(List<Channel> channels) {
        return IntStream.range(0, channels.size())
                .filter(i -> channels.size() <= TierBuilder.MAX_TIER_CHANNELS || !channels.get(i).signal().perCell())
                .toArray();
    }

    @Override
    public String describe() {
        return location.redacted();
    }

    @Override
    public List<DataSetInfo> list() {
        try (Connection c = connection()) {
            return DataSetRows.list(c);
        } catch (SQLException e) {
            throw failure("cannot list data sets", e);
        }
    }

    @Override
    public Optional<DataSetInfo> find(long id) {
        try (Connection c = connection()) {
            return DataSetRows.find(c, id);
        } catch (SQLException e) {
            throw failure("cannot read data set " + id, e);
        }
    }

    @Override
    public Optional<DataSetInfo> findBySha256(String sha256) {
        try (Connection c = connection()) {
            return DataSetRows.findBySha256(c, sha256);
        } catch (SQLException e) {
            throw failure("cannot look up a file hash", e);
        }
    }

    DataSetInfo require(long id) {
        return find(id).orElseThrow(() -> new TwinException("no data set " + id + " in " + describe()));
    }

    @Override
    public DataSetImport beginImport(ImportRequest request) {
        Optional<DataSetInfo> existing = findBySha256(request.sha256());
        if (existing.isPresent()) {
            throw new DuplicateDataSetException(request.originalFileName(), existing.get());
        }
        Connection c = null;
        try {
            c = connection();
            return new JdbcImport(this, c, request);
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure(request.originalFileName() + ": cannot start the import", e);
        }
    }

    @Override
    public boolean delete(long id) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("cannot delete data set " + id, e);
        }
    }

    @Override
    public SampleCursor openSamples(long id, double fromTimeS) {
        DataSetInfo info = require(id);
        try {
            BlockCursor cursor = new BlockCursor(this, connection(), info);
            cursor.seek(fromTimeS);
            return cursor;
        } catch (SQLException e) {
            throw failure("cannot read data set " + id, e);
        }
    }

    @Override
    public List<HistoryBucket> history(long id, Channel channel, double t0S, double t1S, int maxPoints) {
        DataSetInfo info = require(id);
        int index = info.coreChannels().indexOf(channel);
        if (index < 0) {
            throw new TwinException("data set " + id + " has no channel " + channel.columnName());
        }
        if (!(t1S > t0S) || maxPoints < 1) {
            throw new IllegalArgumentException("need t1 > t0 and maxPoints >= 1, found [" + t0S + ", " + t1S + "), "
                    + maxPoints);
        }
        try (Connection c = connection()) {
            return HistoryQuery.run(c, id, index, t0S, t1S, maxPoints);
        } catch (SQLException e) {
            throw failure("cannot read the history of data set " + id, e);
        }
    }

    @Override
    public List<RejectRecord> rejects(long id, int limit) {
        List<RejectRecord> out = new ArrayList<>();
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT line, column_name,"
                + " raw_value, rule FROM import_reject WHERE dataset_id = ? ORDER BY seq FETCH FIRST ? ROWS ONLY")) {
            ps.setLong(1, id);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RejectRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot read the rejects of data set " + id, e);
        }
    }

    @Override
    public List<StoredBookmark> bookmarks(long id) {
        try (Connection c = connection()) {
            return BookmarkTable.list(c, id);
        } catch (SQLException e) {
            throw failure("cannot read the bookmarks of data set " + id, e);
        }
    }

    @Override
    public void saveBookmark(long id, StoredBookmark bookmark) {
        require(id);
        try (Connection c = connection()) {
            BookmarkTable.save(c, id, bookmark);
        } catch (SQLException e) {
            throw failure("cannot save bookmark \"" + bookmark.name() + "\" of data set " + id, e);
        }
    }

    @Override
    public boolean removeBookmark(long id, String name) {
        try (Connection c = connection()) {
            return BookmarkTable.remove(c, id, name);
        } catch (SQLException e) {
            throw failure("cannot remove bookmark \"" + name + "\" of data set " + id, e);
        }
    }

    @Override
    public LiveSessionWriter openLiveSession(LiveSessionRequest request) {
        return LiveSession.open(this, request);
    }

    @Override
    public QuarantineWriter openQuarantine(int queueCapacity) {
        return new QuarantineQueue(this, queueCapacity);
    }

    @Override
    public List<QuarantineRecord> quarantined(int limit) {
        return QuarantineQueue.read(this, limit);
    }

    @Override
    public void close() {
        closeQuietly(keepOpen);
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.warn("closing a connection: {}", e.getMessage());
            }
        }
    }
}
