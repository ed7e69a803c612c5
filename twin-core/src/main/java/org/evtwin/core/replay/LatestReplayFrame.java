package org.evtwin.core.replay;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The newest {@link ReplayFrame} with its sequence number, beside the ordinary {@code LatestFrame}: the replay
 * thread publishes, views that show residuals read it once per pulse without waiting.
 */
public final class LatestReplayFrame {
    /** A frame with the sequence number it was published under. */
    public record Stamped(long sequence, ReplayFrame frame) {
    }

    private final AtomicReference<Stamped> latest = new AtomicReference<>();
    private long sequence;

    /** Called by the replay thread only. */
    void publish(ReplayFrame frame) {
        latest.set(new Stamped(++sequence, frame));
    }

    /** The newest frame, or null before the first. */
    public Stamped get() {
        return latest.get();
    }
}
