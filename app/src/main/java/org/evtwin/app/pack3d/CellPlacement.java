package org.evtwin.app.pack3d;

import java.util.Arrays;
import org.evtwin.core.model.CellGeometry;
import org.evtwin.core.model.LayoutSpec;
import org.evtwin.core.model.PackLayout;
import org.evtwin.core.model.PackTopology;

/**
 * Where each cell and module sits in the 3D scene, in millimetres, with the exploded offsets applied. The pack's
 * x/y plane becomes the scene's X/Z plane and its z (up) the scene's −Y (JavaFX's Y points down), a proper rotation,
 * so the pack is not mirrored. The pack is centred on X/Z = 0 with its floor at Y = 0.
 *
 * <p>The cell's box is the {@link CellGeometry} turned to fit the layout's pitches: a layout may lay a cell on its
 * side (the built-in Leaf pack stacks pouch cells flat, 4 high, while the cell record stands them up), and drawing
 * the record literally would make neighbours intersect. Pure arithmetic: no JavaFX.
 */
final class CellPlacement {
    /** Scene units per metre. */
    static final double MM = 1000.0;
    /** Cell gaps narrower than this many pixels (pack 1000 px across) are closed; see gapsTooNarrowToDraw. */
    static final double CLOSE_GAPS_BELOW_PX = 3.0;
    /** Exploded view: each module moves away from the pack centre by this fraction of its distance to it. */
    static final double EXPLODE_SPREAD = 0.45;
    /** Fraction of a single-layer module's cell height that its housing covers when cells are drawn with sides. */
    static final double HOUSING_COVER = 0.55;
    /** A side facing a neighbour closer than this fraction of the cell height is never seen, so it is not drawn. */
    static final double HIDDEN_SLIT = 0.15;

    private final int cells;
    private final int modules;
    private final int[] module;
    private final int[] layer;
    private final int[] gridX;
    private final int[] gridY;
    private final int cellsX;
    private final int cellsY;
    private final double slitX;
    private final double slitZ;
    private final double[] x;
    private final double[] z;
    private final double[] centreY;
    private final double[] moduleMin;
    private final double[] moduleMax;
    private final double halfX;
    private final double halfZ;
    private final double height;
    private final double layerLift;
    private final int layers;
    private final double moduleMargin;
    private final double gap;
    private boolean exploded;

