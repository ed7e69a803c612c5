package org.evtwin.core.ingest.mqtt;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Our own reconnect supervision for a {@link PahoTransport} (why not Paho's automatic reconnect: see there). After a
 * lost connection one daemon thread ("mqtt-reconnect") makes attempts until one succeeds or the transport closes,
 * waiting 1 s after the first failure and twice as long after each further one, up to the settings' maximum; each
 * failure goes to the listener with its reason. At most one supervisor thread runs at a time.
 */
final class ReconnectSupervisor {
    private final MqttSettings settings;
    private final MqttTransport.Listener listener;
    private final Runnable attempt;
    private final BooleanSupplier connected;
    private final BooleanSupplier closed;
    private final AtomicBoolean supervising = new AtomicBoolean();
    private volatile Thread supervisor;
    private volatile boolean attempting;

    /**
     * @param attempt one reconnect attempt on a fresh client; throws a {@link RuntimeException} whose message says why
     *     when the attempt was abandoned (the transport has released that client)
     * @param connected whether the transport has a current connection
     * @param closed whether the transport is closed
     */
    ReconnectSupervisor(MqttSettings settings, MqttTransport.Listener listener, Runnable attempt,
            BooleanSupplier connected, BooleanSupplier closed) {
        this.settings = settings;
        this.listener = listener;
        this.attempt = attempt;
        this.connected = connected;
        this.closed = closed;
    }

    /** The connection was lost: starts the supervisor thread unless one runs already. */
    void start() {
        if (supervising.compareAndSet(false, true)) {
            Thread t = new Thread(this::reconnect, "mqtt-reconnect");
            t.setDaemon(true);
            supervisor = t;
            t.start();
        }
    }

    /** Whether an attempt runs now (it re-publishes what was unacknowledged, so new publishing waits meanwhile). */
    boolean attempting() {
        return attempting;
    }

    /** The transport closed: wakes the supervisor from its back-off so it ends. */
    void stop() {
        Thread t = supervisor;
        if (t != null) {
            t.interrupt();
        }
    }

    /** The supervisor: attempts with back-off until one connects. */
    private void reconnect() {
        long delayMs = 1000;
        int attempts = 0;
        while (!closed.getAsBoolean()) {
            attempts++;
            attempting = true;
            try {
                attempt.run();
                supervising.set(false);
                // lost again between attach and here: nobody else started a supervisor, so carry on
                if (connected.getAsBoolean() || closed.getAsBoolean() || !supervising.compareAndSet(false, true)) {
                    return;
                }
                attempts = 0;
                delayMs = 1000;
                continue;
            } catch (RuntimeException e) {
                listener.reconnecting("reconnect attempt " + attempts + " abandoned (" + e.getMessage() + "); next in "
                        + delayMs / 1000 + " s");
            } finally {
                attempting = false;
            }
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                supervising.set(false);   // a later loss of the connection may start a new supervisor
                Thread.currentThread().interrupt();
                return;
            }
            delayMs = Math.min(delayMs * 2, Math.max(1000, settings.maxReconnectDelay().toMillis()));
        }
        supervising.set(false);
    }
}
