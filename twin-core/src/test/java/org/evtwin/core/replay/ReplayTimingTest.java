package org.evtwin.core.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.engine.SourceStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Frame timing with the fake clock: frame k of a recording is published at wall time
 * {@code start + round((t_k − t_0)/speed · 1e9)} ns exactly, at every speed, with no drift over irregular sample
 * spacing and block boundaries; as fast as possible, wall time does not move at all. No real waiting.
 */
class ReplayTimingTest {
    static final long HANG_MS = 30_000;

    record Published(double timeS, long wallNs) {
    }

    static List<Published> replay(InMemoryRecording rec, double speed, FakeClock clock) throws InterruptedException {
        List<Published> out = new ArrayList<>();
        ReplayEngine e = new ReplayEngine(rec, Recordings.nasaCell(), Double.NaN, Double.NaN, speed, clock, x -> { });
        e.addFrameListener(f -> out.add(new Published(f.timeS(), clock.nanoTime())));
        e.start();
        assertTrue(e.awaitEnd(HANG_MS), "replay did not end");
        assertEquals(SourceStatus.State.ENDED, e.status().state());
        e.close();
        return out;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1, 7.5, 60, 1000})
    void framesAreDueAtRecordingTimeOverSpeed(double speed) throws InterruptedException {
        InMemoryRecording rec = Recordings.irregular(4);
        FakeClock clock = new FakeClock();
        List<Published> frames = replay(rec, speed, clock);
        assertEquals(rec.size(), frames.size());
        double[] times = {0, 0.5, 1.7, 20, 20.001, 37.25, 100, 100.5, 160, 161, 300};
        assertArrayEquals(times, frames.stream().mapToDouble(Published::timeS).toArray(), 0.0);
        long w0 = frames.get(0).wallNs();
        for (Published p : frames) {
            assertEquals(Math.round(p.timeS() / speed * 1e9), p.wallNs() - w0, "frame at " + p.timeS() + " s");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 100})
    void asFastAsPossibleNeverWaits(int blockSize) throws InterruptedException {
        FakeClock clock = new FakeClock();
        long before = clock.nanoTime();
        List<Published> frames = replay(Recordings.irregular(blockSize), ReplayEngine.AS_FAST_AS_POSSIBLE, clock);
        assertEquals(11, frames.size());
        for (Published p : frames) {
            assertEquals(before, p.wallNs());
        }
    }
}
