package org.evtwin.core.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.ml.history.HistoryFeatures;
import org.evtwin.core.ml.history.Synthetic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shipped history model through the service: every kind of answer, and the fast path equal to Tribuo's. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulServiceTest {
    private RulService service;

    @BeforeAll
    void load() {
        service = RulService.withDefaultModel();
    }

    @Test
    void cardDescribesTheShippedModel() {
        ModelCard c = service.card();
        assertEquals("history", c.task());
        assertEquals(List.of("B0005", "B0006", "B0007", "B0025", "B0029", "B0047"), c.cells());
        assertEquals(HistoryFeatures.NAMES, c.features());
        assertTrue(c.dataFiles().stream().allMatch(f -> f.matches(".+ sha256=[0-9a-f]{64}")), c.dataFiles().toString());
        assertTrue(c.metrics().containsKey("cv-rmse-" + service.model().trainer().cliName()), c.metrics().toString());
        assertEquals(TrainerKind.FOREST, service.model().trainer(), "the shipped model is pure Java");
    }

    @Test
    void tooFewCyclesIsAnAnswerWithItsReason() {
        RulEstimate e = service.predict(Synthetic.linear("young", 1.9, 0.004, 5, 1.4));
        assertEquals(RulStatus.NOT_ENOUGH_HISTORY, e.status());
        assertEquals("young: needs at least 10 cycles with a measured capacity, has 5", e.reason());
        assertTrue(Double.isNaN(e.cycles()) && Double.isNaN(e.probabilityEolWithin(50)));
    }

    @Test
    void capacityBelowTheThresholdIsEndOfLife() {
        RulEstimate e = service.predict(Synthetic.linear("old", 1.45, 0.004, 30, 1.4));
        assertEquals(RulStatus.END_OF_LIFE_REACHED, e.status());
        assertEquals(0.0, e.cycles(), 0.0);
        assertEquals(1.0, e.probabilityEolWithin(0), 0.0);
        assertEquals("old: capacity 1.338 Ah (mean of the last 3 cycles) is below the end-of-life threshold 1.400 Ah",
                e.reason());
    }

    @Test
    void aHotCellIsOutsideTheTrainingDomain() {
        CellHistory h = Synthetic.linear("hot", 1.9, 0.004, 40, 1.4);
        java.util.Arrays.fill(h.temperatureC(), 80.0);
        RulEstimate e = service.predict(h);
        assertEquals(RulStatus.OUTSIDE_DOMAIN, e.status());
        assertTrue(e.reason().startsWith("temperature_c = 80.00 is outside the training range ["), e.reason());
    }

    @Test
    void aNasaLikeCellGetsAnIntervalAndConsistentProbabilities() {
        // B0005-like: 1.86 Ah fading 0.0036 Ah per cycle; linear arithmetic puts 1.4 Ah about 70 cycles after cycle 60
        RulEstimate e = service.predict(Synthetic.linear("b5like", 1.86, 0.0036, 60, 1.4));
        assertEquals(RulStatus.OK, e.status(), e.reason());
        assertTrue(e.lower() <= e.cycles() && e.cycles() <= e.upper(), e.toString());
        assertTrue(e.cycles() > 30 && e.cycles() < 120, "near the linear extrapolation of 70: " + e.cycles());
        assertEquals(0.95, e.probabilityEolWithin(e.upper()), 0.02, "upper end = 95 % quantile");
        assertEquals(0.05, e.probabilityEolWithin(e.lower() - 1e-9), 0.02, "lower end = 5 % quantile");
        assertTrue(e.probabilityEolWithin(10) <= e.probabilityEolWithin(50));
    }

    @Test
    void compiledForestEqualsTribuoOnManyRows() {
        List<double[]> rows = new ArrayList<>();
        for (double fade : new double[] {0.001, 0.003, 0.005, 0.008}) {
            CellHistory h = Synthetic.linear("f" + fade, 1.95, fade, 60, 1.4);
            int end = h.eolIndex() < 0 ? h.size() : h.eolIndex();
            for (int k = HistoryFeatures.MIN_CYCLES - 1; k < end; k++) {
                rows.add(HistoryFeatures.at(h, k));
            }
        }
        RulModel m = service.model();
        assertTrue(rows.size() > 100);
        assertArrayEquals(m.predictWithTribuo(rows), m.predictCycles(rows), 1e-9);
    }

    @Test
    void batchEqualsOneByOne() {
        List<CellHistory> pack = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pack.add(Synthetic.linear("c" + i, 1.9 - 0.01 * i, 0.002 + 0.0002 * i, 15 + 3 * i, 1.4));
        }
        List<RulEstimate> batch = service.predictAll(pack);
        for (int i = 0; i < pack.size(); i++) {
            assertEquals(service.predict(pack.get(i)), batch.get(i), "cell " + i);
        }
    }
}
