package org.evtwin.core.ingest.mqtt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.evtwin.core.TwinException;

/**
 * What both Paho transports share: subscriptions, our own record of unacknowledged QoS 1 publishes
 * ({@link Unacknowledged}) and our own reconnect supervision (the attempts are made here; {@link ReconnectSupervisor}
 * runs them with back-off); the subclasses only drive their Paho client.
 *
 * <p>Paho's automatic reconnect is off: with Paho 1.2.5 and MQTT 5 it failed us twice after a broker restart.
 * <ul>
 * <li>Subscriber: now and then a reconnect opened the TCP connection, never completed CONNECT, and nothing retried.
 * Closest known 1.2.5 issues: eclipse-paho/paho.mqtt.java#1013 (a connect token that never completes when the
 * broker closes a connection just after accepting it) and #81 (a client left "connecting" after a timed-out
 * connect). Here every attempt runs on a fresh client and must connect and subscribe within
 * {@link #ATTEMPT_TIMEOUT_MS}, or it is abandoned (closed forcibly) and retried with back-off.</li>
 * <li>Publisher: once the broker allows topic aliases (Mosquitto 2.0: 10; no client option refuses them) Paho sends
 * every PUBLISH after the first with the alias instead of the topic, and after a reconnect resends the
 * unacknowledged ones as they were, alias only, on a connection where the alias means nothing: Mosquitto drops the
 * client ("disconnected due to protocol error") at every reconnect (#1104, the gap in the fix of #527; #916 shows
 * the same log). A fresh client has nothing stale to resend; we re-publish what was unacknowledged ourselves, with
 * the topic. A message may then arrive twice; subscribers skip the repeat by (vehicle, seq).</li>
 * </ul>
 * The broker keeps the persistent session (same client id, clean start off): subscriptions and the messages queued
 * while we were away survive.
 *
 * @param <C> the Paho client type
 */
abstract class PahoTransport<C> implements MqttTransport {
    /** Time a (re)connect attempt may take to connect and subscribe before it is abandoned. */
    static final long ATTEMPT_TIMEOUT_MS = 10_000;

    protected final MqttSettings settings;
    private final Listener listener;
    private final Map<String, Integer> subscriptions = new ConcurrentHashMap<>();
    private final Unacknowledged unacked = new Unacknowledged();
    private final ReconnectSupervisor supervision;
    private volatile C current;
    private volatile C attempt;
    private volatile boolean closed;

    PahoTransport(MqttSettings settings, Listener listener) {
        this.settings = settings;
        this.listener = listener;
        this.supervision = new ReconnectSupervisor(settings, listener, this::reattach, () -> current != null,
                () -> closed);
    }

    /** A new Paho client with empty in-memory state, its callbacks wired to {@link #lost}, {@link #arrived} etc. */
    abstract C newClient();

    /** Connects, waiting at most {@code timeoutMs}. */
    abstract void connect(C client, long timeoutMs) throws Exception;

    /** Subscribes, waiting at most {@code timeoutMs} for the SUBACK. */
    abstract void subscribe(C client, String topicFilter, int qos, long timeoutMs) throws Exception;

    /** Hands a message to Paho; its acknowledgement must come back as {@link #acked}({@code key}). */
    abstract void publish(C client, String topic, byte[] payload, int qos, long key) throws Exception;

    abstract boolean connected(C client);

    /** Disconnects politely (waiting briefly for acknowledgements) and releases the client. */
    abstract void disconnect(C client);

    /** Closes the client at once, whatever state it is in. */
    abstract void abandon(C client);

    /** Paho's reason code of a failure, -1 when it is not Paho's. */
    abstract int reasonCode(Exception e);

    // ---- callbacks from Paho's threads

    final void arrived(String topic, byte[] payload) {
        listener.message(topic, payload);
    }

    final void acked(Object key) {
        unacked.remove(key);
    }

    final void lost(C client, String reason) {
        synchronized (this) {
            if (client != current || closed) {
                return;   // an abandoned attempt, or already handled
            }
            current = null;
        }
        abandonInBackground(client);   // release its threads; the broker keeps the session
        listener.connectionLost(reason);
        supervision.start();
    }

    // ---- MqttTransport

    @Override
    public void connect(long timeoutMs) {
        if (closed) {
            throw new TwinException("MQTT client for " + settings.brokerUrl() + " is closed");
        }
        C client = newClient();
        try {
            attach(client, timeoutMs);
        } catch (TwinException e) {
            abandonInBackground(client);
            throw e;
        } catch (Exception e) {
            abandonInBackground(client);
            throw PahoErrors.connectFailed(settings, reasonCode(e), e);
        }
    }

