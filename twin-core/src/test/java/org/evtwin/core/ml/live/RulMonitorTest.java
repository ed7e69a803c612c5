package org.evtwin.core.ml.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.RulService;
import org.evtwin.core.ml.RulStatus;
import org.evtwin.core.ml.history.CellHistory;
import org.junit.jupiter.api.Test;

/**
 * The monitor on the shipped model: histories recorded from frames give exactly the answers of the same histories
 * given offline, the pack's answer is its weakest cell, and too little history is an answer, not a number.
 */
class RulMonitorTest {
    private static final RulService SERVICE = RulService.withDefaultModel();

    /** Two 2 Ah cells discharged at 2 A (one cycle per hour), fading linearly per completed cycle. */
    private static RulMonitor run(int cycles, double fade0, double fade1, AtomicReference<PackRul> seen) {
        RulMonitor m = new RulMonitor(SERVICE, new CycleHistoryRecorder(2, 2.0, 0.7), seen::set);
        for (int s = 0; s <= cycles * 3600; s += 60) {
            int done = s / 3600;   // cycles completed before this frame's interval ends
            double[] soh = {(1.86 - fade0 * Math.max(0, done - 1)) / 2, (1.86 - fade1 * Math.max(0, done - 1)) / 2};
            m.accept(CycleHistoryRecorderTest.frame(s, new double[] {2, 2}, new double[] {35, 35}, soh));
        }
        return m;
    }

    @Test
    void recordedHistoriesGiveTheOfflineAnswersAndThePackIsItsWeakestCell() {
        AtomicReference<PackRul> seen = new AtomicReference<>();
        try (RulMonitor m = run(60, 0.0036, 0.0025, seen)) {
            PackRul r = m.evaluate();
            assertEquals(r, seen.get(), "the result goes to the callback");
            for (int cell = 0; cell < 2; cell++) {
                double fade = cell == 0 ? 0.0036 : 0.0025;
                CellHistory offline = linear("cell " + cell, 1.86, fade, 60);
                RulEstimate expected = SERVICE.predict(offline);
                RulEstimate got = r.cells().get(cell);
                assertEquals(expected.status(), got.status(), got.reason());
                assertEquals(expected.cycles(), got.cycles(), 1e-9, "cell " + cell);
            }
            assertEquals(RulStatus.OK, r.cells().get(0).status(), r.cells().get(0).reason());
            assertEquals(0, r.weakest(), "the faster-fading cell has fewer cycles left: " + r.cells());
            assertTrue(r.pack().cycles() < r.cells().get(1).cycles() || !r.cells().get(1).ok());
        }
    }

    @Test
    void tooFewCyclesIsAnAnswerWithItsReason() {
        try (RulMonitor m = run(5, 0.0036, 0.0036, new AtomicReference<>())) {
            PackRul r = m.evaluate();
            assertEquals(-1, r.weakest());
            assertEquals(2, r.count(RulStatus.NOT_ENOUGH_HISTORY));
            assertEquals("cell 0: needs at least 10 cycles with a measured capacity, has 5", r.pack().reason());
        }
    }

    /** Entry i (cycle i + 1) at startAh − fade × i, 35 degC: the trajectory {@link #run} records. */
    private static CellHistory linear(String id, double startAh, double fade, int n) {
        double[] c = new double[n];
        double[] q = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = i + 1;
            q[i] = startAh - fade * i;
            t[i] = 35;
        }
        return new CellHistory(id, 2.0, 1.4, c, q, t, null);
    }
}
