package org.evtwin.core.ingest.mqtt;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.evtwin.core.TwinException;

/** {@link MqttTransport} on Paho's MQTT 3.1.1 client, for brokers without MQTT 5 (in-memory client state). */
final class Paho3Transport extends PahoTransport<MqttAsyncClient> {
    private final MqttConnectOptions options = new MqttConnectOptions();

    Paho3Transport(MqttSettings settings, Listener listener) {
        super(settings, listener);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(settings.cleanSession());
        options.setKeepAliveInterval((int) settings.keepAlive().toSeconds());
        options.setAutomaticReconnect(false);   // our own supervision (PahoTransport)
        options.setConnectionTimeout((int) (ATTEMPT_TIMEOUT_MS / 1000));
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
    }

    @Override
    MqttAsyncClient newClient() {
        MqttAsyncClient client;
        try {
            client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new TwinException("MQTT client for " + settings.brokerUrl() + ": " + e.getMessage(), e);
        }
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                lost(client, cause == null ? "connection lost" : String.valueOf(cause.getMessage()));
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                arrived(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                acked(token.getUserContext());
            }
        });
        return client;
    }

    @Override
    void connect(MqttAsyncClient client, long timeoutMs) throws MqttException {
        client.connect(options).waitForCompletion(timeoutMs);
    }

    @Override
    void subscribe(MqttAsyncClient client, String topicFilter, int qos, long timeoutMs) throws MqttException {
        client.subscribe(topicFilter, qos).waitForCompletion(timeoutMs);
    }

    @Override
    void publish(MqttAsyncClient client, String topic, byte[] payload, int qos, long key) throws MqttException {
        client.publish(topic, payload, qos, false, key, null);
    }

    @Override
    boolean connected(MqttAsyncClient client) {
        return client.isConnected();
    }

    @Override
    void disconnect(MqttAsyncClient client) {
        PahoErrors.quietly(() -> {
            if (client.isConnected()) {
                client.disconnect(5000).waitForCompletion(6000);
            }
        });
        PahoErrors.quietly(() -> client.close(true));
    }

    @Override
    void abandon(MqttAsyncClient client) {
        PahoErrors.quietly(() -> client.disconnectForcibly(0, 0, false));
        PahoErrors.quietly(() -> client.close(true));
    }

    @Override
    int reasonCode(Exception e) {
        return e instanceof MqttException m ? m.getReasonCode() : -1;
    }
}
