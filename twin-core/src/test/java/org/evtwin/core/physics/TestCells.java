package org.evtwin.core.physics;

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

/** Synthetic cells with closed-form behaviour: linear OCV, constant R and C, so tests can compare to analytic answers. */
final class TestCells {
    static final double OCV0 = 3.0;        // V at SoC 0
    static final double OCV_SLOPE = 1.2;   // V per unit SoC
    static final double R0 = 0.010;
    static final double R1 = 0.005;
    static final double C1 = 2000.0;       // tau1 = 10 s
    static final double R2 = 0.008;
    static final double C2 = 50000.0;      // tau2 = 400 s
    static final double CAPACITY_AH = 2.0;
    static final double TAU_D = 300.0;     // diffusion lag time constant [s]
    static final double GAIN_D = 0.4;      // diffusion lag gain k [-]: steady lag k·τ_d·I/Q

    /** The linear cell with a diffusion lag (τ_d = {@value #TAU_D} s, k = {@value #GAIN_D}, no temperature effect). */
    static CellParameters linearCellWithDiffusion(double r0, double efficiency) {
        CellParameters c = linearCell(r0, efficiency);
        return new CellParameters(c.name() + "-diffusion", c.chemistry(), c.capacityAh(),
                c.ecm().withDiffusion(new EcmParameters.Diffusion(TAU_D, GAIN_D, 0.0, 25.0)), c.limits(), c.thermal(),
                c.geometry(), c.ageingModel(), c.provenance());
    }

    private TestCells() {
    }

    static CellParameters linearCell(double r0, double efficiency) {
        double[] soc = {0.0, 1.0};
        double[] temps = {25.0};
        Table2D ocv = new Table2D(soc, temps, new double[][] {{OCV0, OCV0 + OCV_SLOPE}});
        EcmParameters ecm = new EcmParameters(ocv, constant(r0), constant(R1), constant(C1), constant(R2),
                constant(C2), efficiency, 0.0, 0.0, 25.0);
        CellLimits limits = new CellLimits(2.5, 4.3, -20, 60, 100, 100, -20, 60);
        return new CellParameters("linear-test", "synthetic", CAPACITY_AH, ecm, limits,
                new ThermalProperties(0.045, 1000.0, 0.0042), new CellGeometry("cylindrical", 0.018, 0.018, 0.065),
                "none", Provenance.of("synthetic test cell"));
    }

    static Table2D constant(double value) {
        return new Table2D(new double[] {0.0, 1.0}, new double[] {25.0}, new double[][] {{value, value}});
    }

    static CoolingSpec cooling(double h, double neighbourG) {
        return new CoolingSpec(h, 25.0, neighbourG, "test");
    }

    static PackTopology pack(CellParameters cell, int modules, int seriesPerModule, int parallel,
            double interconnectOhm, double neighbourG) {
        LayoutSpec layout = new LayoutSpec(parallel, seriesPerModule, 1, 0.02, 0.02, 0.07, modules, 0.01);
        return new PackTopology("test", "test pack", cell, modules, seriesPerModule, parallel, interconnectOhm,
                cooling(10.0, neighbourG), layout, SpreadSpec.none());
    }
}
