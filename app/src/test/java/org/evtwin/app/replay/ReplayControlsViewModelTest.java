package org.evtwin.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.evtwin.app.datasets.SampleDataSets;
import org.evtwin.app.datasets.TestStores;
import org.evtwin.core.replay.ReplayEngine;
import org.evtwin.core.replay.ReplayFrame;
import org.evtwin.core.replay.ResidualSignal;
import org.evtwin.core.replay.ResidualSummary;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay panel's model on a real stored NASA discharge with the fitted cell alongside. */
class ReplayControlsViewModelTest {
    @TempDir
    Path dir;
    private DataSetStore store;
    private ReplayEngine engine;
    private ReplayControlsViewModel vm;
    private DataSetInfo info;

    @BeforeEach
    void setUp() {
        store = TestStores.open(dir);
        info = TestStores.importKnown(store, SampleDataSets.extract(TestStores.NASA_FIRST, dir));
        engine = ReplayModels.engine(store, info, 60, e -> { });
        vm = new ReplayControlsViewModel(engine, info.name());
        engine.start();
    }

    @AfterEach
    void tearDown() {
        engine.close();
        store.close();
    }

    @Test
    void seekMovesTheCursorWhilePausedAndTheStatusShowsIt() {
        assertTrue(!vm.playingProperty().get(), "opens paused");
        vm.seek(600);
        await(() -> engine.status().positionS() >= 600, "the frame at 600 s");
        vm.update();
        double t = engine.status().positionS();
        assertTrue(t >= 600 && t < 640, "the first sample at or after 600 s: " + t);
        assertEquals(t, vm.positionProperty().get(), 1e-9);
        assertEquals(info.lastTimeS() - info.firstTimeS(), vm.durationProperty().get(), 1e-9);
        assertEquals(org.evtwin.app.datasets.Formats.hms(t) + " / "
                + org.evtwin.app.datasets.Formats.hms(info.lastTimeS()), vm.positionTextProperty().get());
        assertEquals("Paused", vm.stateTextProperty().get());
    }

    @Test
    void residualsOfTheModelAlongsideAreShownInDisplayUnits() throws Exception {
        vm.asFastAsPossibleProperty().set(true);
        vm.playingProperty().set(true);
        assertTrue(engine.awaitEnd(60_000), "the replay reaches the end");
        vm.update();
        ReplayFrame last = engine.latestReplay().get().frame();
        ResidualSummary v = last.statistics(ResidualSignal.CELL_VOLTAGE);
        ResidualSummary t = last.statistics(ResidualSignal.CELL_TEMPERATURE);
        List<ResidualRow> rows = List.copyOf(vm.residuals());
        ResidualRow volts = rows.stream().filter(r -> r.signal().equals("Cell voltage")).findFirst().orElseThrow();
        assertEquals("mV", volts.unit());
        assertEquals(1000 * v.rmse(), volts.rmse(), 1e-9);
        assertEquals(1000 * v.maxAbs(), volts.maxAbs(), 1e-9);
        assertEquals(info.acceptedRows(), volts.samples(), "every sample compared once");
        // the model is the cell fitted on this very data set: tens of mV, not volts
        assertTrue(volts.rmse() > 0 && volts.rmse() < 100, "cell voltage RMSE " + volts.rmse() + " mV");
        ResidualRow kelvin = rows.stream().filter(r -> r.signal().equals("Cell temperature")).findFirst()
                .orElseThrow();
        assertEquals("K", kelvin.unit());
        assertEquals(t.rmse(), kelvin.rmse(), 1e-12);
        assertTrue(vm.stateTextProperty().get().startsWith("Ended ("), vm.stateTextProperty().get());
        assertTrue(!vm.playingProperty().get(), "play turns off at the end");
        vm.update();
        assertTrue(vm.stateTextProperty().get().startsWith("Ended ("), "paused at the end still reads ended");
        assertEquals(1, vm.cellVoltageResidualV().length);
        assertEquals(last.cellVoltageResidualV()[0], vm.cellVoltageResidualV()[0], 0.0);
    }

    @Test
    void bookmarksAreAddedAtTheCursorListedInTimeOrderAndJumpedTo() {
        vm.seek(1200);
        await(() -> engine.status().positionS() >= 1200, "the frame at 1200 s");
        vm.bookmarkNameProperty().set("knee");
        vm.addBookmark();
        double knee = engine.status().positionS();
        vm.seek(100);
        await(() -> engine.status().positionS() < 1200, "back at 100 s");
        vm.bookmarkNameProperty().set("start of load");
        vm.addBookmark();
        assertEquals(List.of("start of load", "knee"), vm.bookmarks().stream().map(b -> b.name()).toList());
        vm.bookmarkNameProperty().set("  ");
        vm.addBookmark();
        assertEquals("Give the bookmark a name.", vm.messageProperty().get());
        vm.jumpTo(vm.bookmarks().get(1));
        await(() -> engine.status().positionS() == knee, "at the knee bookmark");
        assertEquals("At bookmark \"knee\".", vm.messageProperty().get());
    }

    @Test
    void speedsFollowTheLogSliderAndTheMaxSwitch() {
        assertEquals(0.1, ReplayControlsViewModel.speedFromLog(-1), 1e-12);
        assertEquals(1000, ReplayControlsViewModel.speedFromLog(3), 1e-9);
        assertEquals(32, ReplayControlsViewModel.speedFromLog(1.5), 1e-9, "10^1.5 = 31.6 → 32");
        assertEquals("0.1", ReplayControlsViewModel.speedLabel(0.1));
        assertEquals("2.5", ReplayControlsViewModel.speedLabel(2.5));
        vm.speedProperty().set(250);
        assertEquals(250, engine.speed(), 0.0);
        vm.asFastAsPossibleProperty().set(true);
        assertEquals(ReplayEngine.AS_FAST_AS_POSSIBLE, engine.speed(), 0.0);
    }

    @Test
    void leavingPausesTheEngineAndCallsTheCompositionRoot() {
        vm.playingProperty().set(true);
        int[] left = {0};
        vm.setOnLeave(() -> left[0]++);
        vm.leave();
        assertTrue(engine.paused());
        assertEquals(1, left[0]);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
