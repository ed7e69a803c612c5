package org.evtwin.core.ml;

import static org.evtwin.core.ml.TrainerKind.ELASTIC_NET;
import static org.evtwin.core.ml.TrainerKind.ELASTIC_NET_A1E3_L90;
import static org.evtwin.core.ml.TrainerKind.ELASTIC_NET_A3E3_L10;
import static org.evtwin.core.ml.TrainerKind.ELASTIC_NET_A3E3_L50;
import static org.evtwin.core.ml.TrainerKind.ELASTIC_NET_A3E4_L90;
import static org.evtwin.core.ml.TrainerKind.ELASTIC_NET_STRONG;
import static org.evtwin.core.ml.TrainerKind.ELASTIC_NET_WEAK;
import static org.evtwin.core.ml.TrainerKind.FOREST;
import static org.evtwin.core.ml.TrainerKind.XGBOOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trainer-choice rule of docs/rul.md ("Regularisation grid"), on given criterion figures [cycles]. */
class TrainerChoiceTest {

    @Test
    void withinOneCycleTheLargestAlphaWinsThenTheLargestL1Ratio() {
        // the four early-task candidates within 1 cycle of the lowest repeated-CV mean, measured 2026-11-22
        Map<TrainerKind, Double> c = figures(ELASTIC_NET_WEAK, 72.85, ELASTIC_NET_A3E4_L90, 73.16,
                ELASTIC_NET_A1E3_L90, 73.15, ELASTIC_NET_A3E3_L10, 73.15, ELASTIC_NET, 81.39, FOREST, 212.71);
        assertEquals(ELASTIC_NET_A3E3_L10, TrainerChoice.choose(c, 0.05));
        c.put(ELASTIC_NET_A3E3_L50, 73.85);
        assertEquals(ELASTIC_NET_A3E3_L50, TrainerChoice.choose(c, 0.05), "equal alpha: the larger l1 ratio");
        c.put(ELASTIC_NET_A3E3_L50, 73.86);
        assertEquals(ELASTIC_NET_A3E3_L10, TrainerChoice.choose(c, 0.05), "73.86 is more than 1 cycle above 72.85");
    }

    @Test
    void withoutATieTheLowestWins() {
        Map<TrainerKind, Double> c = figures(ELASTIC_NET_WEAK, 72.85, ELASTIC_NET, 73.86, FOREST, 200.0);
        assertEquals(ELASTIC_NET_WEAK, TrainerChoice.choose(c, 0.05));
        // history-like figures: the forest far ahead of every net
        assertEquals(FOREST, TrainerChoice.choose(figures(FOREST, 14.30, ELASTIC_NET, 20.60, XGBOOST, 16.47), 0.05));
        // a net within 1 cycle of a better forest is preferred as the simpler model
        assertEquals(ELASTIC_NET, TrainerChoice.choose(figures(FOREST, 20.0, ELASTIC_NET, 20.9), 0.05));
    }

    @Test
    void aPureJavaTrainerWithinTheToleranceIsKeptOverXgboost() {
        assertEquals(FOREST, TrainerChoice.choose(figures(XGBOOST, 100.0, FOREST, 104.9), 0.05));
        assertEquals(XGBOOST, TrainerChoice.choose(figures(XGBOOST, 100.0, FOREST, 105.1), 0.05));
        assertEquals(XGBOOST, TrainerChoice.choose(figures(XGBOOST, 100.0, FOREST, 100.5), 0.0));
    }

    @Test
    void aCandidateWithoutAFiniteFigureIsNeverChosen() {
        assertEquals(ELASTIC_NET, TrainerChoice.choose(figures(FOREST, Double.NaN, ELASTIC_NET, 20.9), 0.05));
        assertEquals(FOREST, TrainerChoice.choose(figures(ELASTIC_NET_STRONG, Double.NaN, FOREST, 30.0), 0.05),
                "a NaN elastic net must not win the tie rule either");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrainerChoice.choose(figures(FOREST, Double.NaN), 0.05));
        assertEquals("no trainer has a finite cross-validated error to choose by", e.getMessage());
    }

    @Test
    void theGridIsPureJavaAndCarriesItsSettings() {
        assertTrue(TrainerKind.pureJava().contains(ELASTIC_NET_A3E3_L10));
        assertFalse(TrainerKind.pureJava().contains(XGBOOST));
        assertEquals(17, TrainerKind.pureJava().size(), "forest, alpha 0.1 and the 15 settings of the grid");
        assertEquals(TrainerKind.pureJava(), TrainerKind.pureJava(Task.EARLY));
        assertEquals(List.of(FOREST, ELASTIC_NET_WEAK, ELASTIC_NET, ELASTIC_NET_STRONG),
                TrainerKind.pureJava(Task.HISTORY), "the grid was searched for the early task only");
        assertEquals("elastic net, alpha 0.003, l1 ratio 0.1, standardised features",
                ELASTIC_NET_A3E3_L10.description());
        assertEquals("elastic net, alpha 0.001, l1 ratio 0.5, standardised features", ELASTIC_NET_WEAK.description());
        assertEquals("elastic-net-a3e3-l10", ELASTIC_NET_A3E3_L10.cliName());
        assertFalse(FOREST.isElasticNet());
        assertTrue(Double.isNaN(FOREST.alpha()));
    }

    private static Map<TrainerKind, Double> figures(Object... kv) {
        Map<TrainerKind, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((TrainerKind) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }
}
