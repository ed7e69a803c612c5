package org.evtwin.core.model;

/**
 * Physical positions of every cell and the neighbour graph used for heat conduction, computed once from a
 * {@link PackTopology}. Arrays are indexed by cell; neighbours are in compressed-row form
 * ({@code neighbours[neighbourStart[i] .. neighbourStart[i+1])}).
 */
public final class PackLayout {
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final int[] module;
    private final int[] neighbourStart;
    private final int[] neighbours;
    private final double cellWidthM;
    private final double cellDepthM;
    private final double cellHeightM;

    private PackLayout(double[] x, double[] y, double[] z, int[] module, int[] neighbourStart, int[] neighbours,
            CellGeometry geometry) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.module = module;
        this.neighbourStart = neighbourStart;
        this.neighbours = neighbours;
        this.cellWidthM = geometry.widthM();
        this.cellDepthM = geometry.depthM();
        this.cellHeightM = geometry.heightM();
    }

    /** Lays out the pack; the layout's grid must hold exactly the module's cells (checked by the JSON reader). */
    public static PackLayout of(PackTopology topology) {
        LayoutSpec l = topology.layout();
        int n = topology.cellCount();
        int perModule = topology.cellsPerModule();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        int[] module = new int[n];
        double moduleSizeX = l.cellsX() * l.pitchXM() + l.moduleGapM();
        double moduleSizeY = l.cellsY() * l.pitchYM() + l.moduleGapM();
        int modulesX = Math.max(1, l.modulesX());
        int[][] gridIndex = new int[n][3];
        for (int i = 0; i < n; i++) {
            int m = i / perModule;
            int local = i % perModule;
            int ix = local % l.cellsX();
            int iy = (local / l.cellsX()) % l.cellsY();
            int iz = local / (l.cellsX() * l.cellsY());
            int mx = m % modulesX;
            int my = m / modulesX;
            module[i] = m;
            x[i] = mx * moduleSizeX + (ix + 0.5) * l.pitchXM();
            y[i] = my * moduleSizeY + (iy + 0.5) * l.pitchYM();
            z[i] = (iz + 0.5) * l.pitchZM();
            gridIndex[i][0] = ix;
            gridIndex[i][1] = iy;
            gridIndex[i][2] = iz;
        }
        int[] start = new int[n + 1];
        int[] scratch = new int[6 * n];
        int count = 0;
        int[][] steps = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        for (int i = 0; i < n; i++) {
            start[i] = count;
            int base = module[i] * perModule;
            for (int[] s : steps) {
                int ix = gridIndex[i][0] + s[0];
                int iy = gridIndex[i][1] + s[1];
                int iz = gridIndex[i][2] + s[2];
                if (ix < 0 || iy < 0 || iz < 0 || ix >= l.cellsX() || iy >= l.cellsY() || iz >= l.cellsZ()) {
                    continue;
                }
                scratch[count++] = base + ix + l.cellsX() * (iy + l.cellsY() * iz);
            }
        }
        start[n] = count;
        int[] neighbours = java.util.Arrays.copyOf(scratch, count);
        return new PackLayout(x, y, z, module, start, neighbours, topology.cell().geometry());
    }

    public int cellCount() {
        return x.length;
    }

    public double x(int cell) {
        return x[cell];
    }

    public double y(int cell) {
        return y[cell];
    }

    public double z(int cell) {
        return z[cell];
    }

    public int module(int cell) {
        return module[cell];
    }

    public int neighbourStart(int cell) {
        return neighbourStart[cell];
    }

    public int neighbourEnd(int cell) {
        return neighbourStart[cell + 1];
    }

    public int neighbour(int k) {
        return neighbours[k];
    }

    /** Direct access for the solver's hot loop; do not modify. */
    int[] neighbourStartArray() {
        return neighbourStart;
    }

    public double cellWidthM() {
        return cellWidthM;
    }

    public double cellDepthM() {
        return cellDepthM;
    }

    public double cellHeightM() {
        return cellHeightM;
    }
}
