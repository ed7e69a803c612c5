package org.evtwin.core.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.ml.history.Synthetic;
import org.junit.jupiter.api.Test;

/**
 * A service whose model is read when first needed: cells that the model would not be asked about never read it, the
 * first cell that needs it reads it once (also when many threads ask at once) and gets the answer of a service that
 * read it at once, and a model that cannot be read is tried once and named in every later failure.
 */
class RulServiceOnDemandTest {
    private static final RulModel SHIPPED = RulService.loadResource(RulService.DEFAULT_HISTORY_MODEL);
    private static final CellHistory B5_LIKE = Synthetic.linear("b5like", 1.86, 0.0036, 60, 1.4);

    /** A loader that counts its reads. */
    private record Counting(AtomicInteger reads, Supplier<RulModel> read) implements Supplier<RulModel> {
        Counting(Supplier<RulModel> read) {
            this(new AtomicInteger(), read);
        }

        @Override
        public RulModel get() {
            reads.incrementAndGet();
            return read.get();
        }
    }

    @Test
    void youngAndWornOutCellsAreAnsweredWithoutReadingTheModel() {
        Counting loader = new Counting(() -> SHIPPED);
        RulService s = RulService.onDemand("test", loader);
        List<RulEstimate> r = s.predictAll(List.of(Synthetic.linear("young", 1.9, 0.004, 9, 1.4),
                Synthetic.linear("old", 1.45, 0.004, 30, 1.4)));
        assertEquals(RulStatus.NOT_ENOUGH_HISTORY, r.get(0).status(), r.get(0).reason());
        assertEquals(RulStatus.END_OF_LIFE_REACHED, r.get(1).status(), r.get(1).reason());
        assertEquals(0, loader.reads().get(), "no cell needed the model");
        assertFalse(s.isModelLoaded());
    }

    @Test
    void theShippedModelOnDemandGivesTheEagerAnswers() {
        RulService lazy = RulService.withDefaultModelOnDemand();
        assertFalse(lazy.isModelLoaded());
        RulEstimate first = lazy.predict(B5_LIKE);
        assertTrue(lazy.isModelLoaded());
        assertEquals(RulStatus.OK, first.status(), first.reason());
        RulEstimate eager = RulService.withDefaultModel().predict(B5_LIKE);   // another model instance: by value
        assertEquals(List.of(eager.cycles(), eager.lower(), eager.upper()),
                List.of(first.cycles(), first.lower(), first.upper()));
        assertEquals(List.of("B0005", "B0006", "B0007", "B0025", "B0029", "B0047"), lazy.card().cells());
    }

    @Test
    void manyThreadsAskingAtOnceReadTheModelOnce() throws Exception {
        Counting loader = new Counting(() -> SHIPPED);
        RulService s = RulService.onDemand("test", loader);
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RulEstimate>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return s.predict(B5_LIKE);
                }));
            }
            go.countDown();
            RulEstimate expected = new RulService(SHIPPED).predict(B5_LIKE);
            for (Future<RulEstimate> a : answers) {
                assertEquals(expected, a.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, loader.reads().get());
        assertSame(SHIPPED, s.model());
    }

    @Test
    void ourErrorIsKeptAndGivenAgainWithoutReadingAgain() {
        Counting loader = new Counting(() -> {
            throw new TwinException("/models/broken.tribuo: not a zip file");
        });
        RulService s = RulService.onDemand("/models/broken.tribuo", loader);
        TwinException first = assertThrows(TwinException.class, () -> s.predict(B5_LIKE));
        TwinException again = assertThrows(TwinException.class, s::card);
        assertEquals("/models/broken.tribuo: not a zip file", first.getMessage());
        assertEquals(first.getMessage(), again.getMessage());
        assertEquals(1, loader.reads().get(), "a broken file is not read again at every evaluation");
        assertFalse(s.isModelLoaded());
    }

    @Test
    void aLibraryExceptionIsNamedKeptAndNotRetried() {
        Counting loader = new Counting(() -> {
            throw new IllegalArgumentException("No enum constant Task.SOMETHING");
        });
        RulService s = RulService.onDemand("/models/other.tribuo", loader);
        TwinException first = assertThrows(TwinException.class, () -> s.predict(B5_LIKE));
        assertEquals("/models/other.tribuo: cannot read the RUL model (java.lang.IllegalArgumentException: No enum"
                + " constant Task.SOMETHING)", first.getMessage());
        assertInstanceOf(IllegalArgumentException.class, first.getCause());
        assertEquals(first.getMessage(), assertThrows(TwinException.class, s::model).getMessage());
        assertEquals(1, loader.reads().get());
    }

    @Test
    void aModelForAnotherTaskIsRefusedOnce() {
        RulModel early = RulService.loadResource(RulService.DEFAULT_EARLY_MODEL);
        Counting loader = new Counting(() -> early);
        RulService s = RulService.onDemand("test", loader);
        TwinException e = assertThrows(TwinException.class, s::model);
        assertEquals("RUL service needs a history model, got a " + early.task().cliName() + " model", e.getMessage());
        assertThrows(TwinException.class, () -> s.predict(B5_LIKE));
        assertEquals(1, loader.reads().get());
    }
}
