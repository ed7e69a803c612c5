package org.evtwin.app;

import static org.evtwin.app.FxWaits.onFx;
import static org.evtwin.app.FxWaits.onFxQuiet;
import static org.evtwin.app.FxWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
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
        java.util.function.Function<String, javafx.scene.control.Tab> tab = id -> app.scene().getRoot()
                .lookupAll(".tab-pane").stream().flatMap(n -> ((TabPane) n).getTabs().stream())
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        assertEquals(null, onFx(() -> tab.apply("tab-datasets").getContent()), "Data sets built when first shown");
        assertEquals(null, onFx(() -> tab.apply("tab-whatif").getContent()), "What-if built when first shown");
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
            // the bottom tab pane (the sources on the left are a tab pane too): the one with the what-if tab
            for (javafx.scene.Node n : app.scene().getRoot().lookupAll(".tab-pane")) {
                TabPane tabs = (TabPane) n;
                tabs.getTabs().stream().filter(t -> "tab-whatif".equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            }
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
        double slow = rate();
        onFx(() -> {
            app.simVm().speedProperty().set(300);
            return null;
        });
        double fast = rate();
        assertTrue(slow > 2 && slow < 20, "about 10 s of simulated time per second at 10×: " + slow);
        assertTrue(fast > 5 * slow, "300× runs much faster than 10×: " + fast + " vs " + slow);
    }

    @Test
    @Order(6)
    void keyboardShortcutsActOnTheWorkstation() throws Exception {
        focusMainWindow();
        // Under load the robot's release can come after X's auto-repeat has started, so a toggle may be pressed
        // more than once: count the presses the window received and expect the parity.
        java.util.List<KeyCode> pressed = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<KeyCode> released = new java.util.concurrent.CopyOnWriteArrayList<>();
        onFx(() -> {
            app.scene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.isShortcutDown()) {
                    pressed.add(e.getCode());
                }
            });
            app.scene().addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> released.add(e.getCode()));
            return null;
        });
        boolean exploded = app.packVm().explodedProperty().get();
        ROBOT.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> released.contains(KeyCode.E), "Ctrl+E reached the window");
        long presses = pressed.stream().filter(k -> k == KeyCode.E).count();
        waitFor(() -> app.packVm().explodedProperty().get() == (exploded ^ (presses % 2 == 1)),
                () -> "Ctrl+E toggles the exploded view (" + presses + " presses)");
        ROBOT.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitFor(() -> app.packVm().getColourBy() == ColourBy.SOH, "Ctrl+5 colours by SoH");
        ROBOT.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> app.packVm().getColourBy() == ColourBy.TEMPERATURE, "Ctrl+2 colours by temperature");
        boolean paused = app.simVm().pausedProperty().get();
        released.clear();
        pressed.clear();
        ROBOT.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitFor(() -> released.contains(KeyCode.P), "Ctrl+P reached the window");
        long pausePresses = pressed.stream().filter(k -> k == KeyCode.P).count();
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
            var table = (javafx.scene.control.TableView<?>) app.scene().lookup("#datasets-table");
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).toString().contains("dis_1_cap")) {
                    table.getSelectionModel().select(i);
                }
            }
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
        // no cell of a fresh pack has the 10 cycles the model needs, so the model was not read at start-up; the menu
        // item reads it off the FX thread and then shows the card of the shipped model
        onFx(() -> {
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) app.scene().lookup(".menu-bar");
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> "RUL model card".equals(i.getText())).findFirst().orElseThrow().fire();
            return null;
        });
        java.util.function.Supplier<javafx.stage.Stage> card = () -> onFxQuiet(() -> javafx.stage.Window.getWindows()
                .stream().filter(w -> w instanceof javafx.stage.Stage s && "RUL model card".equals(s.getTitle()))
                .map(w -> (javafx.stage.Stage) w).findFirst().orElse(null));
        waitFor(() -> card.get() != null, () -> "the model card; windows showing: " + FxWaits.showingWindows());
        String text = onFx(() -> ((javafx.scene.control.TextArea) card.get().getScene().lookup("#model-card-text"))
                .getText());
        assertTrue(text.contains("Training cells (6): B0005, B0006, B0007, B0025, B0029, B0047"), text);
        assertEquals(null, onFx(() -> app.scene().getCursor()), "the busy cursor is gone");
        onFx(() -> {
            card.get().close();
            return null;
        });
    }

    /** Keyboard focus on the main window, away from text fields (see {@link FxWaits#focus}). */
    private static void focusMainWindow() throws Exception {
        FxWaits.focus(app.scene().getWindow(), () -> FxWaits.click(ROBOT, "#gauges"));
    }

    private static double rate() {
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        double t0 = WorkstationProbes.simTime(app);
        long w0 = System.nanoTime();
        WaitForAsyncUtils.sleep(2000, TimeUnit.MILLISECONDS);
        return (WorkstationProbes.simTime(app) - t0) / ((System.nanoTime() - w0) / 1e9);
    }
}
