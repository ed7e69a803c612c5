package org.evtwin.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Positions and the neighbour graph of the physical layout. */
class PackLayoutTest {
    private static final double PX = 0.021;
    private static final double PY = 0.019;
    private static final double PZ = 0.07;
    private static final double GAP = 0.013;

    /** {@code modules} modules of a {@code nx × ny × nz} grid; seriesPerModule·parallel = nx·ny·nz. */
    private static PackLayout layout(int modules, int series, int parallel, int nx, int ny, int nz, int modulesX) {
        LayoutSpec spec = new LayoutSpec(nx, ny, nz, PX, PY, PZ, modulesX, GAP);
        PackTopology t = new PackTopology("layout-test", "", SyntheticCells.linear(), modules, series, parallel, 0.0,
                new CoolingSpec(10, 25, 1, "test"), spec, SpreadSpec.none());
        return PackLayout.of(t);
    }

    private static List<Integer> neighbours(PackLayout l, int cell) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int k = l.neighbourStart(cell); k < l.neighbourEnd(cell); k++) {
            out.add(l.neighbour(k));
        }
        return out;
    }

    @Test
    void positionsAreDistinctAndAtLeastOnePitchApart() {
        PackLayout l = layout(6, 3, 4, 4, 3, 1, 4);
        assertEquals(72, l.cellCount());
        Set<List<Double>> seen = new HashSet<>();
        for (int i = 0; i < l.cellCount(); i++) {
            assertTrue(seen.add(List.of(l.x(i), l.y(i), l.z(i))), "cell " + i + " shares a position");
            for (int j = 0; j < i; j++) {
                double d = Math.max(Math.abs(l.x(i) - l.x(j)), Math.max(Math.abs(l.y(i) - l.y(j)),
                        Math.abs(l.z(i) - l.z(j))));
                assertTrue(d >= Math.min(PX, PY) - 1e-12, "cells " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void cellsFillTheModuleGridXFastestAndModulesSitOnTheirOwnGrid() {
        PackLayout l = layout(6, 3, 4, 4, 3, 1, 4);
        assertEquals(0.5 * PX, l.x(0), 1e-15);
        assertEquals(0.5 * PY, l.y(0), 1e-15);
        assertEquals(0.5 * PZ, l.z(0), 1e-15);
        assertEquals(3.5 * PX, l.x(3), 1e-15, "x fastest");
        assertEquals(1.5 * PY, l.y(4), 1e-15, "then y");
        double moduleX = 4 * PX + GAP;
        double moduleY = 3 * PY + GAP;
        // module 5 is the second module of the second row of 4
        assertEquals(moduleX + 0.5 * PX, l.x(5 * 12), 1e-12);
        assertEquals(moduleY + 0.5 * PY, l.y(5 * 12), 1e-12);
        // the cells of one parallel group (4 consecutive indices) form one row: equal y, x one pitch apart
        for (int g = 0; g < 18; g++) {
            for (int i = g * 4 + 1; i < g * 4 + 4; i++) {
                assertEquals(l.y(i - 1), l.y(i), 0.0);
                assertEquals(PX, l.x(i) - l.x(i - 1), 1e-12);
            }
        }
        assertEquals(0.018, l.cellWidthM(), 0.0);
        assertEquals(0.065, l.cellHeightM(), 0.0);
    }

    @Test
    void moduleIndexFollowsCellIndex() {
        PackLayout l = layout(6, 3, 4, 4, 3, 1, 4);
        for (int i = 0; i < l.cellCount(); i++) {
            assertEquals(i / 12, l.module(i));
        }
    }

    @Test
    void neighboursAreSymmetricOnePitchApartAndInsideTheModule() {
        PackLayout l = layout(4, 6, 2, 2, 3, 2, 3);
        int entries = 0;
        for (int i = 0; i < l.cellCount(); i++) {
            List<Integer> n = neighbours(l, i);
            assertEquals(n.size(), new HashSet<>(n).size(), "no duplicate neighbours of " + i);
            for (int j : n) {
                assertNotEquals(i, j, "a cell is not its own neighbour");
                assertEquals(l.module(i), l.module(j), "neighbours " + i + "-" + j + " in one module");
                assertTrue(neighbours(l, j).contains(i), "symmetric: " + j + " lists " + i);
                double dx = Math.abs(l.x(i) - l.x(j));
                double dy = Math.abs(l.y(i) - l.y(j));
                double dz = Math.abs(l.z(i) - l.z(j));
                boolean onePitch = near(dx, PX) && near(dy, 0) && near(dz, 0)
                        || near(dx, 0) && near(dy, PY) && near(dz, 0)
                        || near(dx, 0) && near(dy, 0) && near(dz, PZ);
                assertTrue(onePitch, "neighbours " + i + "-" + j + " are adjacent along one axis");
            }
            entries += n.size();
        }
        // 2 × 3 × 2 grid: edges 1·3·2 (x) + 2·2·2 (y) + 2·3·1 (z) = 20 per module, each listed twice
        assertEquals(4 * 2 * 20, entries);
        assertEquals(entries, l.neighbourEnd(l.cellCount() - 1));
    }

    @Test
    void everyAdjacentPairInAModuleIsListed() {
        PackLayout l = layout(2, 6, 2, 3, 4, 1, 2);
        for (int i = 0; i < l.cellCount(); i++) {
            for (int j = 0; j < l.cellCount(); j++) {
                double d = Math.hypot(l.x(i) - l.x(j), l.y(i) - l.y(j));
                boolean adjacent = i != j && l.module(i) == l.module(j) && (near(d, PX) || near(d, PY));
                assertEquals(adjacent, neighbours(l, i).contains(j), i + "-" + j);
            }
        }
    }

    @Test
    void cornerEdgeAndInnerCellsHaveTwoThreeAndFourNeighbours() {
        // 4 × 3 flat grid: 4 corners, 2·(4−2) + 2·(3−2) = 6 edge cells, (4−2)·(3−2) = 2 inner cells, per module
        PackLayout l = layout(3, 4, 3, 3, 4, 1, 3);
        int[] countByDegree = new int[7];
        for (int i = 0; i < l.cellCount(); i++) {
            countByDegree[l.neighbourEnd(i) - l.neighbourStart(i)]++;
        }
        assertEquals(3 * 4, countByDegree[2], "corners");
        assertEquals(3 * 6, countByDegree[3], "edges");
        assertEquals(3 * 2, countByDegree[4], "inner");
        assertEquals(0, countByDegree[0] + countByDegree[1] + countByDegree[5] + countByDegree[6]);
    }

    @Test
    void singleCellHasNoNeighboursAndSitsAtHalfAPitch() {
        CellParameters cell = SyntheticCells.linear();
        PackLayout l = PackLayout.of(PackTopology.singleCell(cell, new CoolingSpec(10, 25, 1, "t")));
        assertEquals(1, l.cellCount());
        assertEquals(0, l.neighbourEnd(0) - l.neighbourStart(0));
        assertEquals(0.5 * cell.geometry().widthM(), l.x(0), 0.0);
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-12;
    }
}
