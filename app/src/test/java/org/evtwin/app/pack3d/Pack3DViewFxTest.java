package org.evtwin.app.pack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.MeshView;
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



/** The real 3D view of the 7,104-cell pack in a window (run under Xvfb with -Dprism.forceGPU=true). */
@ExtendWith(ApplicationExtension.class)
class Pack3DViewFxTest {
    private final PackTopology pack = Catalog.pack("model-s-like-96s74p");
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
    void threeDimensionsAreSupportedAndTheMeshHoldsTwoTrianglesPerCell() {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "run with -Dprism.forceGPU=true");
        assertTrue(view.is3D());
        assertNotNull(view.subScene());
        MeshView cells = ((Group) view.subScene().getRoot()).getChildren().stream()
                .filter(n -> n instanceof MeshView m && m.getMesh() != null && m.getMaterial() != null
                        && m == view.scene3d().cellView())
                .map(MeshView.class::cast).findFirst().orElseThrow();
        TriangleMesh mesh = (TriangleMesh) cells.getMesh();
        assertEquals(2 * pack.cellCount(), mesh.getFaces().size() / mesh.getFaceElementSize());
        assertEquals(pack.cellCount(), mesh.getTexCoords().size() / 2);
        double texels = view.cellTexture().getWidth() * view.cellTexture().getHeight();
        assertTrue(texels >= pack.cellCount() && texels < 2 * pack.cellCount(), "one texel per cell: " + texels);
    }

    @Test
    void clickingACellOnScreenSelectsExactlyThatCell(FxRobot robot) {
        int[] cells = {0, 73, 74, 444 * 3 + 17, pack.cellsPerModule() * 7 + 200, pack.cellCount() - 1};
        for (int cell : cells) {
            Point2D p = fx(() -> view.cellScreenPosition(cell));
            robot.clickOn(p);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(cell, vm.getSelectedCell(), "clicked at " + p);
        }
    }

    @Test
    void clickingTheBackgroundClearsTheSelection(FxRobot robot) {
        fx(() -> {
            vm.setSelectedCell(5);
            return null;
        });
        Point2D corner = fx(() -> view.root().localToScreen(640, 790));
        robot.clickOn(corner);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, vm.getSelectedCell());
    }

    @Test
    void mouseOrbitsPansAndZoomsAndResetViewGoesHome(FxRobot robot) {
        OrbitCamera orbit = view.scene3d().orbit();
        double yaw = orbit.yaw();
        double distance = orbit.distance();
        Point3D target = orbit.target();
        Point2D centre = fx(() -> view.root().localToScreen(640, 700));
        robot.moveTo(centre).press(MouseButton.PRIMARY).moveBy(60, -30).release(MouseButton.PRIMARY);
        assertTrue(Math.abs(orbit.yaw() - yaw) > 5, "left-drag turns the camera");
        robot.moveTo(centre).press(MouseButton.SECONDARY).moveBy(40, 0).release(MouseButton.SECONDARY);
        assertTrue(orbit.target().distance(target) > 10, "right-drag pans");
        robot.moveTo(centre).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(distance, orbit.distance(), 1e-6);
        fx(() -> {
            view.resetView();
            return null;
        });
        assertEquals(yaw, orbit.yaw(), 1e-9);
        assertEquals(distance, orbit.distance(), 1e-6);
        assertEquals(-1, vm.getSelectedCell(), "a drag is not a click");
    }

    @Test
    void colourByChangesTheLegendTextAndTheTexels() {
        int last = pack.cellCount() - 1;
        String socLegend = fx(view::legendText);
        assertTrue(socLegend.startsWith("State of charge [%] | 0 % | 50 % | 100 %"), socLegend);
        assertEquals(Palette.SEQUENTIAL.argb(Palette.LEVELS - 1), texel(last));
        assertEquals(Palette.SEQUENTIAL.argb(0), texel(0));
        fx(() -> {
            vm.setColourBy(ColourBy.TEMPERATURE);
            return null;
        });
        String tempLegend = fx(view::legendText);
        assertTrue(tempLegend.startsWith("Temperature [°C] | 15.0 °C | 37.5 °C | 60.0 °C"), tempLegend);
        assertEquals(Palette.THERMAL.argb(Palette.LEVELS - 1), texel(last));
        assertEquals(Palette.THERMAL.argb(0), texel(0));
        fx(() -> {
            vm.setColourBy(ColourBy.RESIDUAL);
            return null;
        });
        assertTrue(fx(view::legendText).contains(Pack3DViewModel.NO_RESIDUAL_NOTE));
        assertEquals(Palette.NO_DATA_ARGB, texel(last));
        assertNotEquals(socLegend, tempLegend);
    }

    @Test
    void screenshotsForPeopleToLookAt() throws Exception {
        fx(() -> {
            vm.setColourBy(ColourBy.TEMPERATURE);
            BitSet alarms = new BitSet();
            alarms.set(pack.cellCount() - 5);
            alarms.set(1500);
            vm.setAlarmCells(alarms);
            vm.setSelectedCell(3000);
            view.update();
            return null;
        });
        Path plain = snap("pack3d-model-s.png");
        fx(() -> {
            vm.setExploded(true);
            return null;
        });
        Path exploded = snap("pack3d-model-s-exploded.png");
        assertTrue(Files.size(plain) > 10_000 && Files.size(exploded) > 10_000);
    }

    private Path snap(String name) {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        return fx(() -> Snapshots.save(view.root(), name));
    }

    private int texel(int cell) {
        return fx(() -> view.cellTexture().getPixelReader().getArgb(cell % 128, cell / 128));
    }

    private static <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }
}
