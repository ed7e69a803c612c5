package org.evtwin.core.model;

/**
 * A pack: {@code modules} modules in series, each of {@code seriesPerModule} parallel groups in series, each group of
 * {@code parallel} identical-type cells in parallel. Cell index order: module, then group within module, then cell
 * within group, so cell {@code i} belongs to group {@code i / parallel}.
 *
 * @param name                       identifier, e.g. "leaf-96s2p"
 * @param description                one line for people
 * @param cell                       the cell type
 * @param modules                    modules in series
 * @param seriesPerModule            parallel groups in series per module
 * @param parallel                   cells per parallel group
 * @param interconnectResistanceOhm  busbar/weld resistance between two adjacent groups [Ω]
 * @param cooling                    heat exchange
 * @param layout                     physical positions
 * @param spread                     cell-to-cell spread
 */
public record PackTopology(
        String name,
        String description,
        CellParameters cell,
        int modules,
        int seriesPerModule,
        int parallel,
        double interconnectResistanceOhm,
        CoolingSpec cooling,
        LayoutSpec layout,
        SpreadSpec spread) {

    public int seriesGroups() {
        return modules * seriesPerModule;
    }

    public int cellCount() {
        return modules * seriesPerModule * parallel;
    }

    public int cellsPerModule() {
        return seriesPerModule * parallel;
    }

    /** Rated pack capacity [Ah]. */
    public double capacityAh() {
        return cell.capacityAh() * parallel;
    }

    /** Short form such as "96s2p". */
    public String configuration() {
        return seriesGroups() + "s" + parallel + "p";
    }

    /** The same pack with another spread (e.g. another seed). */
    public PackTopology withSpread(SpreadSpec newSpread) {
        return new PackTopology(name, description, cell, modules, seriesPerModule, parallel,
                interconnectResistanceOhm, cooling, layout, newSpread);
    }

    /** The same pack built from another cell type. */
    public PackTopology withCell(CellParameters newCell) {
        return new PackTopology(name, description, newCell, modules, seriesPerModule, parallel,
                interconnectResistanceOhm, cooling, layout, spread);
    }

    /** A single cell as a 1s1p "pack", for cell-level simulation and validation. */
    public static PackTopology singleCell(CellParameters cell, CoolingSpec cooling) {
        CellGeometry g = cell.geometry();
        LayoutSpec layout = new LayoutSpec(1, 1, 1, g.widthM(), g.depthM(), g.heightM(), 1, 0.0);
        return new PackTopology(cell.name() + "-1s1p", "single cell", cell, 1, 1, 1, 0.0, cooling, layout,
                SpreadSpec.none());
    }
}
