package org.evtwin.core.ingest.mqtt.broker;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * Moquette on {@code 127.0.0.1}: MQTT 3.1.1, anonymous (nothing but this machine can reach it), sessions in memory.
 * Started only by {@link #start}; {@link #close} stops it.
 */
public final class EmbeddedBroker implements AutoCloseable {
    /** Messages a session may queue (in flight or waiting for an absent persistent client). */
    public static final int SESSION_QUEUE = 500_000;
    /** Largest message accepted [bytes]. */
    public static final int MAX_MESSAGE_BYTES = 4 << 20;
    private final Server server;
    private final int port;

    private EmbeddedBroker(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts a broker on the loopback interface.
     *
     * @param port TCP port, 0 = any free port
     */
    public static EmbeddedBroker start(int port) {
        // Netty 4.1 reaches for sun.misc.Unsafe, which JDK 24+ warns about on stderr; the demo broker does not need it
        if (System.getProperty("io.netty.noUnsafe") == null) {
            System.setProperty("io.netty.noUnsafe", "true");
        }
        int p = port == 0 ? freeLoopbackPort() : port;
        Properties props = new Properties();
        props.setProperty("host", "127.0.0.1");
        props.setProperty("port", Integer.toString(p));
        props.setProperty("websocket_port", "disabled");
        props.setProperty("persistence_enabled", "false");
        props.setProperty("allow_anonymous", "true");
        props.setProperty("telemetry_enabled", "false");
        props.setProperty("session_queue_size", Integer.toString(SESSION_QUEUE));
        props.setProperty("netty.mqtt.message_size", Integer.toString(MAX_MESSAGE_BYTES));
        Server server = new Server();
        try {
            server.startServer(new MemoryConfig(props));
        } catch (IOException e) {
            throw new UncheckedIOException("embedded MQTT broker on 127.0.0.1:" + p + " did not start", e);
        }
        return new EmbeddedBroker(server, p);
    }

    public int port() {
        return port;
    }

    /** {@code tcp://127.0.0.1:<port>}. */
    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }

    /** A port free on the loopback interface now (the broker binds it right after). */
    public static int freeLoopbackPort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
