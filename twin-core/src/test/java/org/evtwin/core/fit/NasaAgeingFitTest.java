package org.evtwin.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.evtwin.core.model.OcvAgeing;
import org.junit.jupiter.api.Test;

/**
 * The age-dependent OCV shape of the NASA cell: identified on B0005's fitting discharges only, zero mean over SoC,
 * and it explains most of what the resistance factor alone leaves on the aged discharges (skipped without data).
 */
class NasaAgeingFitTest {
    @Test
    void zeroMeanRemovesTheLevelOnly() {
        double[] p = new double[NasaAgeingFit.KNOTS.length + 1];
        p[0] = 7.0;   // k: not part of d
        for (int j = 1; j < p.length; j++) {
            p[j] = 0.3 + 0.1 * NasaAgeingFit.KNOTS[j - 1];
        }
        double[] d = NasaAgeingFit.zeroMean(p);
        // a linear d = 0.3 + 0.1 z has mean 0.35 over 0-1 (the trapezoid is exact on it)
        for (int j = 0; j < d.length; j++) {
            assertEquals(0.1 * NasaAgeingFit.KNOTS[j] - 0.05, d[j], 1e-15);
        }
    }

    @Test
    void fittedOnB0005FittingDischargesAndShippedWithTheCell() {
        Path raw = SharedData.rawRoot();
        FitResult r = NasaCellFit.fit(raw.resolve(NasaCellFit.DATASET), s -> { });
        OcvAgeing a = r.params().ecm().ocvAgeing();
        assertTrue(a != null, "the fit writes the ageing shape");
        assertTrue(a.source().contains("discharges 10, 20, 30, 50, 60, 70, 90, 100, 110, 130, 140, 150, 168"),
                a.source());
        assertEquals(Arrays.toString(NasaAgeingFit.KNOTS), Arrays.toString(a.socKnots()));
        double mean = 0;
        for (int j = 1; j < a.socKnots().length; j++) {
            mean += 0.5 * (a.shiftVPerUnitFade()[j] + a.shiftVPerUnitFade()[j - 1])
                    * (a.socKnots()[j] - a.socKnots()[j - 1]);
        }
        assertEquals(0.0, mean, 1e-12, "d carries no level (that is k's at constant current)");
        // the aged cells sit above the stretched curve at high SoC and below it before the knee (docs/validation.md)
        assertTrue(a.shapeV(1.0) > 0.1 && a.shapeV(0.05) < -0.3, a.toString());
        // k stays the resistance growth found without the shape (1.0 per unit fade, within 0.1)
        assertEquals(1.0, a.resistanceGrowthPerUnitFade(), 0.1);
        double with = r.residuals().get("ageing_fit_rmse_v");
        double without = r.residuals().get("ageing_fit_without_shape_rmse_v");
        assertTrue(with < 0.021 && without > 0.037, "fit RMSE with shape " + with + " V, without " + without + " V");
        assertTrue(r.params().provenance().files().size() == 2 + NasaResistanceGrowth.FIT_CYCLES.length,
                r.params().provenance().files().toString());
        assertTrue(r.params().provenance().files().stream()
                .noneMatch(f -> f.matches(".*B0005/dis_(2|40|80|120|160)_cap_.*") || f.contains("/B0006/")
                        || f.contains("/B0007/")), "no validation record in the fit");
    }
}
