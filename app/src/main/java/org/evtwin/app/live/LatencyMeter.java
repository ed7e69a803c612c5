package org.evtwin.app.live;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.evtwin.core.ingest.mqtt.TelemetryListener;
import org.evtwin.core.ingest.mqtt.TelemetryMessage;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Ingest-to-screen latency: from the moment Paho handed a message over ({@link TelemetryListener}'s
 * {@code receivedNanos}) to the first FX pulse that found its frame as the source's newest frame (the pulse in which
 * the frame pump draws it). The ingest thread leaves the newest (frame, received) pair; the pulse compares frames by
 * identity, so a frame the pulse saw before the listener ran is still measured from the pulse that saw it.
 * Keeps the last {@value #WINDOW} samples; percentiles over them.
 */
final class LatencyMeter implements TelemetryListener {
    static final int WINDOW = 600;
    private record Received(PackFrame frame, long nanos) {
    }

    private final AtomicReference<Received> lastReceived = new AtomicReference<>();
    private final double[] samplesMs = new double[WINDOW];
    private int count;
    private int next;
    private PackFrame seenFrame;
    private long seenAtNanos;
    private PackFrame measuredFrame;

    @Override
    public void accept(TelemetryMessage message, PackFrame frame, long receivedNanos) {
        lastReceived.set(new Received(frame, receivedNanos));
    }

    /** On the pulse: {@code shown} is the source's newest frame now (null before the first). */
    void onPulse(PackFrame shown, long nowNanos) {
        if (shown != null && shown != seenFrame) {
            seenFrame = shown;
            seenAtNanos = nowNanos;
        }
        Received r = lastReceived.get();
        if (r != null && r.frame == seenFrame && seenFrame != measuredFrame) {
            measuredFrame = seenFrame;
            samplesMs[next] = Math.max(0, seenAtNanos - r.nanos) / 1e6;
            next = (next + 1) % WINDOW;
            count = Math.min(count + 1, WINDOW);
        }
    }

    int count() {
        return count;
    }

    /** The {@code p}-quantile (0–1) of the kept samples [ms], NaN when there are none (nearest rank). */
    double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(samplesMs, count);
        Arrays.sort(s);
        int rank = (int) Math.ceil(p * count);
        return s[Math.max(0, Math.min(count - 1, rank - 1))];
    }
}
