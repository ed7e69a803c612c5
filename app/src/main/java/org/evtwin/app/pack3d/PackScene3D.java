package org.evtwin.app.pack3d;

import java.util.Arrays;
import java.util.BitSet;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * The 3D pack: a sub-scene (depth buffer, no anti-aliasing) with one mesh for all cells coloured by a
 * {@link CellTexture}, one mesh for all module housings, red frames on cells in alarm (rebuilt only when the alarm set
 * changes), a magenta frame and pin on the picked cell, and an {@link OrbitCamera}. The only light is a white ambient
 * light, so every surface shows its texture or colour exactly and JavaFX uses its cheapest shader (no per-pixel light
 * term; that term is what costs most on software GL): sides look lit because they sample darker texels.
 */
final class PackScene3D {
    /** Brightness of top faces, ±X sides and ±Z sides (light from above, a little from the front). */
    private static final double[] SHADES = {1.0, 0.62, 0.78};
    /** Height of the legend and controls over the top of the view, kept clear of the pack in the home view. */
    private static final double OVERLAY_BAND_PX = 120;
    private static final Color BACKGROUND = Color.web("#1b1f24");
    private static final Color ALARM = Color.web("#ff2020");
    private static final Color SELECTED = Color.web("#ff00ff");
    private static final Color[] HOUSING = {Color.web("#5d6670"), Color.web("#4a525c")};
    private final Pack3DViewModel vm;
    private final CellPlacement placement;
    private final CellTexture texture;
    private final TriangleMesh cellMesh;
    private final MeshView cellView;
    private final MeshView housingView = new MeshView();
    private final MeshView alarmView = new MeshView();
    private final MeshView selectionView = new MeshView();
    private final Cylinder pin = new Cylinder();
    private final OrbitCamera orbit = new OrbitCamera();
    private final SubScene subScene;
    private final Pane host = new Pane();
    private final int facesPerCell;
    private long shownColours = -1;
    private long shownAlarms = -1;

    PackScene3D(Pack3DViewModel vm) {
        this.vm = vm;
        this.placement = new CellPlacement(vm.topology());
        placement.setExploded(vm.isExploded());
        this.facesPerCell = CellMeshes.facesPerCell(placement);
        this.texture = facesPerCell > 2 ? new CellTexture(vm.cellCount(), SHADES) : new CellTexture(vm.cellCount());
        this.cellMesh = CellMeshes.cells(placement, texture);
        this.cellView = new MeshView(cellMesh);
        PhongMaterial cellMaterial = new PhongMaterial(Color.WHITE);
        cellMaterial.setDiffuseMap(texture.image());
        cellView.setMaterial(cellMaterial);
        PhongMaterial housingMaterial = new PhongMaterial(Color.WHITE);
        housingMaterial.setDiffuseMap(housingImage());
        housingView.setMaterial(housingMaterial);
        alarmView.setMaterial(new PhongMaterial(ALARM));
        alarmView.setMouseTransparent(true);
        selectionView.setMaterial(new PhongMaterial(SELECTED));
        selectionView.setMouseTransparent(true);
        pin.setMaterial(new PhongMaterial(SELECTED));
        pin.setMouseTransparent(true);
        // cells first: the housings' hidden parts then fail the depth test before shading
        Group world = new Group(cellView, housingView, alarmView, selectionView, pin, new AmbientLight(Color.WHITE),
                orbit.camera());
        subScene = new SubScene(world, 800, 600, true, SceneAntialiasing.DISABLED);
        subScene.setFill(BACKGROUND);
        subScene.setCamera(orbit.camera());
        subScene.widthProperty().bind(host.widthProperty());
        subScene.heightProperty().bind(host.heightProperty());
        host.getChildren().add(subScene);
        host.setMinSize(0, 0);
        orbit.attach(subScene);
        subScene.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        vm.explodedProperty().addListener((obs, old, now) -> explode(now));
        vm.selectedCellProperty().addListener((obs, old, now) -> placeSelection());
        placeGeometry();
        resetView();
        // until the user moves the camera, the home view follows the size the view is given
        InvalidationListener refit = o -> {
            if (!orbit.movedByUser() && host.getWidth() > 0 && host.getHeight() > 0) {
                resetView();
            }
        };
        host.widthProperty().addListener(refit);
        host.heightProperty().addListener(refit);
        update();
    }

