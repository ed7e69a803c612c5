package org.evtwin.core.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;

/**
 * One stable {@link FrameSource} in front of an exchangeable active source: the UI's frame pump and the alert engine
 * are wired to the switch once, and {@link #switchTo} changes what feeds them (simulator ↔ replay ↔ live). Frames of
 * the active source are republished to the switch's own {@link LatestFrame} and listeners; frames that a previous
 * source is still delivering while the switch happens are dropped. Play/pause/speed go to the active source.
 *
 * <p>The switch does not own the sources: {@link #switchTo} returns the previous one for the caller to pause, keep
 * or close. A source with another topology (a replayed single cell after the 192-cell simulator) needs views built
 * for that topology; that is the composition root's business, not the switch's.
 */
public final class SourceSwitch implements FrameSource {
    private final LatestFrame latest = new LatestFrame();
    private final List<FrameSink> listeners = new CopyOnWriteArrayList<>();
    private volatile FrameSource active;
    private FrameSink relay;

    /** @param initial the first active source (not started here) */
    public SourceSwitch(FrameSource initial) {
        switchTo(initial);
    }

    /**
     * Makes {@code next} the active source and returns the previous one (which is no longer listened to). If
     * {@code next} has already published a frame, that frame is republished at once, so the views show it even while
     * the new source is paused.
     */
    public synchronized FrameSource switchTo(FrameSource next) {
        FrameSource previous = active;
        if (previous == next) {
            return previous;
        }
        if (previous != null) {
            previous.removeFrameListener(relay);
        }
        FrameSink forNext = frame -> relay(next, frame);
        relay = forNext;
        active = next;
        next.addFrameListener(forNext);
        LatestFrame.Stamped s = next.latest().get();
        if (s != null) {
            relay(next, s.frame());
        }
        return previous;
    }

    /** The source frames come from now. */
    public FrameSource active() {
        return active;
    }

    // synchronized: during a switch the old and the new source's threads may both deliver; LatestFrame needs one
    // writer at a time
    private synchronized void relay(FrameSource from, PackFrame frame) {
        if (from != active) {
            return;
        }
        latest.publish(frame);
        for (FrameSink l : listeners) {
            l.accept(frame);
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
        return active.sourceStatus();
    }

    @Override
    public void setPaused(boolean paused) {
        active.setPaused(paused);
    }

    @Override
    public boolean paused() {
        return active.paused();
    }

    @Override
    public void setSpeed(double speed) {
        active.setSpeed(speed);
    }

    @Override
    public double speed() {
        return active.speed();
    }

    /** Starts the active source. */
    @Override
    public void start() {
        active.start();
    }

    /** Closes the active source (previous sources returned by {@link #switchTo} are the caller's). */
    @Override
    public void close() {
        active.close();
    }
}
