package org.evtwin.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evtwin.core.fit.DiffusionLag;
import org.evtwin.core.fit.TwoRc;
import org.evtwin.core.model.CellGeometry;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.Provenance;
import org.evtwin.core.model.Table2D;
import org.evtwin.core.model.ThermalProperties;
import org.junit.jupiter.api.Test;

/**
 * The replay through the pack solver and the fit's own closed-form 2-RC response (and diffusion lag) agree on a pulse
 * train for a cell with constant R/C and a linear OCV, i.e. the parameters fitted with {@link TwoRc} and
 * {@link DiffusionLag} mean the same in the solver.
 */
class ReplayTest {
    @Test
    void solverMatchesTheClosedFormResponse() {
        check(null, 1e-4);
    }

    /** The same with a diffusion lag: the fit-side {@link DiffusionLag} and the solver's lag mean the same. */
    @Test
    void solverMatchesTheClosedFormResponseWithADiffusionLag() {
        check(new EcmParameters.Diffusion(400.0, 0.25, 0.0, 25.0), 1e-9);
    }

    private static void check(EcmParameters.Diffusion lag, double tolerance) {
        double[] soc = {0, 1};
        double[] ocv = {3.0, 4.2};
        double q = 2.0;
        EcmParameters e = new EcmParameters(Table2D.ofSoc(soc, 25, ocv), Table2D.ofSoc(soc, 25, new double[] {0.05, 0.05}),
                Table2D.ofSoc(soc, 25, new double[] {0.02, 0.02}), Table2D.ofSoc(soc, 25, new double[] {500, 500}),
                Table2D.ofSoc(soc, 25, new double[] {0.03, 0.03}), Table2D.ofSoc(soc, 25, new double[] {6000, 6000}),
                1.0, 0.0, 0.0, 25, lag);
        CellParameters cell = new CellParameters("test", "test", q, e, new CellLimits(2.5, 4.3, 0, 60, 5, 5, 10, 45),
                new ThermalProperties(0.045, 1000, 0.004), new CellGeometry("cylindrical", 0.018, 0.018, 0.065),
                "none", new Provenance("test", List.of(), "", java.util.Map.of(), ""));
        int n = 400;
        double[] t = new double[n];
        double[] i = new double[n];
        double[] u = new double[n];
        double removed = 0;
        for (int k = 0; k < n; k++) {
            t[k] = 5.0 * k;
            i[k] = k == 0 ? 0 : ((k / 40) % 2 == 0 ? 2.0 : (k % 3 == 0 ? -1.0 : 0.0));
        }
        double[] dz = lag == null ? new double[n] : DiffusionLag.trace(t, i, 0, lag.timeConstantS(),
                lag.steadyLagS(25), q * 3600);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                removed += i[k] * 5.0;
            }
            u[k] = 4.2 - 1.2 * (removed / (q * 3600) + dz[k]);
        }
        double[] expected = TwoRc.voltage(t, i, u, 0.05, 0.02, 500, 0.03, 6000);
        Replay.Trace tr = Replay.run(cell, new CoolingSpec(10, 25, 0, "test"), t, i, 25, x -> 25, 1.0, 1.0, 1.0);
        for (int k = 0; k < n; k++) {
            assertEquals(expected[k], tr.voltageV()[k], tolerance, "sample " + k);
        }
    }
}
