package org.evtwin.core.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;
import org.evtwin.core.model.LayoutSpec;
import org.evtwin.core.model.PackLayout;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SpreadSpec;
import org.evtwin.core.model.json.TopologyJson;
import org.junit.jupiter.api.Test;

/**
 * The heat-rejection law of {@link ThermalNetwork}: constant h against the closed-form (explicit Euler and exponential)
 * cooling curve, a power law against its own closed-form solution, convection plus radiation against a Runge–Kutta
 * reference written out here, energy conservation in a pack with neighbours, stable sub-stepping of a stiff nonlinear
 * law, and the optional cooling fields of the topology JSON.
 */
class ThermalNetworkTest {
    private static final double SIGMA = 5.670374419e-8;   // W/(m²·K⁴), written out independently of CoolingSpec

    private static ThermalNetwork single(CellParameters cell, CoolingSpec cooling) {
        PackTopology t = PackTopology.singleCell(cell, cooling);
        return new ThermalNetwork(t, PackLayout.of(t));
    }

    /** Cools one cell at rest from {@code startC} over {@code steps} updates of {@code dt}; returns its temperature. */
    private static double cool(ThermalNetwork net, double startC, double ambientC, double dt, int steps) {
        double[] temp = {startC};
        double[] heat = {0.0};
        for (int k = 0; k < steps; k++) {
            net.update(temp, heat, ambientC, dt);
        }
        return temp[0];
    }

