package org.evtwin.core.ingest.mqtt;

import java.util.function.BiConsumer;
import org.evtwin.core.TwinException;

/**
 * Owns the Paho client of a live source and its connection state: the first connection is tried in the background
 * with back-off (1 s doubling up to the settings' maximum) until it succeeds, the user disconnects, or the broker
 * refuses for a reason retrying cannot fix; after that the transport's own reconnect supervision takes over (each
 * attempt bounded in time and abandoned when it hangs, see {@link PahoTransport}), and its reports show in the state.
 */
final class Connector {
    private final MqttSettings settings;
    private final String topicFilter;
    private final BiConsumer<String, byte[]> messages;
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private volatile String detail = "not connected";
    private MqttTransport transport;
    private Thread attempt;
    private volatile long generation;

    Connector(MqttSettings settings, String topicFilter, BiConsumer<String, byte[]> messages) {
        this.settings = settings;
        this.topicFilter = topicFilter;
        this.messages = messages;
    }

    ConnectionState state() {
        return state;
    }

    String detail() {
        return detail;
    }

    synchronized void connect() {
        if (transport != null) {
            return;
        }
        long gen = ++generation;
        MqttTransport t = MqttTransport.open(settings, new MqttTransport.Listener() {
            @Override
            public void connected(boolean reconnect) {
                // the first connection counts once connect() has also subscribed (firstConnection sets it)
                if (reconnect) {
                    set(gen, ConnectionState.CONNECTED, "connected to " + settings.brokerUrl() + " (reconnected)");
                }
            }

            @Override
            public void connectionLost(String reason) {
                set(gen, ConnectionState.RECONNECTING, "connection to " + settings.brokerUrl() + " lost (" + reason
                        + "); reconnecting");
            }

            @Override
            public void reconnecting(String why) {
                set(gen, ConnectionState.RECONNECTING, "reconnecting to " + settings.brokerUrl() + ": " + why);
            }

            @Override
            public void message(String topic, byte[] payload) {
                messages.accept(topic, payload);
            }
        });
        t.subscribe(topicFilter, settings.qos());
        transport = t;
        state = ConnectionState.CONNECTING;
        detail = "connecting to " + settings.brokerUrl();
        attempt = new Thread(() -> firstConnection(gen, t), "mqtt-connect");
        attempt.setDaemon(true);
        attempt.start();
    }

    private void firstConnection(long gen, MqttTransport t) {
        long delayMs = 1000;
        while (isCurrent(gen)) {
            try {
                t.connect(10_000);
                if (t.isConnected()) {
                    set(gen, ConnectionState.CONNECTED, "connected to " + settings.brokerUrl());
                }
                return;
            } catch (MqttConnectException e) {
                if (!e.retryable()) {
                    set(gen, ConnectionState.FAILED, e.getMessage());
                    return;
                }
                set(gen, ConnectionState.CONNECTING, e.getMessage() + "; retrying in " + delayMs / 1000 + " s");
            } catch (TwinException e) {
                set(gen, ConnectionState.FAILED, e.getMessage());
                return;
            }
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();   // the thread ends here; keep the flag for whoever reads it
                return;
            }
            delayMs = Math.min(delayMs * 2, Math.max(1000, settings.maxReconnectDelay().toMillis()));
        }
    }

    private boolean isCurrent(long gen) {
        return gen == generation;
    }

    // not synchronized: Paho calls this on its threads while disconnect() may hold the lock and wait for Paho
    private void set(long gen, ConnectionState s, String text) {
        if (gen == generation) {
            state = s;
            detail = text;
        }
    }

    void disconnect() {
        MqttTransport t;
        synchronized (this) {
            generation++;
            t = transport;
            transport = null;
            if (attempt != null) {
                attempt.interrupt();
                attempt = null;
            }
            state = ConnectionState.DISCONNECTED;
            detail = "disconnected";
        }
        if (t != null) {
            t.close();
        }
    }
}
