package org.evtwin.core.ingest.mqtt;

import java.util.Arrays;
import org.evtwin.core.model.PackTopology;

/**
 * A vehicle the live source knows: its id (the topic level) and the shape of its pack, so that a message with the
 * wrong module or cell count is rejected instead of reaching the twin.
 *
 * @param id             vehicle id as in the topic ({@code ev/<id>/battery/telemetry})
 * @param cellsPerModule cells of each module, in topology order
 */
public record VehicleSpec(String id, int[] cellsPerModule) {

    public VehicleSpec {
        if (id == null || id.isBlank() || id.contains("/") || id.contains("+") || id.contains("#")) {
            throw new IllegalArgumentException("vehicle id must be one non-empty topic level without / + #, found \""
                    + id + "\"");
        }
        if (cellsPerModule.length == 0 || Arrays.stream(cellsPerModule).anyMatch(n -> n <= 0)) {
            throw new IllegalArgumentException("vehicle " + id + ": every module needs at least one cell");
        }
        cellsPerModule = cellsPerModule.clone();
    }

    /** A vehicle carrying a pack of this topology (modules × cells per module). */
    public static VehicleSpec of(String id, PackTopology topology) {
        int[] cells = new int[topology.modules()];
        Arrays.fill(cells, topology.cellsPerModule());
        return new VehicleSpec(id, cells);
    }

    public int modules() {
        return cellsPerModule.length;
    }

    public int cellCount() {
        return Arrays.stream(cellsPerModule).sum();
    }

    @Override
    public int[] cellsPerModule() {
        return cellsPerModule.clone();
    }

    int cellsInModule(int module) {
        return cellsPerModule[module];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VehicleSpec v && v.id.equals(id) && Arrays.equals(v.cellsPerModule, cellsPerModule);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(cellsPerModule);
    }

    @Override
    public String toString() {
        return "VehicleSpec[" + id + ", " + modules() + " modules, " + cellCount() + " cells]";
    }
}