    CellPlacement(PackTopology topology) {
        PackLayout layout = PackLayout.of(topology);
        LayoutSpec spec = topology.layout();
        cells = topology.cellCount();
        modules = topology.modules();
        layers = spec.cellsZ();
        cellsX = spec.cellsX();
        cellsY = spec.cellsY();
        double[] box = fit(topology.cell().geometry(), spec);
        boolean close = gapsTooNarrowToDraw(spec, box, layout);
        halfX = (close && spec.cellsX() > 1 ? spec.pitchXM() : box[0]) * MM / 2;
        halfZ = (close && spec.cellsY() > 1 ? spec.pitchYM() : box[1]) * MM / 2;
        height = box[2] * MM;
        module = new int[cells];
        layer = new int[cells];
        gridX = new int[cells];
        gridY = new int[cells];
        x = new double[cells];
        z = new double[cells];
        centreY = new double[cells];
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cells; i++) {
            minX = Math.min(minX, layout.x(i));
            maxX = Math.max(maxX, layout.x(i));
            minY = Math.min(minY, layout.y(i));
            maxY = Math.max(maxY, layout.y(i));
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        int perLayer = spec.cellsX() * spec.cellsY();
        for (int i = 0; i < cells; i++) {
            module[i] = layout.module(i);
            int local = i % topology.cellsPerModule();
            layer[i] = local / perLayer;
            gridX[i] = local % cellsX;
            gridY[i] = (local / cellsX) % cellsY;
            x[i] = (layout.x(i) - cx) * MM;
            z[i] = (layout.y(i) - cy) * MM;
            centreY[i] = -layout.z(i) * MM;
        }
        moduleMargin = Math.max(2.0, Math.min(spec.moduleGapM() * MM * 0.3,
                0.35 * Math.min(spec.pitchXM(), spec.pitchYM()) * MM));
        moduleMin = new double[modules * 2];
        moduleMax = new double[modules * 2];
        Arrays.fill(moduleMin, Double.POSITIVE_INFINITY);
        Arrays.fill(moduleMax, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < cells; i++) {
            int m = module[i];
            moduleMin[2 * m] = Math.min(moduleMin[2 * m], x[i] - halfX - moduleMargin);
            moduleMax[2 * m] = Math.max(moduleMax[2 * m], x[i] + halfX + moduleMargin);
            moduleMin[2 * m + 1] = Math.min(moduleMin[2 * m + 1], z[i] - halfZ - moduleMargin);
            moduleMax[2 * m + 1] = Math.max(moduleMax[2 * m + 1], z[i] + halfZ + moduleMargin);
        }
        double gapX = (spec.cellsX() > 1 ? spec.pitchXM() : spec.pitchXM() + spec.moduleGapM()) * MM - 2 * halfX;
        double gapZ = (spec.cellsY() > 1 ? spec.pitchYM() : spec.pitchYM() + spec.moduleGapM()) * MM - 2 * halfZ;
        gap = Math.max(0, Math.min(gapX, gapZ));
        slitX = spec.pitchXM() * MM - 2 * halfX;
        slitZ = spec.pitchYM() * MM - 2 * halfZ;
        double footprint = Math.min(moduleMax[0] - moduleMin[0], moduleMax[1] - moduleMin[1]);
        layerLift = layers > 1 ? Math.max(2 * spec.pitchZM() * MM, 0.4 * footprint) : 0;
    }

    /**
     * The cell's extent along the layout's x, y, z [m]: the geometry as given when it fits the pitches, else the
     * first rotation of it that fits, else the geometry shrunk to 92 % of each pitch. Axes with one cell never
     * constrain (their pitch is only a spacing).
     */
    static double[] fit(CellGeometry g, LayoutSpec l) {
        double[] dims = {g.widthM(), g.depthM(), g.heightM()};
        double[] room = {l.cellsX() > 1 ? l.pitchXM() : Double.MAX_VALUE,
                l.cellsY() > 1 ? l.pitchYM() : Double.MAX_VALUE, l.cellsZ() > 1 ? l.pitchZM() : Double.MAX_VALUE};
        int[][] orders = {{0, 1, 2}, {1, 0, 2}, {2, 1, 0}, {0, 2, 1}, {1, 2, 0}, {2, 0, 1}};
        for (int[] o : orders) {
            double[] c = {dims[o[0]], dims[o[1]], dims[o[2]]};
            if (c[0] <= room[0] * 1.0001 && c[1] <= room[1] * 1.0001 && c[2] <= room[2] * 1.0001) {
                return c;
            }
        }
        double[] pitch = {l.pitchXM(), l.pitchYM(), l.pitchZM()};
        for (int a = 0; a < 3; a++) {
            dims[a] = Math.min(dims[a], 0.92 * pitch[a]);
        }
        return dims;
    }

    /**
     * True when the gaps between neighbouring cells would be under {@value #CLOSE_GAPS_BELOW_PX} px with the pack
     * 1000 px across (in a docked view it is often half that): drawn
     * without anti-aliasing they would come and go from pixel to pixel (moiré), so the cell tops are widened to the
     * pitch instead; module gaps still show.
     */
    static boolean gapsTooNarrowToDraw(LayoutSpec spec, double[] box, PackLayout layout) {
        double extent = 0;
        for (int i = 0; i < layout.cellCount(); i++) {
            extent = Math.max(extent, Math.max(layout.x(i), layout.y(i)));
        }
        double gap = Double.MAX_VALUE;
        if (spec.cellsX() > 1) {
            gap = Math.min(gap, spec.pitchXM() - box[0]);
        }
        if (spec.cellsY() > 1) {
            gap = Math.min(gap, spec.pitchYM() - box[1]);
        }
        return gap != Double.MAX_VALUE && extent > 0 && gap / extent * 1000 < CLOSE_GAPS_BELOW_PX;
    }

