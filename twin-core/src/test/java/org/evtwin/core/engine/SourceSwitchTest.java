package org.evtwin.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** The switch republishes the active source only, and forwards controls to it. */
class SourceSwitchTest {

    /** A source whose frames the test emits by hand. */
    static final class HandSource implements FrameSource {
        final LatestFrame latest = new LatestFrame();
        final List<FrameSink> listeners = new CopyOnWriteArrayList<>();
        final String name;
        boolean paused;
        double speed = 1;

        HandSource(String name) {
            this.name = name;
        }

        void emit(double t) {
            PackFrame f = new PackFrame(t, 0, 0, 0.5, "NONE", new double[1], new double[1], new double[1],
                    new double[1], new double[1]);
            latest.publish(f);
            for (FrameSink l : listeners) {
                l.accept(f);
            }
        }

        @Override
        public LatestFrame latest() {
            return latest;
        }

        @Override
        public void addFrameListener(FrameSink sink) {
            listeners.add(sink);
        }

        @Override
        public void removeFrameListener(FrameSink sink) {
            listeners.remove(sink);
        }

        @Override
        public SourceStatus sourceStatus() {
            return new SourceStatus(name, SourceStatus.State.RUNNING, speed, Double.NaN, Double.NaN, "");
        }

        @Override
        public void setPaused(boolean p) {
            paused = p;
        }

        @Override
        public boolean paused() {
            return paused;
        }

        @Override
        public void setSpeed(double s) {
            speed = s;
        }

        @Override
        public double speed() {
            return speed;
        }

        @Override
        public void start() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void onlyTheActiveSourceReachesTheViews() {
        HandSource sim = new HandSource("simulator");
        HandSource replay = new HandSource("replay");
        SourceSwitch sw = new SourceSwitch(sim);
        List<Double> seen = new ArrayList<>();
        sw.addFrameListener(f -> seen.add(f.timeS()));
        sim.emit(1);
        sim.emit(2);
        replay.emit(100);                         // not active yet: dropped
        assertSame(sim, sw.switchTo(replay));     // replay's newest frame (100) is shown at once
        sim.emit(3);                              // the old source runs on: dropped
        replay.emit(101);
        assertEquals(List.of(1.0, 2.0, 100.0, 101.0), seen);
        assertEquals(101.0, sw.latest().get().frame().timeS());
        assertEquals(4, sw.latest().get().sequence());
        assertTrue(sim.listeners.isEmpty(), "the switch no longer listens to the old source");
        sw.setSpeed(250);
        sw.setPaused(true);
        assertEquals(250, replay.speed());
        assertTrue(replay.paused());
        assertEquals("replay", sw.sourceStatus().source());
        assertEquals(1, sim.speed());
    }
}
