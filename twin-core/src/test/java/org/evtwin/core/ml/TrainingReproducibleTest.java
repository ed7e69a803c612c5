package org.evtwin.core.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.ml.history.HistoryExamples;
import org.evtwin.core.ml.history.Synthetic;
import org.junit.jupiter.api.Test;

/** Retraining on the same data gives the same predictions (all trainers are seeded), forest included. */
class TrainingReproducibleTest {

    @Test
    void twoTrainingsPredictIdentically() {
        List<CellHistory> cells = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cells.add(Synthetic.linear("r" + i, 1.95 - 0.03 * i, 0.004 + 0.002 * i, 90, 1.4));
        }
        TrainingSet set = HistoryExamples.trainingSet(cells, List.of(), List.of());
        List<TrainerKind> kinds = List.of(TrainerKind.FOREST, TrainerKind.ELASTIC_NET);
        RulModel a = RulTrainer.train(set, "t", kinds, TrainingListener.NONE, () -> false).model();
        RulModel b = RulTrainer.train(set, "t", kinds, TrainingListener.NONE, () -> false).model();
        assertArrayEquals(a.predictCycles(set.x()), b.predictCycles(set.x()), 0.0);
        assertArrayEquals(a.calibration().residuals(), b.calibration().residuals(), 0.0);
    }
}
