package org.evtwin.core.fit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.evtwin.core.TwinException;
import org.evtwin.core.data.BitrodeCsv;
import org.evtwin.core.data.BitrodeRecord;
import org.evtwin.core.data.DataFiles;
import org.evtwin.core.data.ThermocoupleLog;
import org.evtwin.core.model.CellGeometry;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.Provenance;
import org.evtwin.core.model.Table2D;
import org.evtwin.core.model.ThermalProperties;

/**
 * Fits the ORNL 2013 Nissan Leaf cell (Wiggins, Allu, Wang, doi:10.5281/zenodo.2580327): OCV(SoC, T) at 10/25/40 degC
 * from the C/15 cycling shape and the HPPC 1 h rest points ({@link LeafOcv}), the solid-diffusion lag and
 * R0/R1/C1/R2/C2 at every HPPC level and temperature with it ({@link LeafLag}, {@link HppcFit}), and m·cp, h·A from the
 * 1C discharge surface temperature ({@link ThermalFit}); the 1C/2C/3C voltages and the 2C/3C temperatures are left for
 * validation.
 *
 * <p>SoC: 1 = after CC-CV charge to 4.2 V (0.5 A cut-off) and 1 h rest, 0 = the 3.0 V cut-off of the 25 degC HPPC
 * test (10 A, C/3); capacity = the charge delivered between the two in that test (coulomb counted, about 30.5 Ah).
 * That is below the 33.1 Ah rating (new cell) and agrees with the 30.3 Ah the 1C tests deliver to 3.0 V and ORNL's
 * own advice of 30.6 Ah for the discharge tests (SOURCE.txt), so the twin's SoC matches this cell as measured.
 */
public final class LeafCellFit {
    /** Data set folder name under the raw-data root. */
    public static final String DATASET = "ornl_nissan_leaf_2013_cell";
    static final String CYCLING = "NissanLeaf-cell-Cycling-10C-24C-40C.csv";
    static final String[] HPPC = {"NissanLeaf-cell-Low-Current-HPPC-10C.csv",
        "NissanLeaf-cell-Low-Current-HPPC-25C-2.csv", "NissanLeaf-cell-Low-Current-HPPC-40C-1.csv"};
    static final double[] HPPC_TEMPERATURES_C = {10, 25, 40};
    /** Rate whose discharge is used for the thermal fit. */
    public static final String THERMAL_FIT_RATE = "1C";
    /** Cell mass [kg] and cooled surface [m²] (ORNL README; equiv-circ-model, SOURCE.txt). */
    static final double MASS_KG = 0.799;
    static final double AREA_M2 = 0.067569;
    /** SoC grid of all tables. */
    static final double[] SOC_GRID = socGrid();

    private LeafCellFit() {
    }

