package org.evtwin.core.ingest.mqtt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.evtwin.core.TwinException;

/** {@link MqttTransport} on Paho's MQTT 3.1.1 client, for brokers without MQTT 5 (in-memory client state). */
final class Paho3Transport implements MqttTransport {
    private final MqttSettings settings;
    private final MqttAsyncClient client;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private final Map<String, Integer> subscriptions = new ConcurrentHashMap<>();
    private volatile boolean closed;
    // our own count of unacknowledged publishes: Paho's getInFlightMessageCount() was seen to stay above zero after
    // every acknowledgement had arrived (a flush then never ends)
    private final AtomicInteger pending = new AtomicInteger();

    Paho3Transport(MqttSettings settings, Listener listener) {
        this.settings = settings;
        try {
            client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new TwinException("MQTT client for " + settings.brokerUrl() + ": " + e.getMessage(), e);
        }
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(settings.cleanSession());
        options.setKeepAliveInterval((int) settings.keepAlive().toSeconds());
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay((int) Math.max(1000, settings.maxReconnectDelay().toMillis()));
        options.setMaxInflight(settings.maxInflight());
        if (settings.username() != null) {
            options.setUserName(settings.username());
        }
        if (settings.password() != null) {
            options.setPassword(settings.password());
        }
        if (settings.usesTls()) {
            TlsSettings tls = settings.tls() == null ? TlsSettings.SYSTEM_TRUST : settings.tls();
            options.setSocketFactory(NoDelaySockets.tls(TlsContexts.socketFactory(tls)));
            options.setHttpsHostnameVerificationEnabled(tls.hostnameVerification());
        } else {
            options.setSocketFactory(NoDelaySockets.plain());
        }
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                try {
                    if (reconnect) {
                        resubscribe(false); // on Paho's callback thread: must not wait for the SUBACK here
                    }
                    listener.connected(reconnect);
                } catch (TwinException e) {
                    listener.connectionLost(e.getMessage());
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
                listener.connectionLost(cause == null ? "connection lost" : String.valueOf(cause.getMessage()));
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                listener.message(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                pending.decrementAndGet();
            }
        });
    }

    @Override
    public void connect(long timeoutMs) {
        try {
            client.connect(options).waitForCompletion(timeoutMs);
        } catch (MqttException e) {
            throw PahoErrors.connectFailed(settings, e.getReasonCode(), e);
        }
        resubscribe(true);
    }

    @Override
    public void subscribe(String topicFilter, int qos) {
        subscriptions.put(topicFilter, qos);
        if (client.isConnected()) {
            resubscribe(true);
        }
    }

    /** Subscribes to every filter; {@code await}: wait for the broker's SUBACK (never on Paho's threads). */
    private void resubscribe(boolean await) {
        for (var s : subscriptions.entrySet()) {
            try {
                var token = client.subscribe(s.getKey(), s.getValue());
                if (await) {
                    token.waitForCompletion(10_000);
                }
            } catch (MqttException e) {
                throw new TwinException("MQTT subscribe to " + s.getKey() + " failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public boolean tryPublish(String topic, byte[] payload, int qos) {
        // our own window: an MQTT 5 broker may allow 65,535 in flight, more than Paho has message ids for
        if (qos > 0 && pending.get() >= settings.maxInflight()) {
            return false;
        }
        try {
            pending.incrementAndGet();
            client.publish(topic, payload, qos, false);
            return true;
        } catch (MqttException e) {
            pending.decrementAndGet();
            if (!closed && PahoErrors.isTransient(e.getReasonCode())) {
                return false;
            }
            throw new TwinException("MQTT publish to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int inflight() {
        return pending.get();
    }

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        PahoErrors.quietly(() -> {
            if (client.isConnected()) {
                client.disconnect(5000).waitForCompletion(6000);
            }
        });
        PahoErrors.quietly(() -> client.close(true));
    }
}
