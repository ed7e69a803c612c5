package org.evtwin.core.model;

/**
 * Physical arrangement of cells. Inside a module the cells sit on a grid of {@code cellsX × cellsY × cellsZ}
 * positions (their product is the module's cell count), filled x fastest, then y, then z, in cell-index order, so
 * the cells of one parallel group are neighbours. Modules sit on a {@code modulesX × modulesY} grid in the pack.
 *
 * @param cellsX        cells along x in a module
 * @param cellsY        cells along y in a module
 * @param cellsZ        cells along z in a module
 * @param pitchXM       centre-to-centre distance along x [m]
 * @param pitchYM       centre-to-centre distance along y [m]
 * @param pitchZM       centre-to-centre distance along z [m]
 * @param modulesX      modules along x in the pack
 * @param moduleGapM    gap between modules [m]
 */
public record LayoutSpec(int cellsX, int cellsY, int cellsZ, double pitchXM, double pitchYM, double pitchZM,
        int modulesX, double moduleGapM) {

    public int cellsPerModule() {
        return cellsX * cellsY * cellsZ;
    }
}
