package org.evtwin.core.model.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.evtwin.core.model.CellGeometry;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.Provenance;
import org.evtwin.core.model.Table2D;
import org.evtwin.core.model.ThermalProperties;

/** The cells the cell parameter file tests write and read, and reading one from JSON text as if from {@link #FILE}. */
final class CellJsonFixtures {
    /** The file name a cell read from text is reported under. */
    static final String FILE = "cells/rich-test.json";

    private CellJsonFixtures() {
    }

    /** Two temperature rows, five SoC points, values that have no short decimal form. */
    static CellParameters richCell() {
        double[] soc = {0.0, 0.1, 0.5, 0.9, 1.0};
        double[] temps = {0.0, 25.0};
        Table2D ocv = new Table2D(soc, temps, new double[][] {
            {3.0, 3.4 + 1e-13, 3.7, 4.0, 4.15}, {3.01, 0.1 + 0.2 + 3.2, Math.PI + 0.5, 4.02, 4.2}});
        Table2D r0 = new Table2D(soc, temps, new double[][] {
            {0.031, 0.029, 0.027, 0.026, 0.026}, {0.012, 0.011, 0.01, Math.E / 300, 0.0105}});
        Table2D r1 = new Table2D(soc, temps, new double[][] {{0.004, 0.004, 0.004, 0.004, 0.004},
            {0.002, 0.002, 1.0 / 3.0 / 150, 0.002, 0.002}});
        Table2D c1 = new Table2D(soc, temps, new double[][] {{1500, 1600, 1700, 1800, 1900},
            {2000, 2100, 2200, 2300, 2400}});
        Table2D r2 = new Table2D(soc, temps, new double[][] {{0.01, 0.01, 0.01, 0.01, 0.01},
            {0.005, 0.005, 0.005, 0.005, 0.005}});
        Table2D c2 = new Table2D(soc, temps, new double[][] {{4e4, 4e4, 4e4, 4e4, 4e4}, {5e4, 5e4, 5e4, 5e4, 5e4}});
        EcmParameters ecm = new EcmParameters(ocv, r0, r1, c1, r2, c2, 0.9987, 0.0003, 2.9e4, 25.0);
        CellLimits limits = new CellLimits(2.5, 4.2, -20, 55, 3.0, 1.0, 10.0, 45.0);
        Provenance provenance = new Provenance("synthetic rich cell", List.of("data/a.csv sha256=00ff", "b.csv"),
                "hand-made", Map.of("hppc25_rmse_v", 0.0041, "ocv_rmse_v", 1.0 / 7.0), "2024-01-02T03:04:05Z");
        return new CellParameters("rich-test", "NMC/graphite", 2.0 / 3.0 * 100, ecm, limits,
                new ThermalProperties(0.0465, 1034.5, 0.00418), new CellGeometry("cylindrical", 0.0185, 0.0185,
                0.0652), "schmalstieg-nmc", provenance);
    }

    /** The rich cell with a diffusion lag whose values have no short decimal form. */
    static CellParameters richCellWithLag() {
        CellParameters c = richCell();
        return new CellParameters(c.name(), c.chemistry(), c.capacityAh(),
                c.ecm().withDiffusion(new EcmParameters.Diffusion(200.0 / 3.0, 0.1 + 0.2, 3.03e4, 23.5)), c.limits(),
                c.thermal(), c.geometry(), c.ageingModel(), c.provenance());
    }

    /** Reads a cell from JSON text; its errors name {@link #FILE}. */
    static CellParameters read(String json) {
        return CellParametersJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    /** The {@code ecm} object of a cell's JSON tree. */
    static ObjectNode ecm(ObjectNode root) {
        return (ObjectNode) root.get("ecm");
    }
}
