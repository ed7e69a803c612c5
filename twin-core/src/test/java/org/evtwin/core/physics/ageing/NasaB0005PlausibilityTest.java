package org.evtwin.core.physics.ageing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Plausibility (not a fit, nothing tuned): the Schmalstieg NMC law against NASA PCoE cell B0005 (Saha and Goebel 2007;
 * 18650, 2.0 Ah rated, LCO-type chemistry rather than NMC). Protocol from the data set's README: 24 degC ambient,
 * CC 1.5 A to 4.2 V then CV, CC 2 A discharge to 2.7 V. ASSUMPTIONS: one charge/discharge cycle per day (168 days);
 * each cycle swings the measured capacity of that discharge (DoD = capacity / 2.0 Ah rated); the cycle voltage is the
 * throughput-weighted RMS of the measured terminal voltage over discharge 50 and charge 50 (terminal voltage as
 * stand-in for OCV; charge and discharge overpotentials partly cancel); the cell rests at that voltage and 24 degC for
 * the rest of each day. Tolerance: model fade within a factor 3 of the measured fade.
 */
class NasaB0005PlausibilityTest {
    private static final double RATED_C = 2.0 * 3600.0;

    private static Path dataDir() {
        return Path.of(System.getProperty("twin.shared.dir", "../shared"),
                "data/raw/nasa_pcoe_li_ion_aging_B0005_B0006_B0007/data");
    }

    private static List<double[]> readCsv(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            double[] r = new double[f.length];
            for (int k = 0; k < f.length; k++) {
                r[k] = Double.parseDouble(f[k].trim());
            }
            rows.add(r);
        }
        return rows;
    }

    /** Adds Σ V²·|I|·dt and Σ |I|·dt (trapezoid in time) of a curve; columns voltage, current, ..., time. */
    private static void addCurve(List<double[]> rows, int timeCol, boolean chargeCurve, double[] sums) {
        for (int k = 1; k < rows.size(); k++) {
            double[] a = rows.get(k - 1);
            double[] b = rows.get(k);
            double ia = chargeCurve ? Math.max(0.0, a[1]) : Math.max(0.0, -a[1]); // skip the rig's start transient
            double ib = chargeCurve ? Math.max(0.0, b[1]) : Math.max(0.0, -b[1]);
            double dt = b[timeCol] - a[timeCol];
            sums[0] += 0.5 * (a[0] * a[0] * ia + b[0] * b[0] * ib) * dt;
            sums[1] += 0.5 * (ia + ib) * dt;
        }
    }

    private static Path discharge(int n) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dataDir().resolve("discharge_data/B0005"),
                "dis_" + n + "_cap_*.csv")) {
            return ds.iterator().next();
        }
    }

    @Test
    void schmalstiegFadeAfter168CyclesIsWithinAFactorThreeOfMeasured(TestReporter reporter) throws IOException {
        Path summary = dataDir().resolve("B0005.csv");
        Assumptions.assumeTrue(Files.isReadable(summary),
                "NASA B0005 data not found under twin.shared.dir (" + dataDir() + "); plausibility check skipped");
        List<double[]> cycles = readCsv(summary); // discharge, voltage, temperature, time, capacity, soh
        assertEquals(168, cycles.size());

        double[] sums = new double[2];
        addCurve(readCsv(discharge(50)), 5, false, sums);
        addCurve(readCsv(dataDir().resolve("charge_data/B0005/charge_50.csv")), 5, true, sums);
        double vCycle = Math.sqrt(sums[0] / sums[1]);
        assertTrue(vCycle > 3.5 && vCycle < 4.1, "cycle voltage " + vCycle);

        SchmalstiegNmcAgeing model = new SchmalstiegNmcAgeing();
        AgeingState state = AgeingState.uniform(1, RATED_C);
        AgeingStress s = new AgeingStress(1);
        for (double[] c : cycles) {
            double capC = c[4] * 3600.0;
            double dod = Math.min(1.0, capC / RATED_C);
            double disS = capC / 2.0;
            double chaS = capC / 1.5;
            s.setSegment(0, disS, 24.0, vCycle, vCycle, 0.5, 1.0 - dod, 1.0, 1.0 - dod, capC, 2.0);
            model.advance(state, s, 0, 1);
            s.setSegment(0, chaS, 24.0, vCycle, vCycle, 0.5, 1.0 - dod, 1.0, 1.0, capC, 1.5);
            model.advance(state, s, 0, 1);
            s.setSegment(0, 86400.0 - disS - chaS, 24.0, vCycle, vCycle, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0);
            model.advance(state, s, 0, 1);
        }
        double measuredFade = 1.0 - cycles.get(167)[4] / cycles.get(0)[4];
        double modelFade = 1.0 - state.soh(0);
        double ratio = modelFade / measuredFade;
        reporter.publishEntry("B0005", String.format(
                "V_cycle=%.3f V, model fade %.1f %% (calendar %.1f, cycle %.1f) vs measured %.1f %%: ratio %.2f",
                vCycle, 100 * modelFade, 100 * state.calendarFade(0), 100 * state.cycleFade(0), 100 * measuredFade,
                ratio));
        assertEquals(0.2862, measuredFade, 5e-4); // 1.8565 Ah -> 1.3251 Ah
        assertTrue(ratio > 1.0 / 3.0 && ratio < 3.0, "model/measured fade ratio " + ratio);
    }
}
