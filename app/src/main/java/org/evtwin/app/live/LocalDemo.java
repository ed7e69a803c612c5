package org.evtwin.app.live;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.evtwin.core.engine.FrameSource;
import org.evtwin.core.engine.LatestFrame;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.MqttTransport;
import org.evtwin.core.ingest.mqtt.TelemetryPublisher;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.ingest.mqtt.broker.EmbeddedBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-machine demo: the embedded broker on 127.0.0.1 (started only when the user asks), and a publisher that
 * sends the simulator's newest frame at {@value #RATE_HZ} Hz (the live rate) as the demo vehicle. Starting
 * and stopping run on the demo's own thread; the panel polls {@link #state()} on the pulse. A second start while
 * one is starting or running is ignored; a fixed port that is in use fails with a message saying so.
 */
final class LocalDemo {
    private static final Logger LOG = LoggerFactory.getLogger(LocalDemo.class);
    static final int RATE_HZ = 10;

    enum State { STOPPED, STARTING, RUNNING, STOPPING, FAILED }

    private final FrameSource simulator;
    private final VehicleSpec vehicle;
    private volatile State state = State.STOPPED;
    private volatile String message = "";
    private volatile String url;
    private volatile long published;
    private Thread thread;

    LocalDemo(FrameSource simulator, VehicleSpec vehicle) {
        this.simulator = simulator;
        this.vehicle = vehicle;
    }

    /**
     * Starts broker and publisher in the background.
     *
     * @param port loopback port for the broker, 0 = any free port
     * @return false (and nothing happens) when the demo is already starting, running or stopping
     */
    synchronized boolean start(int port) {
        if (state == State.STARTING || state == State.RUNNING || state == State.STOPPING) {
            return false;
        }
        state = State.STARTING;
        message = "starting the local broker";
        url = null;
        published = 0;
        thread = new Thread(() -> run(port), "live-demo");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** Stops publishing and the broker (in the background); no effect when not running. */
    synchronized void stop() {
        if (thread != null && (state == State.STARTING || state == State.RUNNING)) {
            state = State.STOPPING;
            message = "stopping the local demo";
            thread.interrupt();
        }
    }

    private void run(int port) {
        EmbeddedBroker broker = null;
        MqttTransport transport = null;
        try {
            if (port != 0) {
                checkFree(port);
            }
            broker = EmbeddedBroker.start(port);
            MqttSettings pub = MqttSettings.of(broker.url(), "evtwin-demo-publisher")
                    .withProtocol(MqttSettings.Protocol.MQTT_3_1_1).withCleanSession(true);
            transport = MqttTransport.open(pub, QuietListener.INSTANCE);
            transport.connect(10_000);
            TelemetryPublisher publisher = new TelemetryPublisher(transport, vehicle, 1);
            url = broker.url();
            if (state == State.STARTING) {
                state = State.RUNNING;
                message = "publishing " + vehicle.id() + " at " + RATE_HZ + " Hz on " + broker.url();
                LOG.info("local demo: embedded broker on {}, publishing {} at {} Hz", broker.url(), vehicle.id(),
                        RATE_HZ);
            }
            publishLoop(publisher);
        } catch (RuntimeException e) {
            if (state != State.STOPPING) {
                state = State.FAILED;
                message = "local demo failed: " + e.getMessage();
                LOG.warn("local demo failed: {}", e.getMessage());
            }
        } finally {
            closeQuietly(transport);
            if (broker != null) {
                broker.close();
            }
            if (state != State.FAILED) {
                state = State.STOPPED;
                message = "local demo stopped";
            }
        }
    }

    private void publishLoop(TelemetryPublisher publisher) {
        long lastSeq = -1;
        long periodNs = 1_000_000_000L / RATE_HZ;
        long next = System.nanoTime();
        while (state == State.RUNNING && !Thread.currentThread().isInterrupted()) {
            LatestFrame.Stamped s = simulator.latest().get();
            if (s != null && s.sequence() != lastSeq) {
                lastSeq = s.sequence();
                publisher.publish(s.frame(), System.currentTimeMillis());
                published++;
            }
            next += periodNs;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();   // the thread ends here; keep the flag for whoever reads it
                    return;
                }
            } else {
                next = System.nanoTime();
            }
        }
    }

    private static void checkFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use; choose another port or 0 for"
                    + " any free port");
        }
    }

    private static void closeQuietly(MqttTransport t) {
        if (t != null) {
            try {
                t.close();
            } catch (RuntimeException e) {
                LOG.debug("closing the demo publisher: {}", e.getMessage());
            }
        }
    }

    State state() {
        return state;
    }

    /** One line for people: what the demo does or why it failed. */
    String message() {
        return message;
    }

    /** The broker's URL while running, else null. */
    String url() {
        return state == State.RUNNING ? url : null;
    }

    long published() {
        return published;
    }

    VehicleSpec vehicle() {
        return vehicle;
    }

    /** Waits up to {@code millis} for the demo thread to end (closing the app, tests). */
    void awaitStopped(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join(millis);
        }
    }

    /** A publisher receives nothing; connection changes show in the live source's status. */
    private enum QuietListener implements MqttTransport.Listener {
        INSTANCE;

        @Override
        public void connected(boolean reconnect) {
        }

        @Override
        public void connectionLost(String reason) {
        }

        @Override
        public void message(String topic, byte[] payload) {
        }
    }
}
