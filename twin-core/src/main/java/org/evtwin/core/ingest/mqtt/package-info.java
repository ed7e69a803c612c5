/**
 * Live telemetry over MQTT (Eclipse Paho, MQTT 5 with 3.1.1 for older brokers): connection settings with TLS and
 * credentials that never leave memory, the versioned JSON payload ({@code assets/schemas/mqtt-telemetry.schema.json})
 * parsed with Jackson's streaming API or mapped from another shape with JSON pointers and units, validation with an
 * exact reason for every rejected message (quarantine), per-vehicle de-duplication by sequence number, and
 * {@link org.evtwin.core.ingest.mqtt.MqttLiveSource}, a {@link org.evtwin.core.engine.FrameSource} for the twin.
 *
 * <p>Threads: Paho's callback thread only copies the payload into a bounded inbox (it waits there only when the
 * ingest is saturated: back-pressure through TCP to the broker, never a drop, because a dropped QoS 1 message would
 * be lost); one ingest thread parses, validates and hands frames to the twin's listeners and to a
 * {@link org.evtwin.core.ingest.mqtt.LiveRecorder} (the store's writers, which queue and write on their own thread).
 * Nothing here touches JDBC or the UI.
 *
 * <p>{@link org.evtwin.core.ingest.mqtt.TelemetryPublisher} and {@link org.evtwin.core.ingest.mqtt.TelemetryEncoder}
 * are the other side: the simulator's frames in the schema, for the demo and {@code twin publish}.
 */
package org.evtwin.core.ingest.mqtt;
