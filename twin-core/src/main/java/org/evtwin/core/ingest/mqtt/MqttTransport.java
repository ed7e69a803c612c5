package org.evtwin.core.ingest.mqtt;

import org.evtwin.core.TwinException;

/**
 * A Paho client (MQTT 5 or 3.1.1) behind the few operations ingest and publishing need. Callbacks come on Paho's
 * threads. After the first connection, dropped connections are re-established by our own supervision (a fresh Paho
 * client per attempt, each attempt bounded in time, back-off 1 s doubling up to the settings' maximum; see
 * {@link PahoTransport} for why not Paho's automatic reconnect); after every reconnect the subscriptions are renewed,
 * so a broker that lost the session still delivers, and QoS 1 messages the broker had not acknowledged are
 * published again.
 */
public interface MqttTransport extends AutoCloseable {

    /** What the transport reports, on Paho's threads. Implementations must return quickly. */
    interface Listener {
        void connected(boolean reconnect);

        void connectionLost(String reason);

        /** A reconnect attempt failed or was abandoned (timed out); {@code detail} says which, why and what next. */
        default void reconnecting(String detail) {
        }

        /** A message; {@code payload} belongs to the listener. */
        void message(String topic, byte[] payload);
    }

    /**
     * Opens a client for these settings (nothing connects yet).
     *
     * @throws IllegalArgumentException for {@code tcp://} to another machine without the user's explicit choice
     */
    static MqttTransport open(MqttSettings settings, Listener listener) {
        settings.requireEncryptedOrLocal();
        return settings.protocol() == MqttSettings.Protocol.MQTT_5 ? new Paho5Transport(settings, listener)
                : new Paho3Transport(settings, listener);
    }

    /**
     * Connects and subscribes, waiting at most {@code timeoutMs} for each; afterwards the transport reconnects by
     * itself when the connection drops.
     *
     * @throws TwinException naming the broker and the reason (never the password)
     */
    void connect(long timeoutMs);

    /** Subscribes now (when connected) and after every reconnect. */
    void subscribe(String topicFilter, int qos);

    /**
     * Publishes; returns false without sending when the in-flight window is full or the client is reconnecting
     * (the caller retries).
     *
     * @throws TwinException when the client is not connected or the publish fails otherwise
     */
    boolean tryPublish(String topic, byte[] payload, int qos);

    /** Messages sent but not yet acknowledged by the broker (QoS 1). */
    int inflight();

    boolean isConnected();

    /** Disconnects (waiting briefly for in-flight acknowledgements) and releases the client. */
    @Override
    void close();
}
