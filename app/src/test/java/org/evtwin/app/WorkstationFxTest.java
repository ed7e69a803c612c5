package org.evtwin.app;

import static org.evtwin.app.FxWaits.onFx;
import static org.evtwin.app.FxWaits.onFxQuiet;
import static org.evtwin.app.FxWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evtwin.app.pack3d.ColourBy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workstation under Xvfb with 3D on (-Dprism.forceGPU=true): the 3D pack is there, a click picks the right
 * cell, colour-by changes legend and colours, a what-if slider changes the projection, pause/play/speed act on the
 * simulated time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkstationFxTest {
    private static final FxRobot ROBOT = new FxRobot();
    private static WorkstationApp.Handles app;

    @BeforeAll
    static void launch() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the tests under xvfb-run");
        Path home = Files.createTempDirectory("evtwin-fx");
        System.setProperty("evtwin.home", home.toString());
        WorkstationApp.started = null;
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(WorkstationApp.class, "--speed", "60");
        waitFor(() -> WorkstationApp.started != null && WorkstationApp.started.engine().latest().get() != null,
                "the first frame");
        app = WorkstationApp.started;
    }

    @AfterAll
    static void close() throws Exception {
        if (app != null) {
            app.engine().close();
            FxToolkit.cleanupStages();
        }
    }

    @Test
    @Order(1)
    void threeDimensionalPackIsShownWith3DSupported() {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D (run with -Dprism.forceGPU=true)");
        assertTrue(app.packView().is3D());
        SubScene sub = app.packView().subScene();
        assertNotNull(sub);
        assertNotNull(sub.getScene(), "the SubScene is in the window");
        assertTrue(sub.getWidth() > 200 && sub.getHeight() > 200, "sized: " + sub.getWidth() + "x" + sub.getHeight());
    }

    @Test
    @Order(1)
    void remainingUsefulLifeTileSaysReadablyWhyThereIsNoNumber() throws Exception {
        // a fresh pack has no cycle with a measured capacity: the tile explains, in a colour readable on its dark face
        java.util.function.Supplier<String> reason = () -> onFxQuiet(() -> WorkstationProbes.rulTileLabel(app)
                .getText());
        waitFor(() -> reason.get().startsWith("too little history (needs 10 cycles)"),
                () -> "the RUL tile's reason, seen: " + reason.get());
        var fill = onFx(() -> (javafx.scene.paint.Color) WorkstationProbes.rulTileLabel(app).getTextFill());
        assertTrue(fill.getBrightness() > 0.7, "light text on the dark tile: " + fill);
    }

    @Test
    @Order(1)
    void theDatabaseAndTheWhatIfWaitUntilTheirTabIsShown() throws Exception {
        // the store opens when Data sets, Replay or Live is first shown (test 8 opens it with Ctrl+D), the what-if
        // forks the twin when its tab is first shown (test 4), not at start-up
        assertEquals(null, onFx(() -> WorkstationProbes.tab(app, "tab-datasets").getContent()),
                "Data sets built when first shown");
        assertEquals(null, onFx(() -> WorkstationProbes.tab(app, "tab-whatif").getContent()),
                "What-if built when first shown");
        assertEquals("Not forked yet", onFx(() -> app.whatIfVm().statusProperty().get()));
        assertEquals(null, onFx(() -> app.whatIfVm().baselineProperty().get()), "no baseline computed");
    }

    @Test
    @Order(2)
    void clickingACellPicksThatCell() throws Exception {
        int target = 37;
        Point2D p = onFx(() -> app.packView().cellScreenPosition(target));
        ROBOT.clickOn(p);
        waitFor(() -> app.packVm().getSelectedCell() == target, "cell " + target + " selected");
        waitFor(() -> ((Label) ROBOT.lookup("#cell-title").query()).getText().startsWith("Cell " + target + " "),
                "the detail panel names the cell");
    }

    @Test
    @Order(3)
    void colourByChangesLegendAndCellColours() throws Exception {
        onFx(() -> {
            app.packVm().setColourBy(ColourBy.TEMPERATURE);
            return null;
        });
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        String legendBefore = onFx(() -> app.packView().legendText());
        int[] before = WorkstationProbes.texels(app);
        // through the view's own colour-by list (selecting in its popup by text is flaky under Xvfb)
        onFx(() -> {
            @SuppressWarnings("unchecked")
            var list = (javafx.scene.control.ComboBox<ColourBy>) app.scene().lookup("#pack3d-colour-by");
            list.getSelectionModel().select(ColourBy.SOC);
            return null;
        });
        waitFor(() -> app.packVm().getColourBy() == ColourBy.SOC, "the colour-by list switches to SoC");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        String legendAfter = onFx(() -> app.packView().legendText());
        assertNotEquals(legendBefore, legendAfter);
        assertTrue(legendAfter.contains("%"), legendAfter);
        int[] after = WorkstationProbes.texels(app);
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            changed += before[i] != after[i] ? 1 : 0;
        }
        assertTrue(changed > before.length / 2, "most cell colours changed: " + changed + " of " + before.length);
    }

    @Test
    @Order(4)
    void movingAWhatIfSliderChangesTheProjection() throws Exception {
        onFx(() -> {
            Tab whatIf = WorkstationProbes.tab(app, "tab-whatif");
            whatIf.getTabPane().getSelectionModel().select(whatIf);
            return null;
        });
        waitFor(() -> app.whatIfVm().readyProperty().get(), "the what-if baseline");
        String before = onFx(() -> WorkstationProbes.figure(app, "y80"));
        Slider ambient = onFx(() -> (Slider) app.scene().getRoot().lookupAll(".slider").stream()
                .filter(n -> n instanceof Slider s && s.getMin() == -30 && s.getMax() == 50).findFirst()
                .orElseThrow());
        ROBOT.clickOn(ambient);
        for (int i = 0; i < 20; i++) {
            ROBOT.push(KeyCode.RIGHT);
        }
        waitFor(() -> !before.equals(onFxQuiet(() -> WorkstationProbes.figure(app, "y80"))),
                "the 80 % SoH figure to change");
    }

    @Test
    @Order(5)
    void pausePlayAndSpeedActOnSimulatedTime() throws Exception {
        FxWaits.click(ROBOT, "#pause");
        waitFor(() -> app.simVm().pausedProperty().get(), "paused");
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        double t0 = WorkstationProbes.simTime(app);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertEquals(t0, WorkstationProbes.simTime(app), 0.0, "no simulated time passes while paused");
        onFx(() -> {
            app.simVm().speedProperty().set(10);
            return null;
        });
        FxWaits.click(ROBOT, "#pause");
        double slow = WorkstationProbes.rate(app);
        onFx(() -> {
            app.simVm().speedProperty().set(300);
            return null;
        });
        double fast = WorkstationProbes.rate(app);
        assertTrue(slow > 2 && slow < 20, "about 10 s of simulated time per second at 10×: " + slow);
        assertTrue(fast > 5 * slow, "300× runs much faster than 10×: " + fast + " vs " + slow);
    }

    @Test
    @Order(6)
    void keyboardShortcutsActOnTheWorkstation() throws Exception {
        focusMainWindow();
        KeyRecorder keys = KeyRecorder.on(app.scene());   // counts auto-repeated presses: the parity is expected
        boolean exploded = app.packVm().explodedProperty().get();
        ROBOT.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> keys.released(KeyCode.E), "Ctrl+E reached the window");
        long presses = keys.presses(KeyCode.E);
        waitFor(() -> app.packVm().explodedProperty().get() == (exploded ^ (presses % 2 == 1)),
                () -> "Ctrl+E toggles the exploded view (" + presses + " presses)");
        ROBOT.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitFor(() -> app.packVm().getColourBy() == ColourBy.SOH, "Ctrl+5 colours by SoH");
        ROBOT.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> app.packVm().getColourBy() == ColourBy.TEMPERATURE, "Ctrl+2 colours by temperature");
        boolean paused = app.simVm().pausedProperty().get();
        keys.clear();
        ROBOT.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitFor(() -> keys.released(KeyCode.P), "Ctrl+P reached the window");
        long pausePresses = keys.presses(KeyCode.P);
        waitFor(() -> app.simVm().pausedProperty().get() == (paused ^ (pausePresses % 2 == 1)),
                () -> "Ctrl+P toggles pause (" + pausePresses + " presses)");
        onFx(() -> {
            app.simVm().pausedProperty().set(false);
            app.packVm().explodedProperty().set(false);
            return null;
        });
    }

    @Test
    @Order(7)
    void thresholdsDialogChangesTheAlertLevels() throws Exception {
        focusMainWindow();
        ROBOT.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitFor(() -> ROBOT.lookup("#CELL_TEMPERATURE-warning").tryQuery().isPresent(),
                "Ctrl+, opens the thresholds dialog");
        ROBOT.doubleClickOn("#CELL_TEMPERATURE-warning").eraseText(4).write("45");
        waitFor(() -> ((Label) ROBOT.lookup("#thresholds-error").query()).getText().isEmpty(), "45 °C is valid");
        FxWaits.click(ROBOT, "OK");
        waitFor(() -> app.alertEngine().thresholds().cellTemperature().warning() == 45.0,
                "the alert engine uses the new 45 °C warning level");
    }

    @Test
    @Order(8)
    void sampleRecordingReplaysThroughTheTwinAndBack() throws Exception {
        focusMainWindow();
        ROBOT.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);   // File › Data sets
        waitFor(() -> ROBOT.lookup("#sample-offer-accept").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false), "the first-start offer of the sample recordings");
        FxWaits.click(ROBOT, "#sample-offer-accept");
        waitFor(() -> onFxQuiet(() -> ((javafx.scene.control.TableView<?>) app.scene().lookup("#datasets-table"))
                .getItems().size()) == 4, "the four sample recordings imported and listed");
        onFx(() -> {
            WorkstationProbes.selectDataSet(app, "dis_1_cap");
            return null;
        });
        FxWaits.click(ROBOT, "#datasets-replay");
        waitFor(() -> app.app().active() instanceof org.evtwin.core.replay.ReplayEngine,
                "the replay feeds the window");
        waitFor(() -> onFxQuiet(() -> ((Label) app.scene().lookup("#status")).getText()).startsWith("Replay"),
                "the status line names the replay");
        waitFor(() -> onFxQuiet(() -> ((javafx.stage.Stage) app.scene().getWindow()).getTitle()).contains("1 cell"),
                "the window shows the replayed single cell");
        onFx(() -> {
            app.app().useSimulator();
            return null;
        });
        waitFor(() -> app.app().active() == app.engine(), "back on the simulator");
        waitFor(() -> onFxQuiet(() -> ((javafx.stage.Stage) app.scene().getWindow()).getTitle()).contains(
                "192 cells"), "the window shows the simulated pack again");
    }

    @Test
    @Order(9)
    void theModelCardReadsTheModelWhenAskedFor() throws Exception {
        // no cell has had the 10 cycles the model needs, so it was not read; the menu item reads it off the FX thread
        // (busy cursor meanwhile), then shows the shipped model's card
        assertFalse(app.app().rul.modelLoaded(), "the RUL model is read when first needed, not at start-up");
        Cursor during = onFx(() -> {
            WorkstationProbes.fireMenuItem(app, "RUL model card");
            return app.scene().getCursor();
        });
        assertEquals(Cursor.WAIT, during);
        waitFor(() -> FxWaits.window("RUL model card") != null, () -> "the card; showing: " + FxWaits.showingWindows());
        Stage card = FxWaits.window("RUL model card");
        try {
            String text = onFx(() -> ((TextArea) card.getScene().lookup("#model-card-text")).getText());
            assertTrue(text.contains("Training cells (6): B0005, B0006, B0007, B0025, B0029, B0047"), text);
            assertTrue(app.app().rul.modelLoaded());
            assertEquals(null, onFx(() -> app.scene().getCursor()), "the busy cursor is gone");
        } finally {
            onFx(() -> {
                ((Button) ((DialogPane) card.getScene().getRoot()).lookupButton(ButtonType.OK)).fire();
                return null;
            });
        }
    }

    /** Keyboard focus on the main window, away from text fields (see {@link FxWaits#focus}). */
    private static void focusMainWindow() throws Exception {
        FxWaits.focus(app.scene().getWindow(), () -> FxWaits.click(ROBOT, "#gauges"));
    }
}
