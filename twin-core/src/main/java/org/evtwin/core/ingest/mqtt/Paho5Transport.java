package org.evtwin.core.ingest.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.evtwin.core.TwinException;

/** {@link MqttTransport} on Paho's MQTT 5 client (in-memory client state: nothing written to disk). */
final class Paho5Transport implements MqttTransport {
    private final MqttSettings settings;
    private final MqttAsyncClient client;
    private final MqttConnectionOptions options = new MqttConnectionOptions();
    private final Map<String, Integer> subscriptions = new ConcurrentHashMap<>();
    private volatile boolean closed;
    // our own count of unacknowledged publishes: Paho's getInFlightMessageCount() was seen to stay above zero after
    // every acknowledgement had arrived (a flush then never ends)
    private final AtomicInteger pending = new AtomicInteger();

    Paho5Transport(MqttSettings settings, Listener listener) {
        this.settings = settings;
        try {
            client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new TwinException("MQTT client for " + settings.brokerUrl() + ": " + e.getMessage(), e);
        }
        options.setCleanStart(settings.cleanSession());
        options.setSessionExpiryInterval(settings.cleanSession() ? 0L : settings.sessionExpiry().toSeconds());
        options.setKeepAliveInterval((int) settings.keepAlive().toSeconds());
        options.setAutomaticReconnect(true);
        options.setAutomaticReconnectDelay(1, (int) Math.max(1, settings.maxReconnectDelay().toSeconds()));
        options.setReceiveMaximum(Math.min(65535, settings.maxInflight()));
        if (settings.username() != null) {
            options.setUserName(settings.username());
        }
        if (settings.password() != null) {
            options.setPassword(new String(settings.password()).getBytes(StandardCharsets.UTF_8));
        }
        if (settings.usesTls()) {
            TlsSettings tls = settings.tls() == null ? TlsSettings.SYSTEM_TRUST : settings.tls();
            options.setSocketFactory(NoDelaySockets.tls(TlsContexts.socketFactory(tls)));
            options.setHttpsHostnameVerificationEnabled(tls.hostnameVerification());
        } else {
            options.setSocketFactory(NoDelaySockets.plain());
        }
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse response) {
                listener.connectionLost(response.getReasonString() != null ? response.getReasonString()
                        : response.getException() != null ? response.getException().getMessage()
                        : "reason code " + response.getReturnCode());
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
                listener.connectionLost(exception.getMessage());
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                listener.message(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
                pending.decrementAndGet();
            }

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
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
                // no enhanced authentication
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
