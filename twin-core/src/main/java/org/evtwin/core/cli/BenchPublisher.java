package org.evtwin.core.cli;

import java.util.List;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.MqttTransport;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.telemetry.PackFrame;

/**
 * The vehicle side of one {@code twin bench mqtt} stream. It is prepared (connected, messages encoded where it
 * pre-encodes) before the clock starts; {@link #send(long)} is timed; {@link #finish()} comes after the receiving side
 * has every message and is not timed.
 */
interface BenchPublisher extends AutoCloseable {

    /** Which publisher: Paho's 3.1.1 client in this JVM, or Mosquitto's {@code mosquitto_pub -l} process. */
    enum Kind {
        PAHO("paho"), MOSQUITTO_PUB("mosquitto_pub");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("--publisher must be paho or mosquitto_pub, found \"" + label + "\"");
        }
    }

    /**
     * Hands every message over: Paho until the broker acknowledged all, mosquitto_pub until it read every line;
     * gives up with an exception after {@code timeoutS}.
     */
    void send(long timeoutS);

    /** Throws when the publisher can no longer deliver (its process ended before the stream did). */
    void check();

    /** CPU seconds of the publisher's own process so far; NaN when it runs inside this JVM. */
    double cpuSeconds();

    /** Ends the stream once the receiver has everything (mosquitto_pub: input closed, exit status checked). */
    void finish();

    @Override
    void close();

    /** Paho 3.1.1 with a window of 1,000 in this JVM: encodes and publishes message by message inside the clock. */
    final class Paho implements BenchPublisher {
        private final MqttTransport out;
        private final VehicleSpec vehicle;
        private final List<PackFrame> frames;
        private final long n;

        Paho(MqttSettings settings, VehicleSpec vehicle, List<PackFrame> frames, long n) {
            this.out = MqttTransport.open(settings, PublishCommand.NoCallbacks.INSTANCE);
            this.vehicle = vehicle;
            this.frames = frames;
            this.n = n;
            out.connect(10_000);
        }

        @Override
        public void send(long timeoutS) {
            MqttBenchRuns.publish(out, vehicle, frames, n, null, timeoutS);
        }

        @Override
        public void check() {
        }

        @Override
        public double cpuSeconds() {
            return Double.NaN;
        }

        @Override
        public void finish() {
        }

        @Override
        public void close() {
            out.close();
        }
    }
}
