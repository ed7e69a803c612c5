package org.evtwin.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Test fixture shared by the test packages outside {@code physics}: a synthetic cell with closed-form behaviour
 * (linear OCV {@code 3.0 V + 1.2 V·z}, constant R and C, no temperature dependence, no entropic heat, no ageing) and
 * small packs built from it. The numbers are chosen for analytic checks, not to resemble a real cell.
 */
public final class SyntheticCells {
    public static final double OCV0_V = 3.0;
    public static final double OCV_SLOPE_V = 1.2;
    public static final double R0_OHM = 0.010;
    public static final double R1_OHM = 0.005;
    public static final double C1_F = 2000.0;       // tau1 = 10 s
    public static final double R2_OHM = 0.008;
    public static final double C2_F = 50000.0;      // tau2 = 400 s
    public static final double CAPACITY_AH = 2.0;
    public static final double MASS_KG = 0.045;
    public static final double CP_J_PER_KG_K = 1000.0;
    public static final double AREA_M2 = 0.0042;

    /** Wide window: -20..60 degC, 2.5..4.3 V, 100C both ways, no derating. */
    public static final CellLimits WIDE_LIMITS = new CellLimits(2.5, 4.3, -20, 60, 100, 100, -20, 60);

    private SyntheticCells() {
    }

    public static CellParameters linear() {
        return linear(WIDE_LIMITS);
    }

    public static CellParameters linear(CellLimits limits) {
        double[] soc = {0.0, 1.0};
        Table2D ocv = new Table2D(soc, new double[] {25.0}, new double[][] {{OCV0_V, OCV0_V + OCV_SLOPE_V}});
        EcmParameters ecm = new EcmParameters(ocv, flat(R0_OHM), flat(R1_OHM), flat(C1_F), flat(R2_OHM),
                flat(C2_F), 1.0, 0.0, 0.0, 25.0);
        return new CellParameters("synthetic-linear", "synthetic", CAPACITY_AH, ecm, limits,
                new ThermalProperties(MASS_KG, CP_J_PER_KG_K, AREA_M2),
                new CellGeometry("cylindrical", 0.018, 0.018, 0.065), "none", Provenance.of("synthetic test cell"));
    }

    /** Heat capacity m·cp of the synthetic cell [J/K]. */
    public static double heatCapacityJPerK() {
        return MASS_KG * CP_J_PER_KG_K;
    }

    /** Open-circuit voltage of the synthetic cell at a SoC [V]. */
    public static double ocv(double soc) {
        return OCV0_V + OCV_SLOPE_V * soc;
    }

    private static Table2D flat(double value) {
        return new Table2D(new double[] {0.0, 1.0}, new double[] {25.0}, new double[][] {{value, value}});
    }

    /**
     * A pack of {@code modules} modules in series, each {@code series}·{@code parallel} cells laid out on a
     * {@code parallel × series × 1} grid (a parallel group is a row along x), modules two per row.
     */
    public static PackTopology pack(CellParameters cell, int modules, int series, int parallel, double hWPerM2K,
            double neighbourWPerK) {
        LayoutSpec layout = new LayoutSpec(parallel, series, 1, 0.02, 0.02, 0.07, 2, 0.01);
        return new PackTopology("synthetic-" + modules * series + "s" + parallel + "p", "synthetic test pack", cell,
                modules, series, parallel, 0.0, new CoolingSpec(hWPerM2K, 25.0, neighbourWPerK, "test"), layout,
                SpreadSpec.none());
    }

    /** A spread with only a capacity and resistance sigma. */
    public static SpreadSpec spread(long seed, double capacitySigma, double resistanceSigma) {
        return new SpreadSpec(seed, capacitySigma, resistanceSigma, 0.0, "test");
    }

    /**
     * Copies a test resource (e.g. {@code /org/evtwin/core/testdata/synthetic-2s3p.json}) into {@code dir} and
     * returns the copy, so code that wants a real file (the command line) gets one.
     */
    public static Path copyResource(String resource, Path dir) {
        try (InputStream in = SyntheticCells.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
