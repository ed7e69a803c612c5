package org.evtwin.app;

import org.evtwin.core.model.CellGeometry;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.LayoutSpec;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.Provenance;
import org.evtwin.core.model.SpreadSpec;
import org.evtwin.core.model.Table2D;
import org.evtwin.core.model.ThermalProperties;

/** A small synthetic pack for view-model tests (no dependence on the fitted built-in cells). */
public final class TestPacks {
    private TestPacks() {
    }

    public static PackTopology tinyPack() {
        double[] soc = {0.0, 1.0};
        double[] temps = {25.0};
        EcmParameters ecm = new EcmParameters(new Table2D(soc, temps, new double[][] {{3.0, 4.2}}), c(0.01), c(0.005),
                c(2000), c(0.008), c(50000), 1.0, 0.0, 0.0, 25.0);
        CellParameters cell = new CellParameters("test-cell", "synthetic", 2.0, ecm,
                new CellLimits(2.5, 4.2, -20, 60, 5, 2, 0, 45), new ThermalProperties(0.045, 1000, 0.0042),
                new CellGeometry("cylindrical", 0.018, 0.018, 0.065), "none", Provenance.of("test"));
        return new PackTopology("tiny", "test", cell, 2, 2, 1, 0.0, new CoolingSpec(10, 25, 0.1, "test"),
                new LayoutSpec(1, 2, 1, 0.02, 0.02, 0.07, 2, 0.01), SpreadSpec.none());
    }

    private static Table2D c(double v) {
        return new Table2D(new double[] {0.0, 1.0}, new double[] {25.0}, new double[][] {{v, v}});
    }
}
