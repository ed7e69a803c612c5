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

/**
 * Small packs in 3D, where cells are boxes with sides: the built-in Leaf pack (upright pouches) and the same pack
 * with its pouches laid flat four high (stacked layers, lifted apart when exploded). Picking and screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class SmallPackFxTest {
    private Stage stage;
    private Pack3DViewModel vm;
    private Pack3DView view;

    @Start
    void start(Stage s) {
        stage = s;
    }

    private void show(PackTopology pack) {
        fx(() -> {
            vm = new Pack3DViewModel(pack);
            vm.apply(TestFrames.ramp(pack));
            view = new Pack3DView(vm);
            view.update();
            stage.setScene(new Scene(view.root(), 1280, 800));
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void smallPacksAreBoxesWithSides() {
        PackTopology pack = Catalog.pack("leaf-96s2p");
        show(pack);
        TriangleMesh mesh = (TriangleMesh) view.scene3d().cellView().getMesh();
        assertEquals(10 * pack.cellCount(), mesh.getFaces().size() / mesh.getFaceElementSize());
    }

    @Test
    void clickingAnUprightPouchSelectsIt(FxRobot robot) {
        PackTopology pack = Catalog.pack("leaf-96s2p");
        show(pack);
        for (int cell : new int[] {0, 3, 38, 101, pack.cellCount() - 1}) {
            clickAndExpect(robot, cell);
        }
    }

    @Test
    void clickingTheTopCellOfAStackSelectsIt(FxRobot robot) {
        PackTopology pack = TestFrames.stackedLeaf();
        show(pack);
        int layers = pack.layout().cellsZ();
        for (int module : new int[] {0, 9, 47}) {
            clickAndExpect(robot, module * pack.cellsPerModule() + layers - 1);
        }
    }

    private void clickAndExpect(FxRobot robot, int cell) {
        Point2D p = fx(() -> view.cellScreenPosition(cell));
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cell, vm.getSelectedCell(), "clicked at " + p);
    }

    @Test
    void screenshotsForPeopleToLookAt() throws Exception {
        show(Catalog.pack("leaf-96s2p"));
        decorate(ColourBy.SOC);
        Path upright = snap("pack3d-leaf.png");
        show(TestFrames.stackedLeaf());
        decorate(ColourBy.CURRENT);
        Path stacked = snap("pack3d-leaf-stacked.png");
        fx(() -> {
            vm.setExploded(true);
            return null;
        });
        Path exploded = snap("pack3d-leaf-stacked-exploded.png");
        for (Path p : new Path[] {upright, stacked, exploded}) {
            assertTrue(Files.size(p) > 10_000, p.toString());
        }
    }

    private void decorate(ColourBy by) {
        fx(() -> {
            vm.setColourBy(by);
            BitSet alarms = new BitSet();
            alarms.set(43);
            vm.setAlarmCells(alarms);
            vm.setSelectedCell(11);
            view.update();
            return null;
        });
    }

    private Path snap(String name) {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        return fx(() -> Snapshots.save(view.root(), name));
    }

    private static <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }
}
