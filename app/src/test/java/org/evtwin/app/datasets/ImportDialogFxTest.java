package org.evtwin.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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
 * The import dialog in a window: a NASA discharge with two damaged lines is detected, previewed with its rejects in
 * place, imported with the skip policy from the Import button, and the summary and rejects are shown.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogFxTest {
    private DataSetStore store;
    private BackgroundTasks tasks;
    private ImportViewModel vm;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the tests under xvfb-run");
        Path dir = Files.createTempDirectory("evtwin-import-fx");
        store = TestStores.open(dir);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SampleDataSets.extract(
                TestStores.NASA_FIRST, Files.createDirectory(dir.resolve("orig")))));
        lines.set(4, lines.get(4).replaceFirst("^[^,]*", "3.9.1"));            // line 5: voltage not a number
        lines.set(8, lines.get(8).replaceFirst("^([^,]*,[^,]*,)[^,]*", "$1")); // line 9: temperature empty
        file = dir.resolve("B0005-discharge-1-damaged.csv");
        Files.write(file, lines);
        tasks = BackgroundTasks.forFx("test-import-fx");
        vm = new ImportViewModel(store, tasks);
        ImportDialogStage.show(stage, vm);
    }

    @AfterEach
    void close() {
        if (tasks != null) {
            tasks.close();
            store.close();
        }
    }

    @Test
    void detectPreviewImportAndShowTheRejects(FxRobot robot) throws Exception {
        robot.interact(() -> vm.chooseFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.stateProperty().get() == ImportState.READY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("B0005-discharge-1-damaged.csv: NASA PCoE discharge record",
                robot.lookup("#import-detection").queryAs(Label.class).getText());
        TableView<?> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        assertEquals(ImportViewModel.PREVIEW_ROWS, preview.getItems().size());
        assertTrue(cellTexts(robot).contains("voltage: \"3.9.1\" is not a number"), "the reject in the preview");
        assertTrue(preview.getColumns().stream().anyMatch(c -> c.getText().equals("cell_0_voltage_v [V]")));

        robot.clickOn("#import-start");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.stateProperty().get() == ImportState.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        String message = robot.lookup("#import-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Imported \"B0005-discharge-1-damaged\" as data set "), message);
        assertTrue(message.contains(": 195 rows accepted, 2 rejected, "), message);
        TableView<?> rejects = robot.lookup("#import-rejects").queryAs(TableView.class);
        assertEquals(2, rejects.getItems().size());
        assertTrue(cellTexts(robot).contains("EMPTY: empty value, a number is required"), cellTexts(robot).toString());
        ViewSnapshots.save(robot.lookup("#import-dialog").query(), "import-dialog-after-import.png");
    }

    private static java.util.Set<String> cellTexts(FxRobot robot) {
        java.util.Set<String> out = new java.util.HashSet<>();
        robot.lookup(".table-cell").queryAll().forEach(n -> {
            if (n instanceof TableCell<?, ?> c && c.getText() != null) {
                out.add(c.getText());
            }
        });
        return out;
    }
}
