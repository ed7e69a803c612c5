package org.evtwin.core.alerts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.alerts.AlertEvent.Change;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The snapshot for other threads, the supplied rules (RUL, residual), listeners, and the steady state. */
class ActiveAlertsTest {
    private final TestFrames frames = new TestFrames(8);
    private final AlertEngine engine = new AlertEngine(AlertThresholds.defaults(TestFrames.LIMITS), 8);
    private final List<AlertEvent> events = new ArrayList<>();

    ActiveAlertsTest() {
        engine.addListener(events::add);
    }

    @Test
    void aSnapshotIsPublishedOnlyWhenSomethingChanges() {
        ActiveAlerts initial = engine.active();
        assertEquals(0, initial.version());
        engine.evaluate(frames.at(0));
        assertSame(initial, engine.active(), "a healthy frame publishes nothing");
        frames.temperature[1] = 45;
        frames.temperature[2] = 65;
        frames.packSoc = 0.4;
        engine.evaluate(frames.at(1));
        ActiveAlerts raised = engine.active();
        assertEquals(1, raised.version());
        assertEquals(3, raised.count());
        assertEquals(1, raised.count(Severity.CRITICAL));
        assertEquals(Severity.CRITICAL, raised.worst());
        assertEquals(2, raised.alerts().get(0).cell(), "most severe first");
        engine.evaluate(frames.at(2));
        assertSame(raised, engine.active());
        boolean[] inAlarm = new boolean[8];
        raised.copyCellsInAlarm(inAlarm);
        assertArrayEquals(new boolean[] {false, true, true, false, false, false, false, false}, inAlarm);
    }

    @Test
    void clearingOneOfSeveralAlertsKeepsTheOthers() {
        for (int k = 0; k < 8; k++) {
            frames.temperature[k] = 41 + k;
        }
        engine.evaluate(frames.at(0));
        frames.temperature[3] = 30;
        frames.temperature[0] = 30;
        engine.evaluate(frames.at(1));
        frames.temperature[7] = 25;
        engine.evaluate(frames.at(2));
        ActiveAlerts a = engine.active();
        assertEquals(List.of(6, 5, 4, 2, 1), a.alerts().stream().map(AlertEvent::cell).sorted((x, y) -> y - x)
                .toList());
        assertEquals("{1, 2, 4, 5, 6}", a.cellsInAlarm().toString());
        frames.temperature[3] = 42;
        engine.evaluate(frames.at(3));
        assertEquals(6, engine.active().count());
        assertTrue(engine.active().inAlarm(3));
    }

    @Test
    void rulIsEvaluatedWhenAPredictionIsSupplied() {
        engine.evaluate(frames.at(0));
        assertTrue(events.isEmpty());
        engine.evaluateRul(100, 450);
        engine.evaluateRul(200, 510);
        engine.evaluateRul(300, 90);
        assertEquals(List.of(Change.RAISED, Change.ESCALATED), events.stream().map(AlertEvent::change).toList());
        assertEquals("Pack remaining useful life 90 cycles below critical level 100 cycles (was warning)",
                events.get(1).message());
        assertEquals("cycles", events.get(1).unit());
        engine.clear(AlertRule.RUL, 400);
        assertEquals(Change.CLEARED, events.get(2).change());
        assertEquals("Pack remaining useful life critical cleared: no longer evaluated", events.get(2).message());
        assertEquals(0, engine.active().count());
    }

    @Test
    void residualsAreJudgedOnTheirMagnitude() {
        double[] r = new double[8];
        r[5] = -0.040;
        r[6] = 0.020;
        engine.evaluateResidual(3, r);
        assertEquals(1, events.size());
        AlertEvent e = events.get(0);
        assertEquals(5, e.cell());
        assertEquals(-40.0, e.value(), 1e-9);
        assertEquals("Cell 5 measured − model voltage -40.0 mV beyond warning level ±30.0 mV", e.message());
        r[5] = -0.026;
        engine.evaluateResidual(4, r);
        assertEquals(1, events.size(), "within the 5 mV band");
        r[5] = 0.024;
        engine.evaluateResidual(5, r);
        assertEquals("Cell 5 measured − model voltage 24.0 mV back within ±25.0 mV: warning cleared",
                events.get(1).message());
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        AlertEngine e = new AlertEngine(AlertThresholds.defaults(TestFrames.LIMITS), 8);
        List<AlertEvent> seen = new ArrayList<>();
        e.addListener(x -> {
            throw new IllegalStateException("listener failure (expected in this test)");
        });
        e.addListener(seen::add);
        frames.packSoc = 0.1;
        e.evaluate(frames.at(0));
        assertEquals(1, seen.size());
        assertEquals(1, e.active().count());
    }

    /** Design property, measured by bytes rather than time: a frame without a change allocates nothing. */
    @Test
    void steadyFramesAllocateNothing() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
        frames.temperature[3] = 45; // one alert stays active throughout
        PackFrame f = frames.at(0);
        for (int i = 0; i < 20_000; i++) {
            engine.evaluate(f);
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            engine.evaluate(f);
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1024, "10,000 steady frames allocated " + allocated + " bytes");
        assertEquals(1, events.size());
    }
}
