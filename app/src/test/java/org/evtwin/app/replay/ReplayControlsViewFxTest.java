package org.evtwin.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.evtwin.app.datasets.Formats;
import org.evtwin.app.datasets.SampleDataSets;
import org.evtwin.app.datasets.TestStores;
import org.evtwin.app.datasets.ViewSnapshots;
import org.evtwin.core.replay.ReplayEngine;
import org.evtwin.core.replay.ResidualSignal;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The replay panel in a window, refreshed once per pulse by an AnimationTimer as the frame pump does: seek, a
 * bookmark typed and added, then play as fast as possible to the end; the cursor, state and residuals are shown.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayControlsViewFxTest {
    private DataSetStore store;
    private ReplayEngine engine;
    private ReplayControlsViewModel vm;
    private AnimationTimer pulse;
    private DataSetInfo info;

    @Start
    void start(Stage stage) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the tests under xvfb-run");
        Path dir = Files.createTempDirectory("evtwin-replay-fx");
        store = TestStores.open(dir);
        info = TestStores.importKnown(store, SampleDataSets.extract(TestStores.NASA_FIRST, dir));
        engine = ReplayModels.engine(store, info, 60, e -> { });
        vm = new ReplayControlsViewModel(engine, info.name());
        org.evtwin.app.StyledScene.show(stage, (javafx.scene.Parent) new ReplayControlsView(vm).root(), 340, 860);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.update();
            }
        };
        pulse.start();
        engine.start();
    }

    @AfterEach
    void close() {
        if (engine != null) {
            pulse.stop();
            engine.close();
            store.close();
        }
    }

    @Test
    void seekBookmarkAndPlayToTheEndShowCursorAndResiduals(FxRobot robot) throws Exception {
        robot.interact(() -> vm.seek(1200));
        await("engine.status().positionS() >= 1200", () -> engine.status().positionS() >= 1200);
        double t = engine.status().positionS();
        await("vm.positionProperty().get() == t", () -> vm.positionProperty().get() == t);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Formats.hms(t) + " / " + Formats.hms(info.lastTimeS()), text(robot, "#replay-position"));
        robot.clickOn("#replay-bookmark-name").write("before the knee");
        robot.clickOn("#replay-bookmark-add");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> marks = robot.lookup("#replay-bookmarks").queryAs(ListView.class);
        assertEquals(1, marks.getItems().size());
        assertEquals("Bookmark \"before the knee\" at " + Formats.hms(t) + ".", text(robot, "#replay-message"));

        // through the model: a click on the small check box right after the layout changed (the message line
        // appeared) can land beside it under load, and 60x would then need ~40 s of wall time
        robot.interact(() -> vm.asFastAsPossibleProperty().set(true));
        assertTrue(robot.lookup("#replay-max").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertTrue(robot.lookup("#replay-speed").query().isDisabled(), "the speed slider is off at max");
        robot.clickOn("#replay-play");
        await("vm.stateTextProperty().get().startsWith(\"Ended\")", () -> vm.stateTextProperty().get().startsWith("Ended"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(engine.status().toS(), engine.status().positionS(), 0.0, "at the last sample");
        assertEquals(Formats.hms(info.lastTimeS()) + " / " + Formats.hms(info.lastTimeS()),
                text(robot, "#replay-position"));
        assertEquals("Play", text(robot, "#replay-play"), "play turns off at the end");
        double rmseMv = 1000 * engine.latestReplay().get().frame().statistics(ResidualSignal.CELL_VOLTAGE).rmse();
        String expected = ResidualRow.of(engine.latestReplay().get().frame().statistics(ResidualSignal.CELL_VOLTAGE))
                .format(rmseMv);
        assertTrue(expected.endsWith(" mV"), expected);
        assertTrue(robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> n instanceof TableCell<?, ?> c
                && expected.equals(c.getText())), "the cell-voltage RMSE " + expected + " is shown");
        robot.interact(() -> vm.jumpTo(vm.bookmarks().get(0)));
        await("engine.status().positionS() == t", () -> engine.status().positionS() == t);
        await("vm.positionProperty().get() == t", () -> vm.positionProperty().get() == t);
        WaitForAsyncUtils.waitForFxEvents();
        ViewSnapshots.save(robot.lookup("#replay-controls").query(), "replay-panel.png");
    }

    /** Waits up to 60 s (a loaded machine is slow, never wrong) and names what did not happen. */
    private void await(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; engine " + engine.status() + ", panel "
                    + vm.positionTextProperty().get() + " / " + vm.stateTextProperty().get(), e);
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).query() instanceof Label l ? l.getText()
                : ((javafx.scene.control.Labeled) robot.lookup(id).query()).getText();
    }
}
