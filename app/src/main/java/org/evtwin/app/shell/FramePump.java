package org.evtwin.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import org.evtwin.core.engine.LatestFrame;
import org.evtwin.core.telemetry.PackFrame;

/**
 * The one {@link AnimationTimer} of the window: once per pulse it takes the newest frame (if a new one arrived) and
 * hands it to every consumer in bulk, then lets every view redraw. No per-message hand-off to the FX thread.
 */
public final class FramePump extends AnimationTimer {
    private final LatestFrame latest;
    private final List<java.util.function.Consumer<PackFrame>> frameConsumers = new ArrayList<>();
    private final List<LongConsumer> pulseConsumers = new ArrayList<>();
    private long lastSequence;
    private long pulses;
    private long frames;

    public FramePump(LatestFrame latest) {
        this.latest = latest;
    }

    /** Called with each new frame, at most once per pulse. */
    public FramePump onFrame(java.util.function.Consumer<PackFrame> consumer) {
        frameConsumers.add(consumer);
        return this;
    }

    /** Called every pulse after the frame consumers, with the pulse time [ns]. */
    public FramePump onPulse(LongConsumer consumer) {
        pulseConsumers.add(consumer);
        return this;
    }

    @Override
    public void handle(long now) {
        pulses++;
        LatestFrame.Stamped s = latest.get();
        if (s != null && s.sequence() != lastSequence) {
            lastSequence = s.sequence();
            frames++;
            for (var c : frameConsumers) {
                c.accept(s.frame());
            }
        }
        for (LongConsumer c : pulseConsumers) {
            c.accept(now);
        }
    }

    public long pulses() {
        return pulses;
    }

    /** Frames applied so far. */
    public long frames() {
        return frames;
    }
}
