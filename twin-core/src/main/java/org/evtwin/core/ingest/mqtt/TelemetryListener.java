package org.evtwin.core.ingest.mqtt;

import org.evtwin.core.telemetry.PackFrame;

/** Receives every accepted message of a watched vehicle, on the ingest thread (keep it short). */
@FunctionalInterface
public interface TelemetryListener {
    /**
     * @param receivedNanos {@link System#nanoTime()} when Paho handed the message over
     */
    void accept(TelemetryMessage message, PackFrame frame, long receivedNanos);
}
