package org.evtwin.core.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.store.QuarantineEntry;
import org.evtwin.core.telemetry.PackFrame;

/** Shared pieces of the MQTT tests: the Leaf pack's frames from the simulator, a collecting recorder, waiting. */
public final class LiveTestSupport {
    public static final PackTopology LEAF = Catalog.pack("leaf-96s2p");

    /** The bad-payload corpus's vehicle. */
    public static final VehicleSpec CAR = BadPayloadCorpus.CAR;

    /** A transport listener for publishers, which receive nothing. */
    public static final MqttTransport.Listener NO_CALLBACKS = new MqttTransport.Listener() {
        @Override
        public void connected(boolean reconnect) {
        }

        @Override
        public void connectionLost(String reason) {
        }

        @Override
        public void message(String topic, byte[] payload) {
        }
    };

    private LiveTestSupport() {
    }

    /** The bad-payload corpus (cases with their exact reasons). */
    public static List<BadPayloadCorpus.Case> corpus() {
        return BadPayloadCorpus.cases();
    }

    /** The corpus's parser, with the receiving clock pinned to the corpus's {@code NOW}. */
    public static PayloadParser corpusParser() {
        TelemetryParser p = new TelemetryParser(java.util.Map.of(CAR.id(), CAR), BadPayloadCorpus.RULES);
        return (topic, payload, received) -> p.parse(topic, payload, BadPayloadCorpus.NOW);
    }

    /** {@code n} consecutive frames of the Leaf pack discharging at 1C, one per second of simulated time. */
    public static List<PackFrame> leafFrames(int n) {
        PackModel model = new PackModel(LEAF, 25.0, 0.9);
        double current = LEAF.capacityAh();
        List<PackFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            model.step(1.0, Control.Mode.CURRENT, current, Double.NaN, Double.NaN);
            frames.add(PackFrame.capture(model.state()));
        }
        return frames;
    }

    /** Waits until {@code done} holds; fails with {@code what} after {@code seconds} (a bound, not a speed test). */
    public static void await(String what, double seconds, BooleanSupplier done) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    /** A recorder that keeps everything in memory (the store has its own tests). */
    public static final class CollectingRecorder implements LiveRecorder {
        public final List<TelemetryMessage> messages = Collections.synchronizedList(new ArrayList<>());
        public final List<QuarantineEntry> quarantined = Collections.synchronizedList(new ArrayList<>());

        @Override
        public boolean offer(TelemetryMessage message, PackFrame frame) {
            messages.add(message);
            return true;
        }

        @Override
        public boolean quarantine(QuarantineEntry entry) {
            quarantined.add(entry);
            return true;
        }

        @Override
        public void close() {
        }
    }
}
