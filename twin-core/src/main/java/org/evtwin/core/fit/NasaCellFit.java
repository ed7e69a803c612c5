package org.evtwin.core.fit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.evtwin.core.TwinException;
import org.evtwin.core.data.DataFiles;
import org.evtwin.core.data.MeasuredSeries;
import org.evtwin.core.data.NasaCsv;
import org.evtwin.core.data.NasaRecord;
import org.evtwin.core.model.CellGeometry;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.Provenance;
import org.evtwin.core.model.Table2D;
import org.evtwin.core.model.ThermalProperties;

/**
 * Fits the NASA PCoE 18650 cell B0005 (Saha and Goebel 2007) from its first CC-CV charge ({@code charge_1.csv}) and
 * first 2 A discharge ({@code dis_1}): OCV(SoC) and 2-RC parameters jointly ({@link NasaEcmFit}), then m·cp and h·A
 * from the discharge's surface temperature ({@link ThermalFit}). No HPPC exists for these cells.
 *
 * <p>SoC: 1 = end of the CC-CV charge (4.2 V, 20 mA) that precedes discharge 1, 0 = the 2.7 V cut-off of that 2 A
 * discharge; capacity = NASA's capacity of discharge 1 (1.856 Ah, from the file name), i.e. the cell as received,
 * not the 2.0 Ah nominal rating. Aged cycles are simulated with the capacity in their file name
 * ({@code setCapacityScale}), as a SoH estimator would report it.
 */
public final class NasaCellFit {
    /** Data set folder name under the raw-data root. */
    public static final String DATASET = "nasa_pcoe_li_ion_aging_B0005_B0006_B0007";
    /** Test temperature (NASA README: room temperature, 24 degC). */
    public static final double REFERENCE_C = 24.0;
    /**
     * Arrhenius activation energy of all resistances [J/mol] (the NASA cells ran at one temperature, so it cannot be
     * identified from them). Assumption: 20 kJ/mol, the value measured in this project on the ORNL Leaf cell
     * (R0+R1+R2 at SoC 0.5, 10–40 degC HPPC: 19.3 kJ/mol, see {@link LeafCellFit}); electrolyte-conductivity
     * activation energies of carbonate electrolytes are of the same order.
     */
    public static final double ACTIVATION_J_PER_MOL = 20_000;
    /** Assumed cell mass [kg]: 2 Ah-class 18650 cells weigh about 44–48 g (data sheets); NASA does not state it. */
    static final double MASS_KG = 0.045;
    /** 18650 can: 18 mm diameter, 65 mm height (IEC 61960 designation); lateral surface plus both ends [m²]. */
    static final double DIAMETER_M = 0.018;
    static final double HEIGHT_M = 0.065;
    static final double AREA_M2 = Math.PI * DIAMETER_M * HEIGHT_M + 2 * Math.PI * DIAMETER_M * DIAMETER_M / 4;

    private NasaCellFit() {
    }

