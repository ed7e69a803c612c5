package org.evtwin.core.ml.early;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.CrossValidation;
import org.evtwin.core.ml.Metrics;
import org.evtwin.core.ml.RulTrainer;
import org.evtwin.core.ml.Task;
import org.evtwin.core.ml.TrainerKind;
import org.evtwin.core.ml.TrainingListener;
import org.evtwin.core.ml.TrainingSet;
import org.evtwin.core.ml.data.MlData;
import org.evtwin.core.ml.data.SeversonCells;
import org.evtwin.core.ml.data.TrainingData;
import org.junit.jupiter.api.Test;

/**
 * The paper's charge-time feature, recovered from each cell's charging policy (time 0 to 80 % SoC, as is), was tried
 * as a seventh early feature under the rule fixed beforehand in docs/rul.md: adopt only if the chosen trainer's
 * cross-validated RMSE on the 41 train cells beats the six features' 66.8 cycles on the same folds, and its mean over
 * the repeated fold assignments beats theirs. It does neither, so it is not in {@link EarlyFeatures}. The two
 * trainers checked here are the two best of the five candidates with either set (the others are above 170 cycles,
 * docs/rul.md). Train split only: no test cell is touched.
 */
class ChargeTimeNotAdoptedTest {

    @Test
    void chargeTimeDoesNotBeatTheSixDischargeFeatures() {
        Path folder = MlData.folder(MlData.SEVERSON);
        SeversonCells.Loaded data = SeversonCells.load(folder);
        TrainingSet six = TrainingData.early(data, folder);
        List<String> names = new ArrayList<>(EarlyFeatures.NAMES);
        names.add("charge_time_0_80_s");
        TrainingSet.Builder b = new TrainingSet.Builder(Task.EARLY).features(names);
        for (SeversonCells.Cell c : data.split("train")) {
            double[] row = Arrays.copyOf(EarlyFeatures.of(c), names.size());
            row[names.size() - 1] = c.policy().fastChargeTimeS();
            b.add(c.id(), row, c.cycleLife());
        }
        TrainingSet seven = b.build();
        assertEquals(six.cells(), seven.cells());

        // {fixed-fold RMSE, mean of the repeated RMSEs} for elastic net alpha 0.001, then alpha 0.01
        double[][] s = figures(six);
        double[][] n = figures(seven);
        // measured 2026-11-22 (docs/rul.md, "Charge time: tried, not adopted")
        assertEquals(66.82, s[0][0], 0.005);
        assertEquals(72.85, s[0][1], 0.005);
        assertEquals(73.05, s[1][0], 0.005);
        assertEquals(81.39, s[1][1], 0.005);
        assertEquals(69.74, n[0][0], 0.005);
        assertEquals(76.65, n[0][1], 0.005);
        assertEquals(74.87, n[1][0], 0.005);
        assertEquals(84.27, n[1][1], 0.005);
        double bestSeven = Math.min(n[0][0], n[1][0]);
        assertTrue(bestSeven > 66.82, "rule (a): the fixed-fold RMSE must beat 66.8 cycles, got " + bestSeven);
        assertTrue(n[0][1] > s[0][1], "rule (b): the repeated mean must beat the six features'");
        // a candidate set is for cross-validation only: no model is trained on it
        TwinException e = assertThrows(TwinException.class, () -> RulTrainer.train(seven, "t",
                List.of(TrainerKind.ELASTIC_NET), TrainingListener.NONE, () -> false));
        assertEquals("models of the early task are trained on its features " + EarlyFeatures.NAMES + ", got " + names,
                e.getMessage());
        IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
                () -> new TrainingSet.Builder(Task.EARLY).add("c", new double[7], 500));
        assertEquals("c: 7 values for 6 features", row.getMessage());
    }

    private static double[][] figures(TrainingSet set) {
        List<TrainerKind> kinds = List.of(TrainerKind.ELASTIC_NET_WEAK, TrainerKind.ELASTIC_NET);
        double[][] out = new double[kinds.size()][];
        var progress = new CrossValidation.Progress(TrainingListener.NONE, () -> false, Integer.MAX_VALUE);
        for (int k = 0; k < kinds.size(); k++) {
            double fixed = Metrics.of(set.y(), CrossValidation.outOfFold(set, kinds.get(k), progress)).rmse();
            double[] rep = CrossValidation.repeatedRmse(set, kinds.get(k), progress);
            assertEquals(CrossValidation.REPEATS, rep.length);
            out[k] = new double[] {fixed, Arrays.stream(rep).average().orElseThrow()};
        }
        return out;
    }
}
