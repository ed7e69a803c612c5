package org.evtwin.core.ingest.mqtt;

/** Turns one MQTT payload into an accepted message or a reason to quarantine it. One instance per thread. */
@FunctionalInterface
public interface PayloadParser {
    /**
     * @param topic           the topic it arrived on
     * @param payload         the raw bytes (not modified)
     * @param receivedEpochMs the receiving clock [ms since the epoch], for the timestamp checks
     */
    TelemetryMessage parse(String topic, byte[] payload, long receivedEpochMs) throws RejectedMessageException;
}
