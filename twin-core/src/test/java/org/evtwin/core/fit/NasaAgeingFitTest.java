package org.evtwin.core.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.evtwin.core.model.OcvAgeing;
import org.junit.jupiter.api.Test;

/**
 * The age-dependent OCV shape study of the NASA cell (docs/validation.md, "NASA ageing in the replay"): identified on
 * B0005's fitting discharges only, d = 0 at SoC 1, and on those discharges it explains most of what a resistance
 * factor alone leaves (skipped without the data).
 */
class NasaAgeingFitTest {
    @Test
    void shapeIsZeroAtFullChargeWhateverTheParameters() {
        double[] p = new double[NasaAgeingFit.KNOTS.length];
        p[0] = 7.0;   // k: not part of d
        for (int j = 1; j < p.length; j++) {
            p[j] = -0.1 * j;
        }
        double[] d = NasaAgeingFit.anchoredAtFull(p);
        assertEquals(NasaAgeingFit.KNOTS.length, d.length);
        assertEquals(1.0, NasaAgeingFit.KNOTS[NasaAgeingFit.KNOTS.length - 1], 0.0);
        assertEquals(0.0, d[d.length - 1], 0.0);
        assertEquals(0.0, new OcvAgeing(NasaAgeingFit.KNOTS, d, 0.0, "test").shiftV(1.0, 0.7), 0.0,
                "the rested voltage after the CC-CV charge does not move with age");
        assertTrue(new OcvAgeing(NasaAgeingFit.KNOTS, d, 0.0, "test").shiftV(0.5, 0.7) != 0.0,
                "the other knots are free");
    }

    @Test
    void fittedOnB0005FittingDischargesOnly() {
        Path raw = SharedData.rawRoot();
        FitResult cell = NasaCellFit.fit(raw.resolve(NasaCellFit.DATASET), s -> { });
        NasaAgeingFit.Result r = NasaAgeingFit.fit(raw.resolve(NasaCellFit.DATASET), cell.params(), s -> { });
        assertArrayEquals(NasaResistanceGrowth.FIT_CYCLES, r.cycles());
        for (int validation : new int[] {2, 40, 80, 120, 160}) {
            assertTrue(Arrays.stream(r.cycles()).noneMatch(c -> c == validation), "validation discharge " + validation);
        }
        OcvAgeing a = r.shape();
        assertTrue(a.source().contains("discharges 10, 20, 30, 50, 60, 70, 90, 100, 110, 130, 140, 150, 168"),
                a.source());
        assertEquals(0.0, a.shapeV(1.0), 0.0);
        // the aged cells fall below the stretched curve before the knee (docs/validation.md): d(0.05) about -0.8 V
        assertTrue(a.shapeV(0.05) < -0.5 && a.shapeV(0.5) < 0, a.toString());
        // anchored at full charge, the fit puts the age effect into the OCV: k ends at its bound 0 (within 0.05)
        assertEquals(0.0, a.resistanceGrowthPerUnitFade(), 0.05);
        assertEquals(0.995, r.baselineK(), 0.05, "k without the shape: the previous relation");
        assertTrue(r.totalShaped() < 0.0195 && r.totalBaseline() > 0.037,
                "RMSE with shape " + r.totalShaped() + " V, without " + r.totalBaseline() + " V");
        for (int i = 0; i < r.cycles().length; i++) {
            if (r.soh()[i] < 0.81) {
                assertTrue(r.rmseShaped()[i] < 0.018, "discharge " + r.cycles()[i] + ": " + r.rmseShaped()[i]);
            }
        }
    }
}