    /** Housing colours: a row per grey (neighbouring modules alternate), a column per shade (top, ±X, ±Z). */
    private static WritableImage housingImage() {
        WritableImage image = new WritableImage(4, HOUSING.length);
        for (int r = 0; r < HOUSING.length; r++) {
            for (int c = 0; c < 4; c++) {
                Color base = HOUSING[r];
                double f = SHADES[Math.min(c, SHADES.length - 1)];
                image.getPixelWriter().setColor(c, r, base.deriveColor(0, 1, f, 1));
            }
        }
        return image;
    }

    private int housingRow(int m) {
        int modulesX = Math.max(1, vm.topology().layout().modulesX());
        return ((m % modulesX) + (m / modulesX)) % 2;
    }

    /** Uploads the colours and alarm markers if they changed since the last call. */
    void update() {
        if (vm.colourRevision() != shownColours) {
            shownColours = vm.colourRevision();
            texture.write(vm.indices(), vm.palette());
        }
        if (vm.alarmRevision() != shownAlarms) {
            shownAlarms = vm.alarmRevision();
            alarmView.setMesh(alarmFrames());
        }
    }

    private TriangleMesh alarmFrames() {
        return frames(vm.alarmCells(), 0.02);
    }

    /**
     * Frames around cells: reaching into the gap to the neighbours (or, where cells touch, over them by 60 % of a
     * half cell, else a frame on a 5 px cell vanishes) and 15–30 % of a half cell inwards; lifted so they win the
     * depth test.
     */
    private TriangleMesh frames(BitSet chosen, double liftFraction) {
        double half = Math.min(placement.halfX(), placement.halfZ());
        double outset = placement.gap() > 0 ? Math.min(0.6 * half, 0.45 * placement.gap()) : 0.6 * half;
        double inset = placement.gap() > 0 ? 0.15 * half : 0.3 * half;
        return CellMeshes.frames(placement, chosen, Math.max(1.0, outset), inset,
                Math.max(0.5, liftFraction * half));
    }

    private void explode(boolean exploded) {
        double[] before = placement.packBounds();
        placement.setExploded(exploded);
        cellMesh.getPoints().setAll(CellMeshes.cellPoints(placement));
        placeGeometry();
        alarmView.setMesh(alarmFrames());
        if (!orbit.movedByUser()) {
            resetView();
            return;
        }
        double[] after = placement.packBounds();
        double grow = Math.max(after[1] - after[0], after[3] - after[2])
                / Math.max(before[1] - before[0], before[3] - before[2]);
        orbit.setDistance(orbit.distance() * grow);
    }

    /**
     * Module housings: with tops only, a block up to just under the cell tops (the tops read as the module's lid);
     * with side faces, a case up to 55 % of the cells' height (or a base plate under stacked layers) so the modules
     * stand apart and the upper part of every cell still shows its colour on the sides.
     */
    private void placeGeometry() {
        boolean sides = CellMeshes.facesPerCell(placement) > 2;
        boolean stacked = placement.layers() > 1;
        double height = placement.cellHeight();
        double[] lowestTop = new double[placement.moduleCount()];
        double[] lowestBottom = new double[placement.moduleCount()];
        Arrays.fill(lowestTop, Double.NEGATIVE_INFINITY);
        Arrays.fill(lowestBottom, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < placement.cellCount(); i++) {
            int m = placement.module(i);
            lowestTop[m] = Math.max(lowestTop[m], placement.topY(i));
            lowestBottom[m] = Math.max(lowestBottom[m], placement.bottomY(i));
        }
        int modules = placement.moduleCount();
        double[][] boxes = new double[modules][];
        int[] rows = new int[modules];
        for (int m = 0; m < modules; m++) {
            double plate = Math.max(3, 0.03 * height);
            double bottom = lowestBottom[m] + plate;
            double lid;
            if (!sides) {
                lid = lowestTop[m] + Math.min(1.0, 0.02 * height);
            } else if (stacked) {
                lid = lowestBottom[m] + 0.5;
            } else {
                lid = lowestBottom[m] - CellPlacement.HOUSING_COVER * height;
            }
            double[] b = placement.moduleBounds(m);
            double in = placement.moduleMargin();
            boxes[m] = new double[] {b[0], b[1], lid, bottom, b[2], b[3], b[0] + in, b[1] - in, b[2] + in, b[3] - in};
            rows[m] = housingRow(m);
        }
        housingView.setMesh(CellMeshes.boxes(boxes, rows, 4, HOUSING.length));
        placeSelection();
    }