    /** Connects the client, subscribes to every filter and makes it the current one. */
    private void attach(C client, long timeoutMs) throws Exception {
        attempt = client;
        connect(client, timeoutMs);
        for (var s : subscriptions.entrySet()) {
            subscribeOrFail(client, s.getKey(), s.getValue(), timeoutMs);
        }
        synchronized (this) {
            if (closed) {
                throw new TwinException("MQTT client for " + settings.brokerUrl() + " was closed while connecting");
            }
            current = client;
            attempt = null;
        }
        if (!connected(client)) {
            lost(client, "connection lost while subscribing");
        }
    }

    private void subscribeOrFail(C client, String filter, int qos, long timeoutMs) {
        try {
            subscribe(client, filter, qos, timeoutMs);
        } catch (Exception e) {
            if (!connected(client)) {
                // the connection dropped while subscribing (a broker still closing this client id's previous
                // connection does that): a new attempt may succeed
                throw new MqttConnectException("MQTT subscribe to " + filter + " failed: the connection was lost ("
                        + e.getMessage() + ")", true, e);
            }
            throw new TwinException("MQTT subscribe to " + filter + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * One attempt for the {@link ReconnectSupervisor}: a new client connects, subscribes and re-publishes what was
     * unacknowledged; when the attempt is abandoned (its client released) throws a {@link TwinException} saying why.
     */
    private void reattach() {
        C client = null;
        try {
            client = newClient();
            attach(client, ATTEMPT_TIMEOUT_MS);
            if (current == client) {
                listener.connected(true);
            }
            republish(client);
        } catch (Exception e) {
            if (client != null) {
                abandonInBackground(client);
            }
            throw e instanceof TwinException t ? t : PahoErrors.connectFailed(settings, reasonCode(e), e);
        }
    }

    /**
     * Publishes again, oldest first, every message the broker had not acknowledged before the connection dropped
     * (new publishing waits meanwhile). Stops when this connection drops too; the next one goes on.
     */
    private void republish(C client) {
        for (Unacknowledged.Message m : unacked.rekeyAll()) {
            while (true) {
                if (closed || current != client) {
                    return;
                }
                try {
                    publish(client, m.topic(), m.payload(), m.qos(), m.key());
                    break;
                } catch (Exception e) {
                    if (!PahoErrors.isTransient(reasonCode(e))) {
                        return;
                    }
                    LockSupport.parkNanos(1_000_000L);   // Paho's window is full: wait for acknowledgements
                }
            }
        }
    }

    @Override
    public void subscribe(String topicFilter, int qos) {
        subscriptions.put(topicFilter, qos);
        C client = current;
        if (client != null) {
            subscribeOrFail(client, topicFilter, qos, ATTEMPT_TIMEOUT_MS);
        }
    }

    @Override
    public boolean tryPublish(String topic, byte[] payload, int qos) {
        if (closed) {
            throw new TwinException("MQTT publish to " + topic + " failed: the client is closed");
        }
        C client = current;
        // our own window: an MQTT 5 broker may allow 65,535 in flight, more than Paho has message ids for
        if (client == null || supervision.attempting() || qos > 0 && unacked.size() >= settings.maxInflight()) {
            return false;
        }
        Unacknowledged.Message m = unacked.add(topic, payload, qos);
        try {
            publish(client, topic, payload, qos, m.key());
            return true;
        } catch (Exception e) {
            unacked.remove(m.key());
            if (!closed && PahoErrors.isTransient(reasonCode(e))) {
                return false;
            }
            throw new TwinException("MQTT publish to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int inflight() {
        return unacked.size();
    }

    @Override
    public boolean isConnected() {
        C client = current;
        return client != null && connected(client);
    }

    @Override
    public void close() {
        C client;
        C trying;
        synchronized (this) {
            closed = true;
            client = current;
            trying = attempt;
            current = null;
        }
        supervision.stop();
        if (trying != null) {
            abandon(trying);
        }
        if (client != null) {
            disconnect(client);
        }
    }

    /**
     * Abandons on a short-lived thread: closing a client stuck in CONNECT must not hold up the next attempt, nor
     * may Paho's callback thread wait for its own client to close. A second try a moment later catches a client that
     * was still shutting down.
     */
    private void abandonInBackground(C client) {
        Thread t = new Thread(() -> {
            abandon(client);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();   // the thread ends here; keep the flag for whoever reads it
                return;
            }
            abandon(client);
        }, "mqtt-abandon");
        t.setDaemon(true);
        t.start();
    }
}
