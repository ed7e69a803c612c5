package org.evtwin.app.pack3d;

import java.util.BitSet;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The fallback where the platform has no 3D: the pack seen from above as a canvas grid at the cells' physical x/y,
 * long side across, coloured with the same palette, module housings behind, alarm and selection outlines, and
 * picking by cell. Cells stacked in z are drawn as strips side by side inside their footprint, top layer first.
 * Redraws only when colours, alarms, selection or size changed.
 */
final class HeatMap2D {
    private static final Color BACKGROUND = Color.web("#1b1f24");
    private static final Color ALARM = Color.web("#ff2020");
    private static final Color SELECTED = Color.web("#ff00ff");
    private static final double MARGIN = 24;
    /** Room for the legend and controls above, the picked-cell line below. */
    private static final double MARGIN_TOP = 120;
    private static final double MARGIN_BOTTOM = 48;
    private final Pack3DViewModel vm;
    private final CellPlacement placement;
    private final Canvas canvas = new Canvas();
    private final Pane host = new Pane(canvas);
    private final boolean swap;
    private final double[] rects;
    private double[] packBounds;
    private final Color[][] colours = new Color[3][];
    private final Palette[] palettes = {Palette.SEQUENTIAL, Palette.THERMAL, Palette.DIVERGING};
    private double scale;
    private double offsetU;
    private double offsetV;
    private long shownColours = -1;
    private long shownAlarms = -1;
    private int shownSelection = -2;
    private boolean sizeChanged = true;

    HeatMap2D(Pack3DViewModel vm) {
        this.vm = vm;
        this.placement = new CellPlacement(vm.topology());
        placement.setExploded(vm.isExploded());
        this.packBounds = placement.packBounds();
        this.swap = packBounds[3] - packBounds[2] > packBounds[1] - packBounds[0];
        this.rects = new double[4 * placement.cellCount()];
        for (int p = 0; p < palettes.length; p++) {
            colours[p] = new Color[Palette.NO_DATA + 1];
            for (int k = 0; k <= Palette.NO_DATA; k++) {
                int c = palettes[p].argb(k);
                colours[p][k] = Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
            }
        }
        host.setMinSize(0, 0);
        canvas.widthProperty().bind(host.widthProperty());
        canvas.heightProperty().bind(host.heightProperty());
        canvas.widthProperty().addListener(o -> resized());
        canvas.heightProperty().addListener(o -> resized());
        canvas.setOnMouseClicked(e -> {
            if (e.isStillSincePress() && e.getButton() == MouseButton.PRIMARY) {
                vm.setSelectedCell(cellAt(e.getX(), e.getY()));
            }
        });
        vm.selectedCellProperty().addListener((obs, old, now) -> update());
        vm.explodedProperty().addListener((obs, old, now) -> {
            placement.setExploded(now);
            packBounds = placement.packBounds();
            resized();
        });
    }

    Node node() {
        return host;
    }

    Canvas canvas() {
        return canvas;
    }

    private void resized() {
        sizeChanged = true;
        update();
    }

    /** Redraws if anything shown changed. */
    void update() {
        int selected = vm.getSelectedCell();
        if (!sizeChanged && shownColours == vm.colourRevision() && shownAlarms == vm.alarmRevision()
                && shownSelection == selected) {
            return;
        }
        if (sizeChanged) {
            layoutCells();
            sizeChanged = false;
        }
        shownColours = vm.colourRevision();
        shownAlarms = vm.alarmRevision();
        shownSelection = selected;
        draw();
    }

    private void layoutCells() {
        double spanU = swap ? packBounds[3] - packBounds[2] : packBounds[1] - packBounds[0];
        double spanV = swap ? packBounds[1] - packBounds[0] : packBounds[3] - packBounds[2];
        double w = Math.max(1, canvas.getWidth() - 2 * MARGIN);
        double h = Math.max(1, canvas.getHeight() - MARGIN_TOP - MARGIN_BOTTOM);
        scale = Math.min(w / spanU, h / spanV);
        offsetU = (canvas.getWidth() - spanU * scale) / 2;
        offsetV = MARGIN_TOP + (h - spanV * scale) / 2;
        int layers = Math.max(1, vm.topology().layout().cellsZ());
        for (int i = 0; i < placement.cellCount(); i++) {
            double u = swap ? placement.z(i) - packBounds[2] : placement.x(i) - packBounds[0];
            double v = swap ? placement.x(i) - packBounds[0] : placement.z(i) - packBounds[2];
            double hu = (swap ? placement.halfZ() : placement.halfX()) * scale;
            double hv = (swap ? placement.halfX() : placement.halfZ()) * scale;
            double strip = 2 * hv / layers;
            int row = layers - 1 - placement.layer(i);
            rects[4 * i] = offsetU + u * scale - hu;
            rects[4 * i + 1] = offsetV + v * scale - hv + row * strip;
            rects[4 * i + 2] = 2 * hu;
            rects[4 * i + 3] = layers > 1 ? strip * 0.85 : 2 * hv;
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.web("#4a525c"));
        for (int m = 0; m < placement.moduleCount(); m++) {
            double[] b = placement.moduleBounds(m);
            double u0 = swap ? b[2] - packBounds[2] : b[0] - packBounds[0];
            double v0 = swap ? b[0] - packBounds[0] : b[2] - packBounds[2];
            double du = swap ? b[3] - b[2] : b[1] - b[0];
            double dv = swap ? b[1] - b[0] : b[3] - b[2];
            g.fillRect(offsetU + u0 * scale, offsetV + v0 * scale, du * scale, dv * scale);
        }
        Color[] table = colours[0];
        for (int p = 0; p < palettes.length; p++) {
            if (palettes[p] == vm.palette()) {
                table = colours[p];
            }
        }
        byte[] indices = vm.indices();
        for (int i = 0; i < placement.cellCount(); i++) {
            g.setFill(table[indices[i] & 0xFF]);
            g.fillRect(rects[4 * i], rects[4 * i + 1], rects[4 * i + 2], rects[4 * i + 3]);
        }
        g.setStroke(ALARM);
        g.setLineWidth(2);
        BitSet alarms = vm.alarmCells();
        for (int i = alarms.nextSetBit(0); i >= 0; i = alarms.nextSetBit(i + 1)) {
            g.strokeRect(rects[4 * i] - 1, rects[4 * i + 1] - 1, rects[4 * i + 2] + 2, rects[4 * i + 3] + 2);
        }
        int s = vm.getSelectedCell();
        if (s >= 0 && s < placement.cellCount()) {
            g.setStroke(SELECTED);
            g.setLineWidth(3);
            g.strokeRect(rects[4 * s] - 2, rects[4 * s + 1] - 2, rects[4 * s + 2] + 4, rects[4 * s + 3] + 4);
        }
    }

    /** The cell drawn at a canvas point, −1 for none. */
    int cellAt(double px, double py) {
        for (int i = 0; i < placement.cellCount(); i++) {
            double x0 = rects[4 * i];
            double y0 = rects[4 * i + 1];
            if (px >= x0 && py >= y0 && px < x0 + rects[4 * i + 2] && py < y0 + rects[4 * i + 3]) {
                return i;
            }
        }
        return -1;
    }

    /** Screen position of a cell's centre. */
    Point2D cellScreenPosition(int cell) {
        return canvas.localToScreen(rects[4 * cell] + rects[4 * cell + 2] / 2,
                rects[4 * cell + 1] + rects[4 * cell + 3] / 2);
    }
}
