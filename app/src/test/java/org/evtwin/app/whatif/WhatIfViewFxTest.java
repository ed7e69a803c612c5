package org.evtwin.app.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.PackModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panel in a window: moving the ambient slider with the keyboard changes the projection figures; a charge rate the
 * cells cannot take shows its reason inline. With {@code -Dwhatif.snapshot=<file.png>} (or the environment variable
 * {@code WHATIF_SNAPSHOT}) the panel is also saved as PNG, for looking at it.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfViewFxTest {
    private WhatIfViewModel vm;

    @Start
    void start(Stage stage) {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the tests under xvfb-run");
        PackTopology leaf = Catalog.pack("leaf-96s2p");
        PackModel twin = new PackModel(leaf, 25.0, 0.3);
        vm = new WhatIfViewModel(leaf, () -> CompletableFuture.completedFuture(twin.copy()));
        stage.setScene(new Scene(new WhatIfView(vm).root(), 1440, 400));
        stage.show();
        vm.start();
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    @Test
    void movingASliderChangesTheProjectionFigures(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label years80 = robot.lookup("#whatif-y80").queryAs(Label.class);
        Label peak = robot.lookup("#whatif-peak").queryAs(Label.class);
        String baseline80 = robot.lookup("#baseline-y80").queryAs(Label.class).getText();
        assertEquals(baseline80, years80.getText());
        assertTrue(baseline80.endsWith(" years"), baseline80);
        snapshot("before");

        Slider ambient = robot.lookup("#slider-ambient").queryAs(Slider.class);
        robot.clickOn(ambient.lookup(".thumb"));
        for (int k = 0; k < 20; k++) {
            robot.type(KeyCode.RIGHT);   // 20 × 0.5 °C
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.completedRunsProperty().get() >= 1
                && vm.whatIfProperty().get().inputs().ambientC() == 35.0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("35.0 °C", robot.lookup("#value-ambient").queryAs(Label.class).getText());
        assertNotEquals(baseline80, years80.getText(), "10 K warmer ages the pack sooner");
        assertNotEquals(robot.lookup("#baseline-peak").queryAs(Label.class).getText(), peak.getText());
        assertTrue(years80.getStyleClass().contains("whatif-changed"), "changed figures are highlighted");
        snapshot("after");

        robot.clickOn("#whatif-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(baseline80, years80.getText());
        assertEquals(25.0, ambient.getValue());
    }

    @Test
    void aRateTheCellsCannotTakeShowsItsReasonInline(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.readyProperty().get());
        Label reason = robot.lookup("#whatif-reason").queryAs(Label.class);
        assertTrue(!reason.isVisible(), "no reason at the baseline");
        robot.interact(() -> {
            vm.parameter("chargeRate").valueProperty().set(3.0);
            vm.parameter("capacity").valueProperty().set(80);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.completedRunsProperty().get() >= 1
                && vm.whatIfProperty().get().inputs().chargeCRate() == 3.0
                && vm.whatIfProperty().get().inputs().pickedCapacityFactor() == 0.8);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reason.isVisible());
        assertTrue(reason.getText().startsWith("charge rate 3C is above the cell's 2C limit"), reason.getText());
        assertTrue(robot.lookup("#whatif-picked80").queryAs(Label.class).getText().endsWith(" years"));
        snapshot("reason");
    }

    /** Saves the panel as PNG when a snapshot path is set (the file name gets the tag). */
    private void snapshot(String tag) throws Exception {
        String target = System.getProperty("whatif.snapshot", System.getenv("WHATIF_SNAPSHOT"));
        if (target == null) {
            return;
        }
        Path file = Path.of(target.replace(".png", "-" + tag + ".png"));
        CompletableFuture<java.awt.image.BufferedImage> image = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> image.complete(SwingFXUtils.fromFXImage(
                robot().lookup("#whatif-panel").query().snapshot(null, null), null)));
        ImageIO.write(image.get(10, TimeUnit.SECONDS), "png", file.toFile());
    }

    private static FxRobot robot() {
        return new FxRobot();
    }
}
