package org.evtwin.core.ml.early;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.data.CsvTable;
import org.evtwin.core.ml.data.MlData;
import org.evtwin.core.ml.data.SeversonCells;
import org.junit.jupiter.api.Test;

/**
 * dQ(V) features recomputed in Java from the Q(V) curves equal the research helper's numpy values for all 124 cells,
 * and the one-feature variance model on them reproduces Severson et al.'s Table 1 (RMSE 103 / 138 / 196 cycles).
 */
class EarlyFeaturesTest {

    @Test
    void recomputedFeaturesMatchTheDerivedTableForAllCells() {
        var folder = MlData.folder(MlData.SEVERSON);
        SeversonCells.Loaded data = SeversonCells.load(folder);
        assertEquals(124, data.cells().size());
        assertEquals(List.of(41, 43, 40), SeversonCells.SPLITS.stream().map(s -> data.split(s).size()).toList());
        CsvTable ref = CsvTable.read(folder.resolve("derived/severson2019_early_cycle_features_derived.csv"));
        Map<String, double[]> expected = new HashMap<>();
        for (int r = 0; r < ref.size(); r++) {
            expected.put(ref.text(r, ref.column("split")) + "/cell" + ref.text(r, ref.column("cell_index")),
                    new double[] {ref.number(r, ref.column("log10_var_dQ")), ref.number(r, ref.column("log10_abs_min_dQ")),
                        ref.number(r, ref.column("skew_dQ")), ref.number(r, ref.column("kurt_dQ")),
                        ref.number(r, ref.column("Qd_at_2V_cycle10")), ref.number(r, ref.column("cycle_life"))});
        }
        for (SeversonCells.Cell c : data.cells()) {
            double[] f = EarlyFeatures.of(c.id(), c.q10Ah(), c.q100Ah());
            double[] e = expected.get(c.id());
            // the table is printed with 6 significant digits
            assertEquals(e[0], f[0], 1e-4, c.id() + " log10 var");
            assertEquals(e[1], f[1], 1e-4, c.id() + " log10 |min|");
            assertEquals(e[2], f[3], 1e-4 * Math.max(1, Math.abs(e[2])), c.id() + " skew");
            assertEquals(e[3], f[4], 1e-4 * Math.max(1, Math.abs(e[3])), c.id() + " kurtosis");
            assertEquals(e[4], f[5], 1e-4, c.id() + " Q10 at 2.0 V");
            assertEquals(e[5], c.cycleLife(), 0.0, c.id() + " life");
        }
    }

    @Test
    void varianceModelReproducesThePaperBaseline() {
        SeversonCells.Loaded data = SeversonCells.load(MlData.folder(MlData.SEVERSON));
        double[] ab = EarlyEvaluation.varianceModel(data.split("train"));
        // SOURCE.txt: log10(life) = 1.3461 - 0.39581 log10 var dQ
        assertEquals(1.3461, ab[0], 1e-4);
        assertEquals(-0.39581, ab[1], 1e-5);
        assertEquals(103.6, rmse(data.split("train"), ab, ""), 0.05);
        assertEquals(138.3, rmse(data.split("test1"), ab, EarlyEvaluation.PAPER_OUTLIER), 0.05);
        assertEquals(195.9, rmse(data.split("test2"), ab, ""), 0.05);
    }

    @Test
    void flatCurvesAreRejectedWithAReason() {
        double[] q = new double[20];
        TwinException e = assertThrows(TwinException.class, () -> EarlyFeatures.of("c", q, q.clone()));
        assertEquals("c: Q100(V) - Q10(V) has zero variance; cycles 10 and 100 are identical", e.getMessage());
        TwinException len = assertThrows(TwinException.class, () -> EarlyFeatures.of("c", q, new double[19]));
        assertEquals("c: Q(V) curves must have the same length of at least 10 points, got 20 and 19", len.getMessage());
    }

    private static double rmse(List<SeversonCells.Cell> cells, double[] ab, String exclude) {
        double se = 0;
        int n = 0;
        for (SeversonCells.Cell c : cells) {
            if (c.id().equals(exclude)) {
                continue;
            }
            double p = Math.pow(10, ab[0] + ab[1] * EarlyFeatures.of(c.id(), c.q10Ah(), c.q100Ah())[0]);
            se += (p - c.cycleLife()) * (p - c.cycleLife());
            n++;
        }
        return Math.sqrt(se / n);
    }
}
