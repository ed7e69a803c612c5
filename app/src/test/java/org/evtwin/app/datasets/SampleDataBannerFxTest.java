package org.evtwin.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.core.store.DataSetStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First start on an empty database: the banner offers the samples; "Import samples" fills the browser. */
@ExtendWith(ApplicationExtension.class)
class SampleDataBannerFxTest {
    private DataSetStore store;
    private BackgroundTasks tasks;
    private SampleDataOffer offer;
    private DataSetsViewModel browser;

    @Start
    void start(Stage stage) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the tests under xvfb-run");
        Path dir = Files.createTempDirectory("evtwin-samples-fx");
        store = TestStores.open(dir);
        tasks = BackgroundTasks.forFx("test-samples-fx");
        offer = new SampleDataOffer(store, tasks, new UserSettings(dir.resolve("config")));
        browser = new DataSetsViewModel(store, tasks);
        offer.setOnImported(d -> browser.refresh());
        BorderPane pane = new BorderPane(new DataSetsView(browser).root());
        pane.setTop(new SampleDataBanner(offer).root());
        org.evtwin.app.StyledScene.show(stage, pane, 1300, 420);
        offer.check();
        browser.refresh();
    }

    @AfterEach
    void close() {
        if (tasks != null) {
            tasks.close();
            store.close();
        }
    }

    @Test
    void acceptingTheOfferImportsTheSamplesIntoTheBrowser(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> offer.offeredProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#sample-offer-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("No data sets yet. Import the 4 sample data sets shipped"), text);
        ViewSnapshots.save(robot.lookup("#sample-offer").query().getParent(), "sample-offer.png");
        robot.clickOn("#sample-offer-accept");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> browser.dataSets().size() == 4
                && !offer.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, robot.lookup("#sample-offer").query().isVisible(), "the banner hides itself");
    }
}
