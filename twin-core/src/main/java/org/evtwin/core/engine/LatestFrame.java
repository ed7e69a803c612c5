package org.evtwin.core.engine;

import java.util.concurrent.atomic.AtomicReference;
import org.evtwin.core.telemetry.PackFrame;

/**
 * The newest frame and its sequence number. The engine thread publishes; readers (the UI once per pulse) take the
 * newest without waiting, and can tell from the sequence whether anything changed. Frames in between are not kept:
 * a screen only ever needs the latest.
 */
public final class LatestFrame {
    /** A frame with the sequence number it was published under. */
    public record Stamped(long sequence, PackFrame frame) {
    }

    private final AtomicReference<Stamped> latest = new AtomicReference<>();
    private long sequence;

    /**
     * Called by the source's single publishing thread (the simulator engine, the replay clock, a
     * {@link SourceSwitch}); two threads must never publish to one holder at the same time.
     */
    public void publish(PackFrame frame) {
        latest.set(new Stamped(++sequence, frame));
    }

    /** The newest frame, or null before the first. */
    public Stamped get() {
        return latest.get();
    }
}
