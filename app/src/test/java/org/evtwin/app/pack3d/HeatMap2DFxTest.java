package org.evtwin.app.pack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.PackTopology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 2D heat map the view falls back to without 3D: same palette, same legend, picking by cell. */
@ExtendWith(ApplicationExtension.class)
class HeatMap2DFxTest {
    private final PackTopology pack = Catalog.pack("model-s-like-96s74p");
    private Pack3DViewModel vm;
    private Pack3DView view;

    @Start
    void start(Stage stage) {
        vm = new Pack3DViewModel(pack);
        vm.apply(TestFrames.ramp(pack));
        view = new Pack3DView(vm, false);
        view.update();
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    @Test
    void clickingACellSelectsIt(FxRobot robot) {
        assertFalse(view.is3D());
        assertNull(view.subScene());
        for (int cell : new int[] {0, 75, 5000, pack.cellCount() - 1}) {
            Point2D p = fx(() -> view.cellScreenPosition(cell));
            robot.clickOn(p);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(cell, vm.getSelectedCell(), "clicked at " + p);
        }
    }

    @Test
    void cellsAreDrawnInThePaletteColour() throws Exception {
        int last = pack.cellCount() - 1;
        WritableImage shot = fx(() -> view.heatMap().canvas().snapshot(null, null));
        Point2D p = fx(() -> view.heatMap().canvas().screenToLocal(view.cellScreenPosition(last)));
        assertEquals(Palette.SEQUENTIAL.argb(Palette.LEVELS - 1),
                shot.getPixelReader().getArgb((int) p.getX(), (int) p.getY()));
        assertTrue(fx(view::legendText).startsWith("State of charge [%] | 0 % | 50 % | 100 %"));
        Path file = fx(() -> {
            vm.setColourBy(ColourBy.TEMPERATURE);
            return Snapshots.save(view.root(), "pack3d-heatmap-2d.png");
        });
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertTrue(Files.size(file) > 10_000);
    }

    private static <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }
}
