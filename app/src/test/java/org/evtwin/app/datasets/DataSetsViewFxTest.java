package org.evtwin.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.FileDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The browser in a window on a real store: the rows, the provenance of a clicked data set and its rejects. */
@ExtendWith(ApplicationExtension.class)
class DataSetsViewFxTest {
    private static Path dir;
    private DataSetStore store;
    private BackgroundTasks tasks;
    private DataSetsViewModel vm;
    private Path nasa;

    @Start
    void start(Stage stage) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the tests under xvfb-run");
        dir = Files.createTempDirectory("evtwin-datasets-fx");
        store = TestStores.open(dir);
        nasa = SampleDataSets.extract(TestStores.NASA_FIRST, dir);
        TestStores.importKnown(store, nasa);
        TestStores.importKnown(store, SampleDataSets.extract("ornl-leaf-2013/1C-Discharge-Bitrode-data.csv", dir));
        TestStores.importKnown(store, TestStores.telemetry(dir, "bench-run.csv", 600, 3, 17, 211));
        tasks = BackgroundTasks.forFx("test-datasets-fx");
        vm = new DataSetsViewModel(store, tasks);
        DataSetsView view = new DataSetsView(vm);
        org.evtwin.app.StyledScene.show(stage, (javafx.scene.Parent) view.root(), 1300, 560);
        vm.refresh();
    }

    @AfterEach
    void close() {
        if (tasks != null) {
            tasks.close();
            store.close();
        }
    }

    @Test
    void clickingADataSetShowsItsProvenanceAndRejects(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.dataSets().size() == 3);
        TableView<?> table = robot.lookup("#datasets-table").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        robot.clickOn("dis_1_cap_1.8564874208181574");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(texts(robot).contains(FileDigest.sha256(nasa)), "the SHA-256 is shown");
        assertTrue(texts(robot).contains("nasa-pcoe-discharge"));
        robot.clickOn("bench-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.rejects().size() == 3);
        robot.clickOn("Rejects (3)");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> rejects = robot.lookup("#dataset-rejects").queryAs(TableView.class);
        assertEquals(3, rejects.getItems().size());
        assertTrue(robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control
                .TableCell<?, ?> c && "NOT_A_NUMBER: \"abc\" is not a number".equals(c.getText())));
        robot.clickOn("Provenance");
        robot.clickOn("dis_1_cap_1.8564874208181574");
        WaitForAsyncUtils.waitForFxEvents();
        ViewSnapshots.save(robot.lookup("#datasets-view").query(), "datasets.png");
    }

    private static java.util.Set<String> texts(FxRobot robot) {
        java.util.Set<String> out = new java.util.HashSet<>();
        robot.lookup(".label").queryAll().forEach(n -> out.add(((Label) n).getText()));
        return out;
    }
}
