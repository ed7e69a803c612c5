package org.evtwin.core.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.history.HistoryExamples;
import org.evtwin.core.ml.history.Synthetic;
import org.junit.jupiter.api.Test;

/** Training reports every fit, stops when cancelled, and refuses what it cannot cross-validate. */
class TrainingCancelTest {

    private static TrainingSet synthetic(int cells) {
        List<org.evtwin.core.ml.history.CellHistory> list = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            list.add(Synthetic.linear("s" + i, 1.95 - 0.02 * i, 0.003 + 0.001 * i, 150, 1.4));
        }
        return HistoryExamples.trainingSet(list, List.of(), List.of());
    }

    @Test
    void progressCountsFitsAndCancelStopsBeforeTheNext() {
        TrainingSet set = synthetic(4);
        List<String> seen = new ArrayList<>();
        int[] calls = {0};
        CancellationException e = assertThrows(CancellationException.class, () -> RulTrainer.train(set, "t",
                List.of(TrainerKind.ELASTIC_NET, TrainerKind.ELASTIC_NET_STRONG),
                (done, total, what) -> seen.add(done + "/" + total + " " + what), () -> ++calls[0] > 2));
        assertEquals("training cancelled after 2 of 9 fits", e.getMessage());
        assertEquals(List.of("0/9 elastic-net without s0", "1/9 elastic-net without s1"), seen);
    }

    @Test
    void completedTrainingReportsAllFitsAndDone() {
        List<String> seen = new ArrayList<>();
        RulTrainer.Result r = RulTrainer.train(synthetic(3), "t", List.of(TrainerKind.ELASTIC_NET_STRONG),
                (done, total, what) -> seen.add(done + "/" + total + " " + what), () -> false);
        assertEquals(List.of("0/4 elastic-net-strong without s0", "1/4 elastic-net-strong without s1",
                "2/4 elastic-net-strong without s2", "3/4 elastic-net-strong on all cells", "4/4 done"), seen);
        assertEquals(List.of("s0", "s1", "s2"), r.model().card().cells());
        assertTrue(r.crossValidation().get(TrainerKind.ELASTIC_NET_STRONG).rmse() >= 0);
    }

    @Test
    void oneCellCannotBeCrossValidated() {
        TwinException e = assertThrows(TwinException.class, () -> RulTrainer.train(synthetic(1), "t",
                List.of(TrainerKind.ELASTIC_NET), TrainingListener.NONE, () -> false));
        assertEquals("training needs at least 2 cells to cross-validate, got 1", e.getMessage());
    }
}
