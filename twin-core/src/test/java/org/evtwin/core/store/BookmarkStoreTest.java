package org.evtwin.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.telemetry.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay bookmarks kept per data set: saved, moved, listed in time order, removed, and deleted with the data set. */
class BookmarkStoreTest {
    private static final List<Channel> CH = StoreFixture.threeChannels();

    private static DataSetInfo importOne(DataSetStore store, int seed) {
        try (DataSetImport imp = store.beginImport(StoreFixture.request("f" + seed + ".csv", StoreFixture.sha(seed),
                CH))) {
            imp.append(StoreFixture.rows(CH, 0, 200));
            return imp.commit(1);
        }
    }

    @Test
    void bookmarksAreKeptPerDataSetAcrossReopeningTheStore(@TempDir Path dir) {
        DatabaseLocation where = StoreFixture.location(dir);
        long a;
        long b;
        try (JdbcDataSetStore store = JdbcDataSetStore.open(where)) {
            a = importOne(store, 1).id();
            b = importOne(store, 2).id();
            store.saveBookmark(a, new StoredBookmark("knee", 80.5));
            store.saveBookmark(a, new StoredBookmark("  start of rest ", 12.0));
            store.saveBookmark(a, new StoredBookmark("end", 99.5));
            store.saveBookmark(b, new StoredBookmark("knee", 3.0));
            store.saveBookmark(a, new StoredBookmark("knee", 81.0));   // moved, not added
        }
        try (JdbcDataSetStore store = JdbcDataSetStore.open(where)) {
            assertEquals(List.of(new StoredBookmark("start of rest", 12.0), new StoredBookmark("knee", 81.0),
                    new StoredBookmark("end", 99.5)), store.bookmarks(a));
            assertEquals(List.of(new StoredBookmark("knee", 3.0)), store.bookmarks(b));
            assertTrue(store.removeBookmark(a, "end"));
            assertFalse(store.removeBookmark(a, "end"), "already gone");
            assertEquals(2, store.bookmarks(a).size());
            assertTrue(store.delete(a));
            assertEquals(List.of(), store.bookmarks(a));
            assertEquals(1, store.bookmarks(b).size(), "the other data set keeps its bookmark");
        }
        try {
            assertEquals(1, StoreFixture.count(where, "replay_bookmark"), "deleted with the data set");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBookmarkOfNoDataSetOrWithABadNameIsRefused(@TempDir Path dir) {
        try (JdbcDataSetStore store = JdbcDataSetStore.open(StoreFixture.location(dir))) {
            TwinException e = assertThrows(TwinException.class, () -> store.saveBookmark(42,
                    new StoredBookmark("x", 1)));
            assertTrue(e.getMessage().startsWith("no data set 42 in "), e.getMessage());
        }
        assertEquals("bookmark name must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new StoredBookmark(" ", 1)).getMessage());
        assertEquals("bookmark name: at most 200 characters, found 201", assertThrows(IllegalArgumentException.class,
                () -> new StoredBookmark("n".repeat(201), 1)).getMessage());
        assertEquals("bookmark \"t\": time must be finite, found NaN", assertThrows(IllegalArgumentException.class,
                () -> new StoredBookmark("t", Double.NaN)).getMessage());
    }
}