    /** Fits the cell from the data set folder ({@code .../ornl_nissan_leaf_2013_cell} or its {@code data/}). */
    public static FitResult fit(Path ornlDataDir, Consumer<String> progress) {
        Path data = dataDir(ornlDataDir);
        Path root = data.getParent().getParent();
        List<String> files = new ArrayList<>();
        Map<String, Double> res = new LinkedHashMap<>();
        StringBuilder rep = new StringBuilder("Nissan Leaf 2013 cell fit (ORNL data)\n");

        progress.accept("Leaf: reading C/15 cycling log");
        Path cyclingFile = data.resolve(CYCLING);
        SlowCycleCurve shape = SlowCycleCurve.of(BitrodeCsv.read(cyclingFile));
        files.add(DataFiles.provenanceEntry(root, cyclingFile));
        rep.append(f("C/15 shape: %d cycles, %.2f A; step resistance of the cycling rig %.4f Ohm; apparent "
                + "(charge-discharge)/2I %.4f Ohm; branch-mean vs shifted discharge max %.1f mV; coulombic "
                + "efficiency (discharge/charge Ah) %.4f%n", shape.cycles(), shape.currentA(),
                shape.stepResistanceOhm(), shape.apparentResistanceOhm(), 1e3 * shape.overlapSpreadV(),
                shape.coulombicEfficiency()));

        HppcTest[] tests = new HppcTest[HPPC.length];
        for (int t = 0; t < HPPC.length; t++) {
            progress.accept("Leaf: reading " + HPPC[t]);
            Path p = data.resolve(HPPC[t]);
            tests[t] = HppcTest.of(BitrodeCsv.read(p));
            files.add(DataFiles.provenanceEntry(root, p));
        }
        double capacityC = tests[1].capacityCoulomb();
        double capacityAh = capacityC / CellParameters.SECONDS_PER_HOUR;
        rep.append(f("capacity (25 degC HPPC, full -> 3.0 V at 10 A): %.3f Ah (rated 33.1 Ah)%n", capacityAh));

        int nt = HPPC.length;
        double[][] rows = LeafOcv.rows(shape, tests, HPPC_TEMPERATURES_C, SOC_GRID, capacityC);
        double[][] ocv = java.util.Arrays.copyOf(rows, nt);
        res.put("ocv25_c15_to_rest_point_max_offset_v", rows[nt][0]);
        rep.append("dOCV/dT from the rest points per level (mV/K, before the +-0.4 limit):");
        for (int k = 1; k < rows[nt].length; k++) {
            rep.append(f(" %.2f", 1e3 * rows[nt][k]));
        }
        rep.append('\n');
        int fixes = Monotone.enforce(ocv);
        if (fixes > 0) {
            rep.append(f("OCV: %d grid points raised to keep OCV strictly increasing by >= 0.1 mV%n", fixes));
        }
        double measuredOcvFromSoc = 1 - shape.endC() / capacityC;
        LeafLag.Outcome lag = LeafLag.fit(tests, HPPC_TEMPERATURES_C, SOC_GRID, ocv, capacityC, measuredOcvFromSoc,
                progress);
        LeafLag.report(lag, HPPC_TEMPERATURES_C, rep, res);
        double[][][] rc = new double[5][nt][];
        for (int t = 0; t < nt; t++) {
            String tag = "hppc" + (int) HPPC_TEMPERATURES_C[t];
            HppcFit.Result fit = lag.fits()[t];
            for (int w = 0; w < 5; w++) {
                rc[w][t] = fit.onGrid(w, SOC_GRID);
            }
            res.put(tag + "_rmse_v", fit.rmseV());
            res.put(tag + "_max_error_v", fit.maxErrorV());
            rep.append(f("HPPC %2.0f degC: %d levels, %d samples, RMSE %.2f mV, max %.1f mV (without lag %.2f mV, "
                    + "max %.1f mV)%n", HPPC_TEMPERATURES_C[t], tests[t].levels(), fit.samples(), 1e3 * fit.rmseV(),
                    1e3 * fit.maxErrorV(), 1e3 * lag.withoutLag()[t].rmseV(), 1e3 * lag.withoutLag()[t].maxErrorV()));
            for (HppcFit.Level l : fit.levels()) {
                PulseFit.Result p = l.fit();
                rep.append(f("   SoC %.3f R0 %.3f mOhm R1 %.3f mOhm tau1 %5.1f s R2 %.3f mOhm tau2 %6.0f s "
                        + "RMSE %.2f mV%s%n", l.soc(), 1e3 * p.r0Ohm(), 1e3 * p.r1Ohm(), p.tau1S(),
                        1e3 * p.r2Ohm(), p.tau2S(), 1e3 * p.rmseV(), p.tauAtBound() ? " (tau at bound)" : ""));
            }
        }
        double ea = activationEnergy(rc);
        rep.append(f("Arrhenius fit of R0+R1+R2 at SoC 0.5 over 10/25/40 degC: Ea = %.1f kJ/mol%n", ea / 1e3));

        double[] temps = HPPC_TEMPERATURES_C.clone();
        EcmParameters ecm = new EcmParameters(new Table2D(SOC_GRID, temps, ocv), new Table2D(SOC_GRID, temps, rc[0]),
                new Table2D(SOC_GRID, temps, rc[1]), new Table2D(SOC_GRID, temps, rc[2]),
                new Table2D(SOC_GRID, temps, rc[3]), new Table2D(SOC_GRID, temps, rc[4]),
                Math.min(1.0, shape.coulombicEfficiency()), SELF_DISCHARGE_PER_DAY, ea, 25.0, lag.diffusion());

        progress.accept("Leaf: thermal fit on the " + THERMAL_FIT_RATE + " discharge");
        Path bitrode = data.resolve(THERMAL_FIT_RATE + "-Discharge-Bitrode-data.csv");
        Path lvm = data.resolve("Temperature-" + THERMAL_FIT_RATE + "-discharge.lvm");
        LeafDischarge d = LeafDischarge.of(BitrodeCsv.read(bitrode), ThermocoupleLog.read(lvm, 3.0));
        files.add(DataFiles.provenanceEntry(root, bitrode));
        files.add(DataFiles.provenanceEntry(root, lvm));
        LeafThermal.Outcome th = LeafThermal.fit(d, ecm, capacityC, AREA_M2);
        ThermalFit.SplitResult chosen = th.chosen();
        double cp = chosen.heatCapacityJPerK() / MASS_KG;
        double h = chosen.conductanceWPerK() / AREA_M2;
        FitResult.putCooling(res, chosen.law(), h);
        res.put("thermal_1c_rmse_k", chosen.rmseK());
        res.put("thermal_1c_max_error_k", chosen.maxErrorK());
        res.put("thermal_1c_rest_rmse_k", chosen.restRmseK());
        ThermalFit.Result whole = th.wholeTrace();
        rep.append(f("thermal (1C discharge + 30 min rest, mean TC1-3, ambient TC4; heat I*(OCV-V) - I*T*dOCV/dT):%n"
                + "   whole-trace least squares, constant h (comparison, not used): m*cp %.0f J/K, h*A %.4f W/K, "
                + "m*cp/h*A %.0f s; RMSE %.2f K, max %.2f K%n", whole.heatCapacityJPerK(), whole.conductanceWPerK(),
                whole.heatCapacityJPerK() / whole.conductanceWPerK(), whole.rmseK(), whole.maxErrorK()));
        for (ThermalFit.SplitResult c : th.candidates()) {
            rep.append(f("   split (m*cp from the rest, h*A from the energy balance), %s (m %.2f, eps %.2f): m*cp "
                    + "%.0f J/K, h*A %.4f W/K (at %.0f K), m*cp/h*A %.0f s; rest RMSE %.3f K; whole record RMSE %.2f K,"
                    + " max %.2f K%s%n", c.law().name(), c.law().exponent(), c.law().emissivity(),
                    c.heatCapacityJPerK(), c.conductanceWPerK(), c.law().referenceDeltaK(), c.timeConstantS(),
                    c.restRmseK(), c.rmseK(), c.maxErrorK(), c == chosen ? "  <- chosen (smallest rest RMSE)" : ""));
        }
        rep.append(f("   chosen: cp %.0f J/(kg K) at %.3f kg, h %.2f W/(m2 K) on %.6f m2 (%s; equiv-circ-model used "
                + "cp 1600 and h 9.5)%n", cp, MASS_KG, h, AREA_M2, chosen.law().name()));

        String method = "OCV 25 degC: C/15 cycling curve (discharge branch + I*R_app, R_app from the charge/discharge "
                + "overlap) moved onto the 25 degC HPPC 1 h rest points; 10/40 degC rows: + (T-25)*dOCV/dT, the slope "
                + "regressed per HPPC level from the rest points of the three tests, limited to +-0.4 mV/K. SoC 1 = CC-CV "
                + "4.2 V/0.5 A + 1 h rest, 0 = 3.0 V at 10 A in the 25 degC HPPC, capacity coulomb-counted between them. "
                + "R0 = dV/dI of the 30 A pulse onset (0.5 s); R1,C1,R2,C2 by Levenberg-Marquardt (Hipparchus) over "
                + "pulse+rest+regen+10 % discharge+1 h rest per level, tau1 in [0.5,20] s, tau2 in [20,2000] s; tables "
                + "linear in SoC between levels, all with the OCV at the surface SoC of the diffusion lag. Diffusion "
                + "lag: tau_d and k on the 25 degC HPPC (grid + two refinements) jointly with the RC branches, "
                + "objective = level windows + the final 10 A discharge while its surface SoC stays on the measured "
                + "C/15 curve; Arrhenius 30.3 kJ/mol assumed (Ecker et al. 2015, graphite). SoC grid 0.005 below 0.15 "
                + "and above 0.95, 0.025 between. Thermal: heat I*(OCV-V) - I*T*dOCV/dT from the 1C measurements, mean "
                + "surface temperature TC1-3, ambient TC4; m*cp fitted to the 30 min rest after the discharge (no "
                + "heat generated there), h*A from the energy balance of discharge + rest; of the heat-rejection laws "
                + "constant h / laminar natural convection (+ radiation) the one with the smallest rest RMSE. Limits, "
                + "self-discharge: see sample-data/cells/SOURCE.txt (assumptions labelled there).";
        Provenance prov = new Provenance("ORNL 2013 Nissan Leaf cell (Wiggins, Allu, Wang, doi:10.5281/zenodo.2580327,"
                + " MIT): C/15 cycling + HPPC 10/25/40 degC + 1C discharge temperatures", files, method, res,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        CellParameters cell = new CellParameters("nissan-leaf-2013-33ah", "LiMn2O4+LiNiO2/graphite", capacityAh, ecm,
                LIMITS, new ThermalProperties(MASS_KG, cp, AREA_M2),
                new CellGeometry("pouch", 0.0071, 0.216, 0.290), "schmalstieg-nmc", prov);
        progress.accept("Leaf: done");
        return new FitResult(cell, Map.copyOf(res), rep.toString());
    }

    /**
     * BMS window: 3.0–4.2 V as in all ORNL tests. Assumptions (no data sheet): 3.5C continuous discharge (ORNL tested
     * 3C = 91.8 A, which must pass unclamped; a 2013 Leaf pack is 96s2p of these cells with an 80 kW motor, about
     * 110 A per cell); 2C charge (50 kW CHAdeMO on 96s2p, about 70 A per cell); no charge below 0 degC, cut-off
     * 60 degC, derating from 10 degC (charge) and above 45 degC (usual Li-ion BMS practice).
     */
    static final CellLimits LIMITS = new CellLimits(3.0, 4.2, 0.0, 60.0, 3.5, 2.0, 10.0, 45.0);
    /** Self-discharge [1/day]: assumption, about 2 %/month typical of Li-ion at 25 degC (not measurable here). */
    static final double SELF_DISCHARGE_PER_DAY = 0.02 / 30.0;

    static Path dataDir(Path dir) {
        Path data = Files.isDirectory(dir.resolve("data")) ? dir.resolve("data") : dir;
        if (!Files.isRegularFile(data.resolve(CYCLING))) {
            throw new TwinException(data + ": ORNL Leaf data not found (missing " + CYCLING + ")");
        }
        return data.toAbsolutePath().normalize();
    }

    private static double activationEnergy(double[][][] rc) {
        int mid = java.util.Arrays.binarySearch(SOC_GRID, 0.5);
        int n = HPPC_TEMPERATURES_C.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int t = 0; t < n; t++) {
            double x = 1.0 / (HPPC_TEMPERATURES_C[t] + EcmParameters.KELVIN);
            double y = Math.log(rc[0][t][mid] + rc[1][t][mid] + rc[3][t][mid]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return slope * EcmParameters.GAS_CONSTANT;
    }

    /**
     * SoC grid of all tables: 0.005 steps below SoC 0.15 and above 0.95, where the OCV bends sharply (on a 0.025 grid
     * the linear interpolation of the C/15 shape misses it by up to 6.6 mV at SoC 0.035 and 9.8 mV at 0.992), 0.025
     * in between (below 1 mV there).
     */
    private static double[] socGrid() {
        java.util.List<Double> g = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            g.add(i * 0.005);
        }
        for (int i = 7; i <= 38; i++) {
            g.add(i * 0.025);
        }
        for (int i = 191; i <= 200; i++) {
            g.add(i * 0.005);
        }
        return g.stream().mapToDouble(v -> Math.round(v * 1000) / 1000.0).toArray();
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
