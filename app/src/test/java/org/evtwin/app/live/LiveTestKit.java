package org.evtwin.app.live;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.engine.FrameSource;
import org.evtwin.core.engine.LatestFrame;
import org.evtwin.core.engine.SourceStatus;
import org.evtwin.core.ingest.mqtt.MessageRules;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.MqttTransport;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;

/** Frames from the real pack model, a publisher client, a frame source the test feeds, and waiting with pulses. */
final class LiveTestKit {
    static final PackTopology LEAF = Catalog.pack("leaf-96s2p");

    private LiveTestKit() {
    }

    /** {@code n} consecutive frames of the Leaf pack discharging at {@code cRate}, one per simulated second. */
    static List<PackFrame> leafFrames(int n, double cRate) {
        PackModel model = new PackModel(LEAF, 25.0, 0.9);
        List<PackFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            model.step(1.0, Control.Mode.CURRENT, cRate * LEAF.capacityAh(), Double.NaN, Double.NaN);
            frames.add(PackFrame.capture(model.state()));
        }
        return frames;
    }

    /** A connected MQTT 3.1.1 client for publishing to {@code url}. */
    static MqttTransport publisherClient(String url, String clientId) {
        MqttTransport t = MqttTransport.open(MqttSettings.of(url, clientId)
                .withProtocol(MqttSettings.Protocol.MQTT_3_1_1).withCleanSession(true), new MqttTransport.Listener() {
                    @Override
                    public void connected(boolean reconnect) {
                    }

                    @Override
                    public void connectionLost(String reason) {
                    }

                    @Override
                    public void message(String topic, byte[] payload) {
                    }
                });
        t.connect(10_000);
        return t;
    }

    static LiveServices services(FrameSource simulator, DataSetStore store) {
        return new LiveServices(simulator, LEAF, store, MessageRules.DEFAULTS);
    }

    /** Calls {@code vm.update()} like the FX pulse (every 5 ms) until {@code done}; fails after {@code seconds}. */
    static void pulseUntil(LiveSourceViewModel vm, String what, double seconds, BooleanSupplier done) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (true) {
            vm.update();
            if (done.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what + "; state " + vm.status().chipProperty().get() + ", detail "
                        + vm.status().detailProperty().get() + ", error " + vm.errorProperty().get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    /** A frame source the test publishes to (stands for the simulator the demo reads). */
    static final class FedSource implements FrameSource {
        private final LatestFrame latest = new LatestFrame();

        void publish(PackFrame frame) {
            latest.publish(frame);
        }

        @Override
        public LatestFrame latest() {
            return latest;
        }

        @Override
        public void addFrameListener(FrameSink sink) {
        }

        @Override
        public void removeFrameListener(FrameSink sink) {
        }

        @Override
        public SourceStatus sourceStatus() {
            return new SourceStatus("test", SourceStatus.State.RUNNING, 1.0, Double.NaN, Double.NaN, "fed by a test");
        }

        @Override
        public void setPaused(boolean paused) {
        }

        @Override
        public boolean paused() {
            return false;
        }

        @Override
        public void setSpeed(double speed) {
        }

        @Override
        public double speed() {
            return 1.0;
        }

        @Override
        public void start() {
        }

        @Override
        public void close() {
        }
    }
}
