package org.evtwin.app.pack3d;

import java.util.BitSet;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * Builds the meshes of the pack: one mesh for all cells (the top face of every cell, plus its four sides when the
 * cells are few enough to afford it) whose texture coordinates point each cell at its own texel, and marker
 * frames around chosen cells. Faces are written cell by cell, so a picked face maps back to its cell by
 * {@code face / facesPerCell}. Winding is counter-clockwise seen from outside (JavaFX culls back faces).
 */
final class CellMeshes {
    /**
     * Packs of up to this many cells get side faces (10 triangles per cell instead of 2): upright pouches or stacked
     * cells show their faces; above it the frame rate needs the tops alone (see docs/benchmarks.md).
     */
    static final int SIDES_UP_TO_CELLS = 4096;
    private static final float[] NORMALS = {0, -1, 0, 1, 0, 0, -1, 0, 0, 0, 0, 1, 0, 0, -1};
    private static final int UP = 0;
    private static final int PLUS_X = 1;
    private static final int MINUS_X = 2;
    private static final int PLUS_Z = 3;
    private static final int MINUS_Z = 4;

    private CellMeshes() {
    }

    /** Triangles per cell in the cell mesh for this placement. */
    static int facesPerCell(CellPlacement p) {
        return withSides(p) ? 10 : 2;
    }

    private static boolean withSides(CellPlacement p) {
        return p.cellCount() <= SIDES_UP_TO_CELLS;
    }

