package org.evtwin.app.pack3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.BitSet;
import javafx.collections.ObservableFloatArray;
import javafx.collections.ObservableIntegerArray;
import javafx.scene.shape.TriangleMesh;
import org.evtwin.app.TestPacks;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.CellGeometry;
import org.evtwin.core.model.LayoutSpec;
import org.evtwin.core.model.PackTopology;
import org.junit.jupiter.api.Test;


/** Placement and meshes without a window: cell boxes fit the layout, faces face outwards, the model has no nodes. */
class CellGeometryTest {

    @Test
    void cellStoodUpInTheRecordButLaidFlatInTheLayoutIsTurnedToFit() {
        CellGeometry pouch = new CellGeometry("pouch", 0.0071, 0.216, 0.29);
        assertArrayEquals(new double[] {0.29, 0.216, 0.0071},
                CellPlacement.fit(pouch, TestFrames.stackedLeaf().layout()));
        assertArrayEquals(new double[] {0.0071, 0.216, 0.29},
                CellPlacement.fit(pouch, Catalog.pack("leaf-96s2p").layout()),
                "the built-in Leaf stands its pouches upright, as the record does");
        LayoutSpec tesla = Catalog.pack("model-s-like-96s74p").layout();
        assertArrayEquals(new double[] {0.018, 0.018, 0.065},
                CellPlacement.fit(new CellGeometry("cylindrical", 0.018, 0.018, 0.065), tesla));
    }

    @Test
    void cellsOfOneModuleDoNotOverlapAndModulesKeepAGap() {
        CellPlacement p = new CellPlacement(TestFrames.stackedLeaf());
        for (int i = 1; i < 4; i++) {
            assertTrue(p.bottomY(i) < p.topY(i - 1) + 1e-9, "stacked cells do not intersect");
        }
        double[] a = p.moduleBounds(0);
        double[] b = p.moduleBounds(1);
        assertTrue(b[0] > a[1], "housings of neighbouring modules are apart: " + a[1] + " < " + b[0]);
        assertTrue(p.gap() > 0);
    }

    @Test
    void explodingSpreadsModulesAndLiftsLayers() {
        CellPlacement p = new CellPlacement(TestFrames.stackedLeaf());
        double[] before = p.packBounds();
        double layerGap = p.topY(2) - p.topY(3);
        p.setExploded(true);
        double[] after = p.packBounds();
        assertTrue(after[1] - after[0] > 1.3 * (before[1] - before[0]));
        assertTrue(p.topY(2) - p.topY(3) > 5 * layerGap);
    }

    @Test
    void sidesBetweenTouchingPouchesAreNotDrawnButEveryCellKeepsItsFaces() {
        PackTopology leaf = Catalog.pack("leaf-96s2p");
        CellPlacement p = new CellPlacement(leaf);
        int perModule = leaf.cellsPerModule();
        assertTrue(p.hiddenSide(0, 1, 0) && !p.hiddenSide(0, -1, 0), "first pouch: inner side hidden, outer shown");
        assertTrue(!p.hiddenSide(perModule - 1, 1, 0) && !p.hiddenSide(1, 0, 1), "module ends and edges show");
        TriangleMesh mesh = CellMeshes.cells(p, new CellTexture(leaf.cellCount(), 1.0, 0.6, 0.8));
        assertEquals(10 * leaf.cellCount(), mesh.getFaces().size() / 9);
    }

    @Test
    void denseCellsCloseTheirSubPixelGaps() {
        CellPlacement p = new CellPlacement(Catalog.pack("model-s-like-96s74p"));
        assertEquals(0.0195 * CellPlacement.MM / 2, p.halfX(), 1e-9);
        assertEquals(0.0, p.gap(), 1e-9);
    }

    @Test
    void everyFaceWindsCounterClockwiseSeenFromOutside() {
        for (PackTopology pack : new PackTopology[] {TestFrames.stackedLeaf(), TestPacks.tinyPack()}) {
            CellPlacement p = new CellPlacement(pack);
            TriangleMesh mesh = CellMeshes.cells(p, new CellTexture(pack.cellCount(), 1.0, 0.6, 0.8));
            assertEquals(CellMeshes.facesPerCell(p) * pack.cellCount(), mesh.getFaces().size() / 9);
            assertOutward(mesh);
            BitSet all = new BitSet();
            all.set(0, pack.cellCount());
            assertOutward(CellMeshes.frames(p, all, 1, 1, 1));
            assertOutward(CellMeshes.boxes(new double[][] {{0, 10, -5, 0, 0, 20, 1, 9, 1, 19}}, new int[] {1}, 4, 2));
        }
    }

    /** The geometric normal (b − a) × (c − a) of each face points along its declared normal. */
    private static void assertOutward(TriangleMesh mesh) {
        ObservableFloatArray pts = mesh.getPoints();
        ObservableFloatArray normals = mesh.getNormals();
        ObservableIntegerArray faces = mesh.getFaces();
        for (int f = 0; f < faces.size(); f += 9) {
            double[] a = point(pts, faces.get(f));
            double[] b = point(pts, faces.get(f + 3));
            double[] c = point(pts, faces.get(f + 6));
            double[] u = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
            double[] v = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
            double[] n = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
            int k = faces.get(f + 1) * 3;
            double dot = n[0] * normals.get(k) + n[1] * normals.get(k + 1) + n[2] * normals.get(k + 2);
            boolean degenerate = n[0] == 0 && n[1] == 0 && n[2] == 0;
            assertTrue(dot > 0 || degenerate, "face " + f / 9 + " winds inwards");
        }
    }

    private static double[] point(ObservableFloatArray pts, int i) {
        return new double[] {pts.get(3 * i), pts.get(3 * i + 1), pts.get(3 * i + 2)};
    }

    @Test
    void viewModelAndPaletteHoldNoSceneClasses() {
        JavaClasses classes = new ClassFileImporter().importClasses(Pack3DViewModel.class, Palette.class,
                ColourBy.class, LegendRange.class, CellPlacement.class, CellColouring.class);
        ArchRuleDefinition.noClasses().should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }
}
