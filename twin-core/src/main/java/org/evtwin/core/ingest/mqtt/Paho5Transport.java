package org.evtwin.core.ingest.mqtt;

import java.nio.charset.StandardCharsets;
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
final class Paho5Transport extends PahoTransport<MqttAsyncClient> {
    private final MqttConnectionOptions options = new MqttConnectionOptions();

    Paho5Transport(MqttSettings settings, Listener listener) {
        super(settings, listener);
        options.setCleanStart(settings.cleanSession());
        options.setSessionExpiryInterval(settings.cleanSession() ? 0L : settings.sessionExpiry().toSeconds());
        options.setKeepAliveInterval((int) settings.keepAlive().toSeconds());
        options.setAutomaticReconnect(false);   // our own supervision (PahoTransport)
        options.setConnectionTimeout((int) (ATTEMPT_TIMEOUT_MS / 1000));
        options.setReceiveMaximum(Math.min(65535, settings.maxInflight()));
        if (settings.username() != null) {
            options.setUserName(settings.username());
        }
        if (settings.password() != null) {
            options.setPassword(utf8(settings.password()));
        }
        if (settings.usesTls()) {
            TlsSettings tls = settings.tls() == null ? TlsSettings.SYSTEM_TRUST : settings.tls();
            options.setSocketFactory(NoDelaySockets.tls(TlsContexts.socketFactory(tls)));
            options.setHttpsHostnameVerificationEnabled(tls.hostnameVerification());
        } else {
            options.setSocketFactory(NoDelaySockets.plain());
        }
    }

    /**
     * The password's UTF-8 bytes without an intermediate {@code String}, which could not be wiped; the encoder's
     * buffer is wiped. Paho keeps the returned bytes for the reconnects of this connection.
     */
    private static byte[] utf8(char[] password) {
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            java.util.Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
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
            public void disconnected(MqttDisconnectResponse response) {
                lost(client, response.getReasonString() != null ? response.getReasonString()
                        : response.getException() != null ? response.getException().getMessage()
                        : "reason code " + response.getReturnCode());
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
                if (!client.isConnected()) {
                    lost(client, exception.getMessage());
                }
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                arrived(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
                acked(token.getUserContext());
            }

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                // PahoTransport tells the listener once the subscriptions are renewed too
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
                // no enhanced authentication
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