    /**
     * The cell mesh: points from the placement; per cell one texture coordinate per shade block of the texture (the
     * top face samples block 0; with sides, ±X faces block 1 and ±Z faces block 2 when the texture has them).
     */
    static TriangleMesh cells(CellPlacement p, CellTexture texture) {
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        int n = p.cellCount();
        int blocks = texture.blocks();
        float[] tex = new float[2 * n * blocks];
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < n; i++) {
                tex[2 * (b * n + i)] = texture.u(i);
                tex[2 * (b * n + i) + 1] = texture.v(i, b);
            }
        }
        mesh.getTexCoords().setAll(tex);
        mesh.getNormals().setAll(NORMALS);
        mesh.getPoints().setAll(cellPoints(p));
        boolean sides = withSides(p);
        int sideX = Math.min(1, blocks - 1) * n;
        int sideZ = Math.min(2, blocks - 1) * n;
        int[] faces = new int[n * facesPerCell(p) * 9];
        int f = 0;
        for (int i = 0; i < n; i++) {
            int v = i * (sides ? 8 : 4);
            // top corners v..v+3: (x0,z0) (x1,z0) (x1,z1) (x0,z1); bottom corners v+4..v+7 in the same order
            f = quad(faces, f, v, v + 1, v + 2, v + 3, UP, i);
            if (sides) {
                // a side that can never be seen becomes two zero-area triangles: the rasteriser skips them, and
                // every cell keeps the same number of faces, so face / facesPerCell still names the cell
                f = side(faces, f, p.hiddenSide(i, 1, 0), v, v + 1, v + 5, v + 6, v + 2, PLUS_X, sideX + i);
                f = side(faces, f, p.hiddenSide(i, -1, 0), v, v, v + 3, v + 7, v + 4, MINUS_X, sideX + i);
                f = side(faces, f, p.hiddenSide(i, 0, 1), v, v + 2, v + 6, v + 7, v + 3, PLUS_Z, sideZ + i);
                f = side(faces, f, p.hiddenSide(i, 0, -1), v, v, v + 4, v + 5, v + 1, MINUS_Z, sideZ + i);
            }
        }
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    /**
     * Open-topped boxes {minX, maxX, topY, bottomY, minZ, maxZ, innerMinX, innerMaxX, innerMinZ, innerMaxZ} as one
     * mesh: four sides and, on top, only the frame outside the inner rectangle (the cells cover the rest, and a lid
     * under them would be drawn for nothing); no bottom (the camera stays above the floor). Textured from a palette
     * image of {@code columns} × {@code rowCount} texels: box {@code k} uses row {@code rows[k]}; its top samples
     * column 0, its ±X sides column 1, its ±Z sides column 2.
     */
    static TriangleMesh boxes(double[][] boxes, int[] rows, int columns, int rowCount) {
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        float[] tex = new float[2 * columns * rowCount];
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columns; c++) {
                tex[2 * (r * columns + c)] = (c + 0.5f) / columns;
                tex[2 * (r * columns + c) + 1] = (r + 0.5f) / rowCount;
            }
        }
        mesh.getTexCoords().setAll(tex);
        mesh.getNormals().setAll(NORMALS);
        float[] pts = new float[boxes.length * 12 * 3];
        int[] faces = new int[boxes.length * 16 * 9];
        int k = 0;
        int f = 0;
        for (int b = 0; b < boxes.length; b++) {
            double[] x = boxes[b];
            k = corners(pts, k, x[0], x[1], x[4], x[5], x[2]);
            k = corners(pts, k, x[0], x[1], x[4], x[5], x[3]);
            k = corners(pts, k, x[6], x[7], x[8], x[9], x[2]);
            int v = b * 12;
            int t = rows[b] * columns;
            for (int s = 0; s < 4; s++) {
                f = quad(faces, f, v + s, v + (s + 1) % 4, v + 8 + (s + 1) % 4, v + 8 + s, UP, t);
            }
            f = quad(faces, f, v + 1, v + 5, v + 6, v + 2, PLUS_X, t + 1);
            f = quad(faces, f, v, v + 3, v + 7, v + 4, MINUS_X, t + 1);
            f = quad(faces, f, v + 2, v + 6, v + 7, v + 3, PLUS_Z, t + 2);
            f = quad(faces, f, v, v + 4, v + 5, v + 1, MINUS_Z, t + 2);
        }
        mesh.getPoints().setAll(pts);
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    private static int corners(float[] pts, int k, double x0, double x1, double z0, double z1, double y) {
        return ring(pts, k, (x0 + x1) / 2, (z0 + z1) / 2, (x1 - x0) / 2, (z1 - z0) / 2, y);
    }

    /** Vertex positions of the cell mesh in the placement's current (plain or exploded) arrangement. */
    static float[] cellPoints(CellPlacement p) {
        boolean sides = withSides(p);
        int n = p.cellCount();
        float[] pts = new float[n * (sides ? 8 : 4) * 3];
        int k = 0;
        for (int i = 0; i < n; i++) {
            k = ring(pts, k, p.x(i), p.z(i), p.halfX(), p.halfZ(), p.topY(i));
            if (sides) {
                k = ring(pts, k, p.x(i), p.z(i), p.halfX(), p.halfZ(), p.sideBottomY(i));
            }
        }
        return pts;
    }

    /**
     * Flat frames (outer edge {@code outset} mm beyond the cell, inner edge {@code inset} mm inside it) floating
     * {@code lift} mm above the top of each chosen cell; a mesh with no faces when none is chosen.
     */
    static TriangleMesh frames(CellPlacement p, BitSet chosen, double outset, double inset, double lift) {
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        mesh.getTexCoords().setAll(0, 0);
        mesh.getNormals().setAll(NORMALS);
        int count = chosen.cardinality();
        float[] pts = new float[count * 8 * 3];
        int[] faces = new int[count * 8 * 9];
        int k = 0;
        int f = 0;
        int v = 0;
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            double y = p.topY(i) - lift;
            k = ring(pts, k, p.x(i), p.z(i), p.halfX() + outset, p.halfZ() + outset, y);
            k = ring(pts, k, p.x(i), p.z(i), p.halfX() - inset, p.halfZ() - inset, y);
            for (int s = 0; s < 4; s++) {
                int o0 = v + s;
                int o1 = v + (s + 1) % 4;
                f = quad(faces, f, o0, o1, v + 4 + (s + 1) % 4, v + 4 + s, UP, 0);
            }
            v += 8;
        }
        mesh.getPoints().setAll(pts);
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    private static int ring(float[] pts, int k, double cx, double cz, double hx, double hz, double y) {
        double[][] corners = {{cx - hx, cz - hz}, {cx + hx, cz - hz}, {cx + hx, cz + hz}, {cx - hx, cz + hz}};
        for (double[] c : corners) {
            pts[k++] = snap(c[0]);
            pts[k++] = snap(y);
            pts[k++] = snap(c[1]);
        }
        return k;
    }

    /**
     * A coordinate rounded to 1/1024 mm: touching cells compute their shared edge from different centres, and
     * without rounding the two floats can differ in the last bit, which leaves pixel cracks along the edge.
     */
    private static float snap(double mm) {
        return (float) (Math.rint(mm * 1024) / 1024);
    }

    private static int side(int[] faces, int f, boolean hidden, int v, int a, int b, int c, int d, int n, int t) {
        return hidden ? quad(faces, f, v, v, v, v, n, t) : quad(faces, f, a, b, c, d, n, t);
    }

    /** Two triangles a-b-c and a-c-d, all with normal {@code n} and texture coordinate {@code t}. */
    private static int quad(int[] faces, int f, int a, int b, int c, int d, int n, int t) {
        f = vertex(faces, f, a, n, t);
        f = vertex(faces, f, b, n, t);
        f = vertex(faces, f, c, n, t);
        f = vertex(faces, f, a, n, t);
        f = vertex(faces, f, c, n, t);
        return vertex(faces, f, d, n, t);
    }

    private static int vertex(int[] faces, int f, int point, int normal, int tex) {
        faces[f] = point;
        faces[f + 1] = normal;
        faces[f + 2] = tex;
        return f + 3;
    }
}
