package org.evtwin.core.ingest.mqtt;

import java.util.concurrent.locks.LockSupport;
import org.evtwin.core.TwinException;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Publishes a vehicle's frames in the default schema on {@code ev/<id>/battery/telemetry}. Sequence numbers start at
 * the start time in microseconds since the epoch and count up by one per message, so a restarted publisher
 * continues above its earlier numbers (the subscriber's de-duplication key) without keeping state on disk.
 * Publishing waits while the QoS 1 in-flight window is full or the client is reconnecting: nothing is skipped.
 */
public final class TelemetryPublisher {
    private final MqttTransport transport;
    private final TelemetryEncoder encoder;
    private final String topic;
    private final int qos;
    private long nextSeq;
    private long published;
    private long waits;

    public TelemetryPublisher(MqttTransport transport, VehicleSpec vehicle, int qos) {
        this.transport = transport;
        this.encoder = new TelemetryEncoder(vehicle);
        this.topic = TelemetrySchema.topicOf(vehicle.id());
        this.qos = qos;
        this.nextSeq = System.currentTimeMillis() * 1000L;
    }

    /** Publishes one frame measured at {@code epochMs}; returns its sequence number. */
    public long publish(PackFrame frame, long epochMs) {
        long seq = nextSeq++;
        publishRaw(encoder.encode(frame, seq, epochMs));
        return seq;
    }

    /** Publishes bytes as they are (tests use it for payloads that must be rejected). */
    public void publishRaw(byte[] payload) {
        publishRaw(topic, payload);
    }

    /** Publishes bytes on any topic. */
    public void publishRaw(String onTopic, byte[] payload) {
        if (!transport.tryPublish(onTopic, payload, qos)) {
            waits++;
            while (!transport.tryPublish(onTopic, payload, qos)) {
                LockSupport.parkNanos(50_000L);
                if (Thread.currentThread().isInterrupted()) {
                    throw new TwinException("publishing interrupted");
                }
            }
        }
        published++;
    }

    /** Waits until the broker acknowledged every QoS 1 message, at most {@code timeoutMs}; false on timeout. */
    public boolean flush(long timeoutMs) {
        long end = System.nanoTime() + timeoutMs * 1_000_000L;
        while (transport.inflight() > 0) {
            if (System.nanoTime() > end) {
                return false;
            }
            LockSupport.parkNanos(1_000_000L);
        }
        return true;
    }

    public long published() {
        return published;
    }

    /** Times publishing had to wait for the in-flight window or a reconnect. */
    public long waits() {
        return waits;
    }

    public String topic() {
        return topic;
    }
}
