package org.evtwin.app.pack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.PackTopology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Leaf pack (pouch cells stacked four high) in 3D: boxes with sides, picking of the top layer, screenshots. */
@ExtendWith(ApplicationExtension.class)
class StackedPackFxTest {
    private final PackTopology pack = Catalog.pack("leaf-96s2p");
    private Pack3DViewModel vm;
    private Pack3DView view;

    @Start
    void start(Stage stage) {
        vm = new Pack3DViewModel(pack);
        vm.apply(TestFrames.ramp(pack));
        view = new Pack3DView(vm);
        view.update();
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    @Test
    void stackedCellsAreBoxesWithSides() {
        TriangleMesh mesh = (TriangleMesh) view.scene3d().cellView().getMesh();
        assertEquals(10 * pack.cellCount(), mesh.getFaces().size() / mesh.getFaceElementSize());
    }

    @Test
    void clickingTheTopCellOfAStackSelectsIt(FxRobot robot) {
        int layers = pack.layout().cellsZ();
        for (int module : new int[] {0, 9, 47}) {
            int top = module * pack.cellsPerModule() + layers - 1;
            Point2D p = fx(() -> view.cellScreenPosition(top));
            robot.clickOn(p);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(top, vm.getSelectedCell(), "module " + module + " at " + p);
        }
    }

    @Test
    void screenshotsForPeopleToLookAt() throws Exception {
        fx(() -> {
            vm.setColourBy(ColourBy.CURRENT);
            BitSet alarms = new BitSet();
            alarms.set(43);
            vm.setAlarmCells(alarms);
            vm.setSelectedCell(2 * 4 + 3);
            view.update();
            return null;
        });
        Path plain = snap("pack3d-leaf.png");
        fx(() -> {
            vm.setExploded(true);
            return null;
        });
        Path exploded = snap("pack3d-leaf-exploded.png");
        assertTrue(Files.size(plain) > 10_000 && Files.size(exploded) > 10_000);
    }

    private Path snap(String name) {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        return fx(() -> Snapshots.save(view.root(), name));
    }

    private static <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }
}
