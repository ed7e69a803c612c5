package org.evtwin.app.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.evtwin.app.TestPacks;
import org.evtwin.core.alerts.AlertEngine;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.model.PackTopology;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The table in a real window, wired as in the workstation: the engine evaluates frames on another thread, an
 * AnimationTimer drains the view model once per pulse. Needs a display (CI runs under Xvfb).
 */
@ExtendWith(ApplicationExtension.class)
class AlertsViewTest {
    private final PackTopology pack = TestPacks.tinyPack();
    private final AlertEngine engine = new AlertEngine(AlertThresholds.defaults(pack.cell().limits()),
            pack.cellCount());
    private AnimationTimer pulse;

    @BeforeAll
    static void needsADisplay() {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the tests under xvfb-run");
    }

    @Start
    void start(Stage stage) {
        AlertsViewModel vm = new AlertsViewModel(engine::active);
        engine.addListener(vm);
        AlertsView view = new AlertsView(vm);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.drainOnPulse(now);
            }
        };
        pulse.start();
        stage.setScene(new Scene(view.root(), 900, 400));
        stage.show();
    }

    @Stop
    void stop() {
        pulse.stop();
    }

    @Test
    void aCriticalEventAppearsAsAColouredRowWithUnitsAndANotification(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#alerts-table").queryAs(TableView.class);
        assertEquals(0, table.getItems().size());
        TestFrame frame = new TestFrame(pack.cellCount());
        frame.temperature[3] = 63.4;
        Thread engineThread = new Thread(() -> engine.evaluate(frame.at(125)), "test-engine");
        engineThread.start();
        engineThread.join();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "63.4 °C".equals(c.getText())), "value with unit shown");
        assertTrue(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "0:02:05".equals(c.getText())), "time shown as h:mm:ss");
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).findFirst().orElseThrow();
        assertTrue(row.getPseudoClassStates().contains(AlertsView.CRITICAL), "critical row colouring");
        assertEquals("Active alerts: 1 (1 critical)", robot.lookup("#alerts-summary").queryAs(Label.class)
                .getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && hasText(w.getScene().getRoot(),
                        "Cell 3 temperature 63.4 °C above critical level 60.0 °C")));
    }

    private static boolean hasText(Node node, String text) {
        if (node instanceof javafx.scene.control.Labeled l && text.equals(l.getText())) {
            return true;
        }
        return node instanceof javafx.scene.Parent p
                && p.getChildrenUnmodifiable().stream().anyMatch(c -> hasText(c, text));
    }
}