    void setExploded(boolean value) {
        exploded = value;
    }

    int cellCount() {
        return cells;
    }

    int moduleCount() {
        return modules;
    }

    int module(int cell) {
        return module[cell];
    }

    int layer(int cell) {
        return layer[cell];
    }

    /** Cell layers along z in a module (1 unless cells are stacked). */
    int layers() {
        return layers;
    }

    double halfX() {
        return halfX;
    }

    double halfZ() {
        return halfZ;
    }

    double cellHeight() {
        return height;
    }

    /** Smallest free distance between two neighbouring cells' tops in the plane [mm] (0 when they touch). */
    double gap() {
        return gap;
    }

    double moduleMargin() {
        return moduleMargin;
    }

    /** Scene X of a cell's centre. */
    double x(int cell) {
        return x[cell] + moduleShiftX(module[cell]);
    }

    /** Scene Z of a cell's centre. */
    double z(int cell) {
        return z[cell] + moduleShiftZ(module[cell]);
    }

    /** Scene Y of a cell's top face (smaller is higher). */
    double topY(int cell) {
        return centreY[cell] - height / 2 - (exploded ? layer[cell] * layerLift : 0);
    }

    /** Scene Y of a cell's bottom face. */
    double bottomY(int cell) {
        return topY(cell) + height;
    }

    /**
     * True when the side of a cell facing grid direction (dx, dz) (one of ±1 along x or z) looks onto a neighbour of
     * the same module and layer across a slit too narrow to see into.
     */
    boolean hiddenSide(int cell, int dx, int dz) {
        int nx = gridX[cell] + dx;
        int ny = gridY[cell] + dz;
        if (nx < 0 || ny < 0 || nx >= cellsX || ny >= cellsY) {
            return false;
        }
        return (dx != 0 ? slitX : slitZ) < HIDDEN_SLIT * height;
    }

    /** Scene Y where a cell's visible sides end: its bottom, or the housing's lid for a single layer of cells. */
    double sideBottomY(int cell) {
        return layers > 1 ? bottomY(cell) : bottomY(cell) - HOUSING_COVER * height;
    }

    /** Module housing extent: {minX, maxX, minZ, maxZ} in the scene, exploded offsets applied. */
    double[] moduleBounds(int m) {
        double dx = moduleShiftX(m);
        double dz = moduleShiftZ(m);
        return new double[] {moduleMin[2 * m] + dx, moduleMax[2 * m] + dx, moduleMin[2 * m + 1] + dz,
            moduleMax[2 * m + 1] + dz};
    }

    /** Pack extent {minX, maxX, minZ, maxZ, topY} in the current (plain or exploded) arrangement. */
    double[] packBounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 0};
        for (int m = 0; m < modules; m++) {
            double[] mb = moduleBounds(m);
            b[0] = Math.min(b[0], mb[0]);
            b[1] = Math.max(b[1], mb[1]);
            b[2] = Math.min(b[2], mb[2]);
            b[3] = Math.max(b[3], mb[3]);
        }
        for (int i = 0; i < cells; i++) {
            b[4] = Math.min(b[4], topY(i));
        }
        return b;
    }

    private double moduleShiftX(int m) {
        return exploded ? EXPLODE_SPREAD * (moduleMin[2 * m] + moduleMax[2 * m]) / 2 : 0;
    }

    private double moduleShiftZ(int m) {
        return exploded ? EXPLODE_SPREAD * (moduleMin[2 * m + 1] + moduleMax[2 * m + 1]) / 2 : 0;
    }
}
