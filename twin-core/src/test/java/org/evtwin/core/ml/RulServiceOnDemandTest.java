package org.evtwin.core.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.ml.history.Synthetic;
import org.junit.jupiter.api.Test;

/**
 * A service whose model is read when first needed: cells that the model would not be asked about never read it, the
 * first cell that needs it reads it once and gets the answer of a service that read it at once, and a model that
 * cannot be read is tried once and named in every later failure.
 */
class RulServiceOnDemandTest {
    private static final RulModel SHIPPED = RulService.loadResource(RulService.DEFAULT_HISTORY_MODEL);

    @Test
    void youngAndWornOutCellsAreAnsweredWithoutReadingTheModel() {
        AtomicInteger reads = new AtomicInteger();
        RulService s = RulService.onDemand(() -> {
            reads.incrementAndGet();
            return SHIPPED;
        });
        List<RulEstimate> r = s.predictAll(List.of(Synthetic.linear("young", 1.9, 0.004, 9, 1.4),
                Synthetic.linear("old", 1.45, 0.004, 30, 1.4)));
        assertEquals(RulStatus.NOT_ENOUGH_HISTORY, r.get(0).status(), r.get(0).reason());
        assertEquals(RulStatus.END_OF_LIFE_REACHED, r.get(1).status(), r.get(1).reason());
        assertEquals(0, reads.get(), "no cell needed the model");
        assertFalse(s.isModelLoaded());
    }

    @Test
    void theFirstCellThatNeedsTheModelReadsItOnceAndGetsTheEagerAnswer() {
        AtomicInteger reads = new AtomicInteger();
        RulService s = RulService.onDemand(() -> {
            reads.incrementAndGet();
            return SHIPPED;
        });
        CellHistory b5like = Synthetic.linear("b5like", 1.86, 0.0036, 60, 1.4);
        RulEstimate first = s.predict(b5like);
        RulEstimate second = s.predict(b5like);
        assertEquals(1, reads.get());
        assertTrue(s.isModelLoaded());
        assertEquals(RulStatus.OK, first.status(), first.reason());
        assertEquals(new RulService(SHIPPED).predict(b5like), first);
        assertEquals(first, second);
        assertSame(SHIPPED.card(), s.card());
    }

    @Test
    void aModelThatCannotBeReadIsTriedOnceAndNamedEveryTime() {
        AtomicInteger reads = new AtomicInteger();
        RulService s = RulService.onDemand(() -> {
            reads.incrementAndGet();
            throw new TwinException("/models/broken.tribuo: not a zip file");
        });
        CellHistory h = Synthetic.linear("b5like", 1.86, 0.0036, 60, 1.4);
        TwinException first = assertThrows(TwinException.class, () -> s.predict(h));
        TwinException again = assertThrows(TwinException.class, s::card);
        assertEquals("/models/broken.tribuo: not a zip file", first.getMessage());
        assertEquals(first.getMessage(), again.getMessage());
        assertEquals(1, reads.get(), "a broken file is not read again at every evaluation");
        assertFalse(s.isModelLoaded());
    }

    @Test
    void aModelForAnotherTaskIsRefusedWhenRead() {
        RulModel early = RulService.loadResource(RulService.DEFAULT_EARLY_MODEL);
        RulService s = RulService.onDemand(() -> early);
        TwinException e = assertThrows(TwinException.class, s::model);
        assertEquals("RUL service needs a history model, got a " + early.task().cliName() + " model", e.getMessage());
    }
}