    private void placeSelection() {
        int cell = vm.getSelectedCell();
        boolean valid = cell >= 0 && cell < placement.cellCount();
        selectionView.setVisible(valid);
        pin.setVisible(valid);
        if (!valid) {
            return;
        }
        BitSet one = new BitSet();
        one.set(cell);
        selectionView.setMesh(frames(one, 0.04));
        double[] bounds = placement.packBounds();
        double extent = Math.max(bounds[1] - bounds[0], bounds[3] - bounds[2]);
        double height = 0.1 * extent;
        pin.setRadius(0.003 * extent);
        pin.setHeight(height);
        pin.setTranslateX(placement.x(cell));
        pin.setTranslateZ(placement.z(cell));
        pin.setTranslateY(placement.topY(cell) - height / 2);
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        vm.setSelectedCell(cellAt(e.getPickResult()));
    }

    /** The cell under a pick result, −1 when it is not on the cell mesh. */
    int cellAt(PickResult pick) {
        if (pick == null || pick.getIntersectedNode() != cellView || pick.getIntersectedFace() < 0) {
            return -1;
        }
        int cell = pick.getIntersectedFace() / facesPerCell;
        return cell < placement.cellCount() ? cell : -1;
    }

    /** Screen position of the centre of a cell's top face (null when not showing). */
    Point2D cellScreenPosition(int cell) {
        return cellView.localToScreen(placement.x(cell), placement.topY(cell), placement.z(cell));
    }

    /**
     * Fits the whole pack in view from the front-above, its long side across the screen, below the band the legend
     * and controls take at the top of the view.
     */
    void resetView() {
        double[] b = placement.packBounds();
        double sizeX = b[1] - b[0];
        double sizeZ = b[3] - b[2];
        double yawDeg = sizeZ > sizeX ? -90 : 0;
        double across = Math.max(sizeX, sizeZ);
        double along = Math.min(sizeX, sizeZ);
        double pitchDeg = -60;
        boolean sized = host.getWidth() > 0 && host.getHeight() > 0;
        double width = sized ? host.getWidth() : 1280;
        double height = sized ? host.getHeight() : 800;
        double reserved = Math.min(OVERLAY_BAND_PX, 0.3 * height);
        double halfV = Math.tan(Math.toRadians(orbit.camera().getFieldOfView() / 2));
        double halfH = halfV * width / height;
        double halfUsable = halfV * (height - reserved) / height;
        double upright = along * Math.sin(Math.toRadians(-pitchDeg)) - b[4] * Math.cos(Math.toRadians(-pitchDeg));
        double fit = 1.08 * Math.max(across / 2 / halfH + along / 2, upright / 2 / halfUsable + along / 2);
        orbit.setHome((b[0] + b[1]) / 2, b[4] / 2, (b[2] + b[3]) / 2, yawDeg, pitchDeg, fit, reserved / 2, height);
    }

    Node node() {
        return host;
    }

    SubScene subScene() {
        return subScene;
    }

    MeshView cellView() {
        return cellView;
    }

    CellTexture texture() {
        return texture;
    }

    OrbitCamera orbit() {
        return orbit;
    }
}
