package org.evtwin.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.evtwin.app.datasets.SampleDataSets;
import org.evtwin.app.datasets.TestStores;
import org.evtwin.core.replay.ReplayEngine;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.StoredBookmark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay bookmarks kept with the data set: there again when the real NASA discharge is replayed again. */
class ReplayBookmarksTest {
    @TempDir
    Path dir;
    private DataSetStore store;
    private DataSetInfo info;
    private ReplayEngine engine;
    private ReplayControlsViewModel vm;

    @BeforeEach
    void setUp() {
        store = TestStores.open(dir);
        info = TestStores.importKnown(store, SampleDataSets.extract(TestStores.NASA_FIRST, dir));
        open();
    }

    private void open() {
        engine = ReplayModels.engine(store, info, 60, e -> { });
        vm = new ReplayControlsViewModel(engine, info, store);
        engine.start();
    }

    @AfterEach
    void tearDown() {
        engine.close();
        store.close();
    }

    private double bookmarkAt(double secondsFromStart, String name) {
        vm.seek(secondsFromStart);
        double target = info.firstTimeS() + secondsFromStart;
        // the first sample at or after the target (NASA samples are about 19 s apart)
        await(() -> engine.status().positionS() >= target && engine.status().positionS() < target + 60, name);
        vm.bookmarkNameProperty().set(name);
        vm.addBookmark();
        return engine.status().positionS();
    }

    @Test
    void bookmarksAreSavedWithTheDataSetAndShownWhenItIsReplayedAgain() {
        double knee = bookmarkAt(1200, "knee");
        double load = bookmarkAt(100, "start of load");
        assertEquals(List.of(new StoredBookmark("start of load", load), new StoredBookmark("knee", knee)),
                store.bookmarks(info.id()));
        engine.close();
        open();
        assertEquals(List.of("start of load", "knee"), vm.bookmarks().stream().map(b -> b.name()).toList());
        assertEquals(knee, vm.bookmarks().get(1).timeS(), 0.0);
        assertEquals("", vm.messageProperty().get());
        vm.jumpTo(vm.bookmarks().get(1));
        await(() -> engine.status().positionS() == knee, "at the stored knee bookmark");
        vm.removeBookmark(vm.bookmarks().get(0));
        assertEquals(List.of(new StoredBookmark("knee", knee)), store.bookmarks(info.id()));
        assertTrue(store.delete(info.id()));
        assertEquals(List.of(), store.bookmarks(info.id()), "deleted with the data set");
    }

    @Test
    void aBookmarkTheStoreRefusesIsNotListed() {
        bookmarkAt(100, "kept");
        vm.bookmarkNameProperty().set("n".repeat(201));
        vm.addBookmark();
        assertEquals("bookmark name: at most 200 characters, found 201", vm.messageProperty().get());
        store.delete(info.id());   // the data set is gone under the open replay: saving fails
        vm.bookmarkNameProperty().set("lost");
        vm.addBookmark();
        assertTrue(vm.messageProperty().get().startsWith("no data set " + info.id() + " in "),
                vm.messageProperty().get());
        assertEquals(List.of("kept"), vm.bookmarks().stream().map(b -> b.name()).toList());
        assertEquals(List.of("kept"), engine.bookmarks().list().stream().map(b -> b.name()).toList(),
                "the engine has no bookmark the store did not save");
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
