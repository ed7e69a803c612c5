package org.evtwin.core.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.evtwin.core.engine.SourceStatus;
import org.junit.jupiter.api.Test;

/**
 * Play, pause, seek, loop and bookmarks, with the fake clock. Waits are upper bounds against a hang, never timing
 * assertions; wall times are asserted exactly on the fake clock.
 */
class ReplayControlTest {
    private static final double[] TIMES = {0, 0.5, 1.7, 20, 20.001, 37.25, 100, 100.5, 160, 161, 300};

    private final FakeClock clock = new FakeClock();
    private final InMemoryRecording rec = Recordings.irregular(4);
    private final List<ReplayFrame> frames = new CopyOnWriteArrayList<>();
    private final List<Long> walls = new CopyOnWriteArrayList<>();

    private ReplayEngine engine(double speed) {
        ReplayEngine e = new ReplayEngine(rec, Recordings.nasaCell(), Double.NaN, Double.NaN, speed, clock, x -> { });
        e.addReplayListener(f -> {
            frames.add(f);
            walls.add(clock.nanoTime());
        });
        return e;
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + ReplayTimingTest.HANG_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(2);
        }
    }

    private double[] times() {
        return frames.stream().mapToDouble(ReplayFrame::timeS).toArray();
    }

    @Test
    void startedPausedShowsTheFirstFrameThenResumesOnTheSameTimeline() throws InterruptedException {
        try (ReplayEngine e = engine(10)) {
            e.pause();
            e.start();
            await(() -> e.status().state() == SourceStatus.State.PAUSED, "paused");
            assertEquals(1, frames.size());
            assertEquals(0.0, e.latest().get().frame().timeS());
            assertEquals(0.0, e.status().positionS());
            clock.advance(5_000_000_000L);            // 5 s of wall time pass while paused
            long resumedAt = clock.nanoTime();
            e.play();
            assertTrue(e.awaitEnd(ReplayTimingTest.HANG_MS));
            assertArrayEquals(TIMES, times(), 0.0);
            for (int k = 1; k < TIMES.length; k++) {      // the next frame is due 0.05 s after the resume, and so on
                assertEquals(Math.round(TIMES[k] / 10 * 1e9), walls.get(k) - resumedAt, "frame " + k);
            }
        }
    }

    @Test
    void pauseBetweenFramesKeepsTheVirtualCursor() throws InterruptedException {
        try (ReplayEngine e = engine(1)) {
            e.addReplayListener(f -> {
                if (f.timeS() == 37.25 && frames.size() == 6) {
                    e.pause();                     // a request from the replay thread itself, taken before frame 7
                }
            });
            e.start();
            await(() -> e.status().state() == SourceStatus.State.PAUSED, "paused");
            assertEquals(6, frames.size());
            assertEquals(37.25, e.status().positionS());
            assertEquals(SourceStatus.State.PAUSED, e.sourceStatus().state());
            clock.advance(123_000_000_000L);
            long resumedAt = clock.nanoTime();
            e.play();
            assertTrue(e.awaitEnd(ReplayTimingTest.HANG_MS));
            assertArrayEquals(TIMES, times(), 0.0);
            assertEquals(Math.round((100 - 37.25) * 1e9), walls.get(6) - resumedAt);
            assertEquals(Math.round((300 - 37.25) * 1e9), walls.get(10) - resumedAt);
        }
    }

    @Test
    void aSpeedChangeRunsTheRestOfTheTimelineAtTheNewSpeed() throws InterruptedException {
        try (ReplayEngine e = engine(1)) {
            e.addReplayListener(f -> {
                if (f.timeS() == 20.001) {
                    e.setSpeed(100);
                }
            });
            e.start();
            assertTrue(e.awaitEnd(ReplayTimingTest.HANG_MS));
            assertEquals(Math.round(20.001 * 1e9), walls.get(4) - walls.get(0));
            for (int k = 5; k < TIMES.length; k++) {
                assertEquals(Math.round((TIMES[k] - 20.001) / 100 * 1e9), walls.get(k) - walls.get(4), "frame " + k);
            }
            assertEquals(100.0, e.status().speed());
        }
    }

    @Test
    void fromAsFastAsPossibleToPacedTheCursorStaysAtTheLastFrame() throws InterruptedException {
        try (ReplayEngine e = engine(ReplayEngine.AS_FAST_AS_POSSIBLE)) {
            e.addReplayListener(f -> {
                if (f.timeS() == 37.25) {
                    e.pause();
                }
            });
            e.start();
            await(() -> e.status().state() == SourceStatus.State.PAUSED, "paused");
            e.setSpeed(10);
            long resumedAt = clock.nanoTime();
            e.play();
            assertTrue(e.awaitEnd(ReplayTimingTest.HANG_MS));
            assertEquals(Math.round((100 - 37.25) / 10 * 1e9), walls.get(6) - resumedAt);
        }
    }

    @Test
    void seekForwardAndBackLandsOnTheSampleAndTheModelMatchesAStraightRun() throws InterruptedException {
        List<ReplayFrame> straight = straightRun();
        try (ReplayEngine e = engine(ReplayEngine.AS_FAST_AS_POSSIBLE)) {
            e.pause();
            e.start();
            await(() -> frames.size() == 1, "first frame");
            e.seek(99.0);                                   // forward: the first sample at or after 99 s
            await(() -> frames.size() == 2, "seek forward");
            e.seek(1.0);                                    // back: the model restarts and is stepped to 1.7 s
            await(() -> frames.size() == 3, "seek back");
            e.seek(300.0);
            await(() -> frames.size() == 4, "seek to the end");
            assertArrayEquals(new double[] {0, 100, 1.7, 300}, times(), 0.0);
            assertEquals(SourceStatus.State.PAUSED, e.status().state());
            int[] straightIndex = {0, 6, 2, 10};
            for (int k = 0; k < 4; k++) {
                ReplayFrame a = frames.get(k);
                ReplayFrame b = straight.get(straightIndex[k]);
                assertArrayEquals(b.model().cellVoltageV(), a.model().cellVoltageV(), 0.0, "frame " + k);
                assertArrayEquals(b.model().cellTemperatureC(), a.model().cellTemperatureC(), 0.0, "frame " + k);
                assertEquals(b.statistics(), a.statistics(), "residual statistics, frame " + k);
            }
        }
    }

    private List<ReplayFrame> straightRun() throws InterruptedException {
        List<ReplayFrame> out = new CopyOnWriteArrayList<>();
        try (ReplayEngine e = new ReplayEngine(rec, Recordings.nasaCell(), Double.NaN, Double.NaN,
                ReplayEngine.AS_FAST_AS_POSSIBLE, new FakeClock(), x -> { })) {
            e.addReplayListener(out::add);
            e.start();
            assertTrue(e.awaitEnd(ReplayTimingTest.HANG_MS));
        }
        assertEquals(TIMES.length, out.size());
        return out;
    }

    @Test
    void loopRestartsTheWindowAndTheModel() throws InterruptedException {
        List<ReplayFrame> straight = straightRun();
        try (ReplayEngine e = engine(2)) {
            e.setLoop(true);
            e.addReplayListener(f -> {
                if (frames.size() == 2 * TIMES.length + 3) {
                    e.pause();
                }
            });
            e.start();
            await(() -> e.status().state() == SourceStatus.State.PAUSED, "paused in the third pass");
            assertEquals(2, e.status().loops());
            assertEquals(2 * TIMES.length + 3, frames.size());
            for (int k = 0; k < frames.size(); k++) {
                ReplayFrame s = straight.get(k % TIMES.length);
                assertEquals(s.timeS(), frames.get(k).timeS());
                assertArrayEquals(s.model().cellVoltageV(), frames.get(k).model().cellVoltageV(), 0.0, "frame " + k);
            }
            // the window restarts at once after its last frame, then the timeline runs on at 2x
            assertEquals(walls.get(TIMES.length - 1), walls.get(TIMES.length));
            assertEquals(Math.round(37.25 / 2 * 1e9), walls.get(TIMES.length + 5) - walls.get(TIMES.length));
        }
    }

    @Test
    void bookmarksNameTimesAndSeekToThem() throws InterruptedException {
        try (ReplayEngine e = engine(ReplayEngine.AS_FAST_AS_POSSIBLE)) {
            e.bookmarks().put("load on", 0.5);
            e.bookmarks().put("gap end", 20.0);
            e.bookmarks().put("gap end", 100.0);     // moved
            assertEquals(List.of(new Bookmarks.Bookmark("load on", 0.5), new Bookmarks.Bookmark("gap end", 100.0)),
                    e.bookmarks().list());
            e.pause();
            e.start();
            await(() -> frames.size() == 1, "first frame");
            e.seekBookmark("gap end");
            await(() -> frames.size() == 2, "bookmark seek");
            assertEquals(100.0, frames.get(1).timeS());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> e.seekBookmark("knee"));
            assertEquals("no bookmark \"knee\"; bookmarks: load on, gap end", unknown.getMessage());
            IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                    () -> e.bookmarks().put("late", 301));
            assertEquals("bookmark \"late\": time 301.0 s is outside the recording (0.0 to 300.0 s)",
                    outside.getMessage());
            assertTrue(e.bookmarks().remove("load on"));
            assertEquals(1, e.bookmarks().list().size());
        }
    }

    @Test
    void endedReplayGoesOnAfterASeek() throws InterruptedException {
        try (ReplayEngine e = engine(ReplayEngine.AS_FAST_AS_POSSIBLE)) {
            e.start();
            assertTrue(e.awaitEnd(ReplayTimingTest.HANG_MS));
            assertEquals(TIMES.length, frames.size());
            assertEquals(300.0, e.status().positionS());
            assertEquals(300.0, e.status().durationS());
            e.seek(160.0);
            await(() -> frames.size() == TIMES.length + 3, "replay from 160 s to the end again");
            await(() -> e.status().state() == SourceStatus.State.ENDED, "ended again");
            assertArrayEquals(new double[] {160, 161, 300}, frames.subList(TIMES.length, frames.size()).stream()
                    .mapToDouble(ReplayFrame::timeS).toArray(), 0.0);
        }
    }

    @Test
    void badRequestsAreRefusedWithTheirRange() {
        try (ReplayEngine e = engine(1)) {
            assertEquals("replay speed must be between 0.1 and 1000.0 (or as fast as possible), found 0.05",
                    assertThrows(IllegalArgumentException.class, () -> e.setSpeed(0.05)).getMessage());
            assertEquals("replay speed must be between 0.1 and 1000.0 (or as fast as possible), found 1500.0",
                    assertThrows(IllegalArgumentException.class, () -> e.setSpeed(1500)).getMessage());
            assertEquals("seek time 300.5 s is outside the replay window, 0.0 to 300.0 s",
                    assertThrows(IllegalArgumentException.class, () -> e.seek(300.5)).getMessage());
        }
        assertEquals("simulated: replay window 50.0 to 20.0 s must lie within the recording, 0.0 to 300.0 s",
                assertThrows(org.evtwin.core.TwinException.class, () -> new ReplayEngine(rec,
                        Recordings.nasaCell(), 50, 20, 1, clock, x -> { })).getMessage());
    }

    @Test
    void windowLimitsTheReplay() throws InterruptedException {
        try (ReplayEngine e = new ReplayEngine(rec, Recordings.nasaCell(), 1.0, 160.5, 1, clock, x -> { })) {
            e.addReplayListener(frames::add);
            e.start();
            assertTrue(e.awaitEnd(ReplayTimingTest.HANG_MS));
            assertArrayEquals(new double[] {1.7, 20, 20.001, 37.25, 100, 100.5, 160}, times(), 0.0);
            assertEquals(159.5, e.status().durationS());
        }
    }
}
