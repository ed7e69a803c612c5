/**
 * An MQTT broker inside the application, for the one-machine demo (the simulator publishes, the live source
 * watches, nothing to install) and for tests that must pass on a fresh clone. It listens on the loopback interface
 * only and only when asked; a fleet uses a real broker (Mosquitto, HiveMQ, EMQX).
 *
 * <p>Moquette 0.17 (the newest on Maven Central; Apache-2.0, ≈ 0.3 MB plus Netty ≈ 2.5 MB) speaks MQTT 3.1.1 only,
 * so clients of the embedded broker use {@link org.evtwin.core.ingest.mqtt.MqttSettings.Protocol#MQTT_3_1_1}.
 * Its sessions live in memory; a session's queue holds {@link org.evtwin.core.ingest.mqtt.broker.EmbeddedBroker#SESSION_QUEUE}
 * messages (Moquette drops QoS 1 messages beyond it, which is why the queue is large). Its usage telemetry to the
 * project's servers is switched off.
 */
package org.evtwin.core.ingest.mqtt.broker;
