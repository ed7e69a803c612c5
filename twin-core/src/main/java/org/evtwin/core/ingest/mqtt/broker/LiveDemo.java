package org.evtwin.core.ingest.mqtt.broker;

import java.util.List;
import org.evtwin.core.engine.FrameSource;
import org.evtwin.core.ingest.mqtt.LiveRecorder;
import org.evtwin.core.ingest.mqtt.MessageRules;
import org.evtwin.core.ingest.mqtt.MqttLiveSource;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.MqttTransport;
import org.evtwin.core.ingest.mqtt.TelemetryPublisher;
import org.evtwin.core.ingest.mqtt.TelemetrySchema;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;

/**
 * The one-machine live demo, nothing to install: an {@link EmbeddedBroker} on loopback, the simulator's frames
 * published to it as vehicle {@code vehicleId} (on the simulator's thread, at its pace), and an
 * {@link MqttLiveSource} watching that vehicle — the same path a real vehicle's data takes. Started only when the
 * user asks; {@link #close()} stops all three.
 */
public final class LiveDemo implements AutoCloseable {
    private final EmbeddedBroker broker;
    private final MqttTransport transport;
    private final FrameSource simulator;
    private final FrameSink publishing;
    private final MqttLiveSource live;

    private LiveDemo(EmbeddedBroker broker, MqttTransport transport, FrameSource simulator, FrameSink publishing,
            MqttLiveSource live) {
        this.broker = broker;
        this.transport = transport;
        this.simulator = simulator;
        this.publishing = publishing;
        this.live = live;
    }

    /**
     * @param simulator the running simulator (its frames are published while the demo runs)
     * @param recorder  where the live source records (the store, or {@link LiveRecorder#NONE})
     */
    public static LiveDemo start(FrameSource simulator, PackTopology topology, String vehicleId,
            LiveRecorder recorder) {
        VehicleSpec vehicle = VehicleSpec.of(vehicleId, topology);
        EmbeddedBroker broker = EmbeddedBroker.start(0);
        MqttTransport transport = null;
        MqttLiveSource live = null;
        try {
            MqttSettings base = MqttSettings.of(broker.url(), "evtwin-demo").withProtocol(
                    MqttSettings.Protocol.MQTT_3_1_1);
            live = new MqttLiveSource(base, TelemetrySchema.TOPIC_FILTER, List.of(vehicle), MessageRules.DEFAULTS,
                    recorder);
            live.connect();
            transport = MqttTransport.open(MqttSettings.of(broker.url(), "evtwin-demo-vehicle-" + vehicleId)
                    .withProtocol(MqttSettings.Protocol.MQTT_3_1_1), new Quiet());
            transport.connect(10_000);
            FrameSink publishing = publisher(new TelemetryPublisher(transport, vehicle, 1));
            simulator.addFrameListener(publishing);
            return new LiveDemo(broker, transport, simulator, publishing, live);
        } catch (RuntimeException e) {
            if (live != null) {
                live.close();
            }
            if (transport != null) {
                transport.close();
            }
            broker.close();
            throw e;
        }
    }

    /** Time stamps: the wall clock, kept strictly increasing (the simulator may run faster than real time). */
    private static FrameSink publisher(TelemetryPublisher publisher) {
        long[] last = {Long.MIN_VALUE};
        return (PackFrame frame) -> {
            long t = Math.max(System.currentTimeMillis(), last[0] + 1);
            last[0] = t;
            publisher.publish(frame, t);
        };
    }

    /** The live source to show (switch the workstation to it); it watches the demo vehicle. */
    public MqttLiveSource live() {
        return live;
    }

    public String brokerUrl() {
        return broker.url();
    }

    @Override
    public void close() {
        simulator.removeFrameListener(publishing);
        live.close();
        transport.close();
        broker.close();
    }

    /** The vehicle side receives nothing. */
    private static final class Quiet implements MqttTransport.Listener {
        @Override
        public void connected(boolean reconnect) {
        }

        @Override
        public void connectionLost(String reason) {
        }

        @Override
        public void message(String topic, byte[] payload) {
        }
    }
}
