package org.evtwin.app.replay;

import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.replay.Bookmarks;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.StoredBookmark;

/**
 * The replay's bookmarks, in the engine (for seeking) and, when a store is given, kept with the data set: loaded when
 * the replay opens, each add, move and remove saved at once. A store failure leaves the engine's bookmarks as they
 * were, so the list never shows what is not saved. No scene classes.
 */
final class BookmarkKeeper {
    private final Bookmarks engine;
    private final DataSetStore store;
    private final long dataSetId;

    /** @param store null to keep the bookmarks in memory only */
    BookmarkKeeper(Bookmarks engine, DataSetStore store, long dataSetId) {
        this.engine = engine;
        this.store = store;
        this.dataSetId = dataSetId;
    }

    /**
     * Puts the stored bookmarks into the engine.
     *
     * @return "" or why some were not loaded (outside the recording, or the store could not be read)
     */
    String load() {
        if (store == null) {
            return "";
        }
        List<StoredBookmark> stored;
        try {
            stored = store.bookmarks(dataSetId);
        } catch (TwinException e) {
            return "Bookmarks not loaded: " + e.getMessage();
        }
        StringBuilder skipped = new StringBuilder();
        for (StoredBookmark b : stored) {
            try {
                engine.put(b.name(), b.timeS());
            } catch (IllegalArgumentException e) {
                skipped.append(skipped.isEmpty() ? "" : "; ").append(e.getMessage());
            }
        }
        return skipped.isEmpty() ? "" : "Bookmarks not shown: " + skipped + ".";
    }

    /**
     * Adds or moves a bookmark.
     *
     * @throws IllegalArgumentException for a blank or too long name, or a time outside the recording
     * @throws TwinException            when the store cannot save it (nothing changed)
     */
    void put(String name, double timeS) {
        StoredBookmark b = new StoredBookmark(name, timeS);
        Double before = engine.list().stream().filter(x -> x.name().equals(b.name())).map(Bookmarks.Bookmark::timeS)
                .findFirst().orElse(null);
        engine.put(b.name(), timeS);
        if (store != null) {
            try {
                store.saveBookmark(dataSetId, b);
            } catch (RuntimeException e) {
                if (before == null) {
                    engine.remove(b.name());
                } else {
                    engine.put(b.name(), before);
                }
                throw e;
            }
        }
    }

    /** @throws TwinException when the store cannot remove it (nothing changed) */
    void remove(String name) {
        if (store != null) {
            store.removeBookmark(dataSetId, name);
        }
        engine.remove(name);
    }

    List<Bookmarks.Bookmark> list() {
        return engine.list();
    }
}