    @Test
    void constantHKeepsTheClosedFormCoolingCurve() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        double h = 20.0;
        ThermalNetwork net = single(cell, new CoolingSpec(h, 25.0, 0.0, "test"));
        double ha = h * cell.thermal().surfaceAreaM2();
        double mcp = cell.thermal().heatCapacityJPerK();
        double end = cool(net, 40.0, 25.0, 1.0, 600);
        // explicit Euler with dt = 1 s is exactly (1 − hA·dt/mcp)^n
        assertEquals(25.0 + 15.0 * Math.pow(1 - ha / mcp, 600), end, 1e-9);
        assertEquals(25.0 + 15.0 * Math.exp(-600 * ha / mcp), end, 0.01 * 15.0);
        // the explicit default fields give the same law as the 4-argument constructor
        ThermalNetwork same = single(cell, new CoolingSpec(h, 25.0, 0.0, 1.0, 7.0, 0.0, "test"));
        assertEquals(end, cool(same, 40.0, 25.0, 1.0, 600), 0.0);
    }

    @Test
    void powerLawFollowsItsClosedFormSolution() {
        // dθ/dt = −a·θ^m with a = hA/(mcp·ΔT_ref^(m−1)):  θ(t)^(1−m) = θ0^(1−m) + (m−1)·a·t
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        double h = 15.0;
        double m = 1.25;
        double ref = 10.0;
        ThermalNetwork net = single(cell, new CoolingSpec(h, 25.0, 0.0, m, ref, 0.0, "test"));
        double a = h * cell.thermal().surfaceAreaM2() / (cell.thermal().heatCapacityJPerK() * Math.pow(ref, m - 1));
        double theta0 = 30.0;
        for (int seconds : new int[] {300, 1000, 3000}) {
            double exact = Math.pow(Math.pow(theta0, 1 - m) + (m - 1) * a * seconds, 1 / (1 - m));
            double model = cool(net, 25.0 + theta0, 25.0, 0.5, 2 * seconds) - 25.0;
            assertEquals(exact, model, 0.005 * theta0, "t = " + seconds + " s");
        }
        // and it is a different curve from constant h with the same h at ΔT_ref (faster while ΔT > ΔT_ref)
        ThermalNetwork linear = single(cell, new CoolingSpec(h, 25.0, 0.0, "test"));
        assertTrue(cool(net, 55.0, 25.0, 0.5, 600) < cool(linear, 55.0, 25.0, 0.5, 600) - 0.5);
    }

    @Test
    void convectionPlusRadiationMatchesARungeKuttaReference() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        double h = 6.0;
        double m = 1.25;
        double ref = 10.0;
        double eps = 0.9;
        double area = cell.thermal().surfaceAreaM2();
        double mcp = cell.thermal().heatCapacityJPerK();
        ThermalNetwork net = single(cell, new CoolingSpec(h, 20.0, 0.0, m, ref, eps, "test"));
        double ambK = 20.0 + 273.15;
        java.util.function.DoubleUnaryOperator rate = tk -> {
            double d = tk - ambK;
            double conv = h * area * d * Math.pow(Math.abs(d) / ref, m - 1);
            double rad = eps * SIGMA * area * (Math.pow(tk, 4) - Math.pow(ambK, 4));
            return -(conv + rad) / mcp;
        };
        double tk = 80.0 + 273.15;
        double step = 0.05;
        for (int k = 0; k < 40_000; k++) {    // RK4 over 2000 s
            double k1 = rate.applyAsDouble(tk);
            double k2 = rate.applyAsDouble(tk + 0.5 * step * k1);
            double k3 = rate.applyAsDouble(tk + 0.5 * step * k2);
            double k4 = rate.applyAsDouble(tk + step * k3);
            tk += step / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        double model = cool(net, 80.0, 20.0, 1.0, 2000);
        assertEquals(tk - 273.15, model, 0.01 * 60.0);
        // radiation matters here: without it the cell stays warmer
        ThermalNetwork noRadiation = single(cell, new CoolingSpec(h, 20.0, 0.0, m, ref, 0.0, "test"));
        assertTrue(cool(noRadiation, 80.0, 20.0, 1.0, 2000) > model + 1.0);
    }

    @Test
    void heatGeneratedEqualsSensiblePlusRemovedWithANonlinearLaw() {
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        LayoutSpec layout = new LayoutSpec(4, 3, 1, 0.02, 0.02, 0.07, 2, 0.01);
        PackTopology pack = new PackTopology("test", "test pack", cell, 2, 3, 4, 0.0,
                new CoolingSpec(8.0, 25.0, 0.5, 1.25, 10.0, 0.9, "test"), layout, SpreadSpec.none());
        PackModel model = new PackModel(pack, 25.0, 0.9);
        model.setThermalIntervalS(2.0);
        for (int n = 0; n < 3000; n++) {
            model.step(1.0, Control.current(n < 2000 ? 30.0 : 0.0));
        }
        double sensible = 0;
        for (int i = 0; i < model.state().cellCount(); i++) {
            sensible += (model.state().temperatureC(i) - 25.0) * cell.thermal().heatCapacityJPerK();
        }
        EnergyLedger e = model.energy();
        assertTrue(e.heatRemovedJ() > 0.1 * e.heatGeneratedJ(), "the law must remove a fair share of the heat");
        assertEquals(e.heatGeneratedJ(), sensible + e.heatRemovedJ(), 1e-6 * e.heatGeneratedJ(),
                "heat generated = sensible + removed [J]");
    }

    @Test
    void stiffNonlinearLawIsSubSteppedOnItsLocalConductance() {
        // m = 2: dQ/dT = 2·hA·ΔT/ΔT_ref grows with ΔT. At ΔT = 200 K the local conductance is 40× its value at ΔT_ref,
        // so a bound taken at ΔT_ref would let explicit Euler overshoot below ambient. The update must stay monotone
        // and follow the closed form θ = θ0/(1 + a·θ0·t), a = hA/(mcp·ΔT_ref), of dθ/dt = −a·θ².
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        double h = 200.0;
        double ref = 10.0;
        ThermalNetwork net = single(cell, new CoolingSpec(h, 25.0, 0.0, 2.0, ref, 0.0, "test"));
        double a = h * cell.thermal().surfaceAreaM2() / (cell.thermal().heatCapacityJPerK() * ref);
        double nominal = net.maxStableIntervalS();
        double[] temp = {225.0};
        double[] heat = {0.0};
        double previous = temp[0];
        for (int k = 0; k < 20; k++) {
            net.update(temp, heat, 25.0, 2 * nominal);      // each call longer than the nominal bound
            assertTrue(temp[0] >= 25.0 && temp[0] <= previous, "monotone decay, step " + k + ": " + temp[0]);
            previous = temp[0];
        }
        // the bound is for stability, not accuracy (a·θ·dt = 1/4 per sub-step at the start): within 15 %
        double t = 20 * 2 * nominal;
        double exact = 200.0 / (1 + a * 200.0 * t);
        assertEquals(exact, temp[0] - 25.0, 0.15 * exact);
        // one Euler step of the same length at the nominal bound would have ended far below ambient
        assertTrue(200.0 - 2 * nominal * a * 200.0 * 200.0 < -100.0);
    }

    @Test
    void topologyJsonReadsTheOptionalCoolingLaw() {
        CoolingSpec c = read("\"convectionExponent\": 1.25, \"referenceTemperatureDifferenceK\": 5, "
                + "\"emissivity\": 0.9").cooling();
        assertEquals(1.25, c.convectionExponent(), 0.0);
        assertEquals(5.0, c.referenceTemperatureDifferenceK(), 0.0);
        assertEquals(0.9, c.emissivity(), 0.0);
        CoolingSpec d = read("").cooling();
        assertEquals(1.0, d.convectionExponent(), 0.0);
        assertEquals(CoolingSpec.DEFAULT_REFERENCE_DELTA_K, d.referenceTemperatureDifferenceK(), 0.0);
        assertEquals(0.0, d.emissivity(), 0.0);
        assertTrue(d.isLinear());
        assertMessage(() -> read("\"convectionExponent\": 0.5"), "$.cooling.convectionExponent",
                "must be between 1 and 2");
        assertMessage(() -> read("\"emissivity\": 1.2"), "$.cooling.emissivity", "must be between 0 and 1");
        assertMessage(() -> read("\"referenceTemperatureDifferenceK\": 0"), "$.cooling.referenceTemperatureDifferenceK",
                "must be > 0");
        assertThrows(TwinException.class, () -> new CoolingSpec(10, 25, 0, 3.0, 10, 0, "bad exponent"));
        assertThrows(TwinException.class, () -> new CoolingSpec(10, 25, 0, 1.0, 10, -0.1, "bad emissivity"));
    }

    private static void assertMessage(Runnable r, String path, String text) {
        TwinException e = assertThrows(TwinException.class, r::run);
        assertTrue(e.getMessage().contains(path) && e.getMessage().contains(text), e.getMessage());
    }

    private static PackTopology read(String extraCoolingFields) {
        String json = "{\"schema\": \"evtwin.pack/1\", \"name\": \"t\", \"cellName\": \"x\", \"modules\": 1,"
                + " \"seriesPerModule\": 1, \"parallel\": 1, \"cooling\": {\"heatTransferCoefficientWPerM2K\": 10"
                + (extraCoolingFields.isEmpty() ? "" : ", " + extraCoolingFields) + "},"
                + " \"layout\": {\"cellsX\": 1, \"cellsY\": 1, \"cellsZ\": 1, \"pitchXM\": 0.02, \"pitchYM\": 0.02,"
                + " \"pitchZM\": 0.07, \"modulesX\": 1}}";
        CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);
        PackTopology t = TopologyJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json",
                null, name -> cell);
        return t;
    }
}