    /** Fits B0005 from the data set folder ({@code .../nasa_pcoe_li_ion_aging_B0005_B0006_B0007} or its data/). */
    public static FitResult fit(Path nasaDir, Consumer<String> progress) {
        Path data = dataDir(nasaDir);
        Path root = data.getParent().getParent();
        Path disFile = NasaCsv.dischargeFile(data.resolve("discharge_data/B0005"), 1);
        Path chgFile = data.resolve("charge_data/B0005/charge_1.csv");
        progress.accept("NASA: reading " + disFile.getFileName() + " and " + chgFile.getFileName());
        NasaRecord dis = NasaCsv.read(disFile);
        NasaRecord chg = NasaCsv.read(chgFile);
        double capacityAh = dis.capacityAh();
        double capacityC = capacityAh * CellParameters.SECONDS_PER_HOUR;
        MeasuredSeries ds = dis.series();
        double[] dq = ds.dischargedCoulomb();
        double[] dSoc = new double[ds.size()];
        for (int k = 0; k < dSoc.length; k++) {
            dSoc[k] = 1 - dq[k] / capacityC;
        }
        // charge: the first two samples are the rig's ~-4 A switching transient (SOURCE.txt); SoC from the full end
        MeasuredSeries cs = chg.series().slice(2, chg.series().size() - 1, chg.series().source());
        double[] cq = cs.dischargedCoulomb();
        double[] cSoc = new double[cs.size()];
        for (int k = 0; k < cSoc.length; k++) {
            cSoc[k] = 1 - (cq[k] - cq[cq.length - 1]) / capacityC;
        }
        progress.accept("NASA: fitting OCV and 2-RC to discharge 1 + charge 1");
        NasaEcmFit.Result f = NasaEcmFit.fit(new NasaEcmFit.Data(ds, dSoc, cs, cSoc), REFERENCE_C,
                ACTIVATION_J_PER_MOL);

        double[] grid = NasaEcmFit.KNOTS.clone();
        double[] r0 = new double[grid.length];
        double[] r1 = new double[grid.length];
        double[] c1 = new double[grid.length];
        double[] r2 = new double[grid.length];
        double[] c2 = new double[grid.length];
        for (int j = 0; j < grid.length; j++) {
            r0[j] = f.r0();
            r1[j] = f.r1();
            c1[j] = f.tau1() / f.r1();
            r2[j] = f.r2At(grid[j]);
            c2[j] = f.tau2() / r2[j];
        }
        EcmParameters ecm = new EcmParameters(Table2D.ofSoc(grid, REFERENCE_C, f.ocv()),
                Table2D.ofSoc(grid, REFERENCE_C, r0), Table2D.ofSoc(grid, REFERENCE_C, r1),
                Table2D.ofSoc(grid, REFERENCE_C, c1), Table2D.ofSoc(grid, REFERENCE_C, r2),
                Table2D.ofSoc(grid, REFERENCE_C, c2), 1.0, SELF_DISCHARGE_PER_DAY, ACTIVATION_J_PER_MOL,
                REFERENCE_C);

        progress.accept("NASA: thermal fit on discharge 1");
        double[] heat = new double[ds.size()];
        double[] amb = new double[ds.size()];
        for (int k = 0; k < heat.length; k++) {
            double z = Math.max(0, dSoc[k]);
            heat[k] = ds.currentA()[k] * (ecm.ocv(z, REFERENCE_C) - ds.voltageV()[k]);
            amb[k] = ds.temperatureC()[0];
        }
        ThermalFit.Result th = ThermalFit.fit(ds.timeS(), heat, amb, ds.temperatureC());
        double cp = th.heatCapacityJPerK() / MASS_KG;
        double h = th.conductanceWPerK() / AREA_M2;

        Map<String, Double> res = new LinkedHashMap<>();
        res.put("discharge1_rmse_v", f.dischargeRmseV());
        res.put("discharge1_max_error_v", f.dischargeMaxV());
        res.put("charge1_rmse_v", f.chargeRmseV());
        FitResult.putCooling(res, ThermalFit.Law.LINEAR, h);
        res.put("thermal_discharge1_rmse_k", th.rmseK());
        res.put("thermal_discharge1_max_error_k", th.maxErrorK());
        String report = LeafCellFit.f("NASA B0005 fit (discharge 1 + charge 1, %.1f degC)%n"
                + "capacity %.4f Ah (discharge 1; nominal 2.0 Ah)%n"
                + "OCV at SoC %s: %s V%n"
                + "R0 %.2f mOhm, R1 %.2f mOhm, tau1 %.2f s, R2 %.2f mOhm (x%.2f at SoC 0), tau2 %.1f s at %.0f degC; "
                + "Ea %.0f kJ/mol (assumed)%n"
                + "voltage RMSE discharge %.2f mV (max %.1f mV), charge %.2f mV%n"
                + "thermal: m*cp %.1f J/K -> cp %.0f J/(kg K) at %.0f g; h*A %.5f W/K -> h %.2f W/(m2 K) on %.5f m2; "
                + "RMSE %.2f K, max %.2f K%n", REFERENCE_C, capacityAh, Arrays.toString(grid),
                Arrays.toString(Arrays.stream(f.ocv()).map(v -> Math.round(v * 1000) / 1000.0).toArray()),
                1e3 * f.r0(), 1e3 * f.r1(), f.tau1(), 1e3 * f.r2(), 1 + f.growth(), f.tau2(), REFERENCE_C,
                ACTIVATION_J_PER_MOL / 1e3, 1e3 * f.dischargeRmseV(), 1e3 * f.dischargeMaxV(),
                1e3 * f.chargeRmseV(), th.heatCapacityJPerK(), cp, MASS_KG * 1e3, th.conductanceWPerK(), h,
                AREA_M2, th.rmseK(), th.maxErrorK());
        String method = "OCV at 16 SoC knots (monotone by construction) and R0, R1, tau1 in [0.5,20] s, R2, "
                + "tau2 in [20,2000] s, low-SoC R2 growth (1+g*max(0,1-z/0.15)) fitted jointly by Levenberg-Marquardt "
                + "(Hipparchus) to discharge 1 (2 A) and charge 1 (1.5 A CC, CV), resistances Arrhenius-scaled with "
                + "the measured temperature (Ea 20 kJ/mol assumed). SoC 1 = end of CC-CV charge, 0 = 2.7 V at 2 A; "
                + "capacity = NASA capacity of discharge 1. m*cp and h*A fitted to the discharge-1 surface "
                + "temperature with heat I*(OCV-V); mass 45 g assumed. Limits: see sample-data/cells/SOURCE.txt.";
        Provenance prov = new Provenance("NASA PCoE Li-ion ageing data, cell B0005 (Saha and Goebel 2007, NASA "
                + "Prognostics Data Repository, public domain): charge 1 + discharge 1 at 24 degC",
                List.of(DataFiles.provenanceEntry(root, chgFile), DataFiles.provenanceEntry(root, disFile)), method,
                res, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        CellParameters cell = new CellParameters("nasa-18650-b0005", "Li-ion 18650 (NASA PCoE; chemistry not stated)",
                capacityAh, ecm, LIMITS, new ThermalProperties(MASS_KG, cp, AREA_M2),
                new CellGeometry("cylindrical", DIAMETER_M, DIAMETER_M, HEIGHT_M), "schmalstieg-nmc", prov);
        progress.accept("NASA: done");
        return new FitResult(cell, Map.copyOf(res), report);
    }

    /**
     * 2.7–4.2 V (NASA B0005 protocol); discharge 2C, charge 1C continuous (assumptions: usual for 2 Ah 18650 data
     * sheets; NASA ran 1C discharge and 0.75C charge); no charge below 0 degC, cut-off 60 degC, derating from 10 and
     * 45 degC (assumptions, usual Li-ion practice).
     */
    static final CellLimits LIMITS = new CellLimits(2.7, 4.2, 0.0, 60.0, 2.0, 1.0, 10.0, 45.0);
    /** Self-discharge [1/day]: assumption, about 2 %/month typical of Li-ion at 25 degC (not measurable here). */
    static final double SELF_DISCHARGE_PER_DAY = 0.02 / 30.0;

    static Path dataDir(Path dir) {
        Path data = Files.isDirectory(dir.resolve("data")) ? dir.resolve("data") : dir;
        if (!Files.isDirectory(data.resolve("discharge_data/B0005"))) {
            throw new TwinException(data + ": NASA data not found (missing discharge_data/B0005)");
        }
        return data.toAbsolutePath().normalize();
    }
}
