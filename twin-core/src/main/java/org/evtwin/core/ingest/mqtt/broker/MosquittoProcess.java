package org.evtwin.core.ingest.mqtt.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto process of our own, for interoperability tests and {@code twin bench mqtt}: a generated configuration
 * on a free loopback port, persistence in the given folder (so a restart keeps persistent sessions and queued QoS 1
 * messages), stopped with SIGTERM (Mosquitto saves its database on the way out). No system service is involved.
 */
public final class MosquittoProcess implements AutoCloseable {
    private static final String[] PLACES = {"/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto",
        "/usr/local/bin/mosquitto"};
    private final Path dir;
    private final Path config;
    private final int port;
    private Process process;

    private MosquittoProcess(Path dir, Path config, int port) {
        this.dir = dir;
        this.config = config;
        this.port = port;
    }

    /** The mosquitto binary, if installed. */
    public static Optional<Path> binary() {
        for (String p : PLACES) {
            if (Files.isExecutable(Path.of(p))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }

    /** Why tests and benchmarks that need Mosquitto cannot run here. */
    public static final String MISSING = "no mosquitto binary in /usr/sbin, /usr/bin or /usr/local: install"
            + " mosquitto and mosquitto-clients (.ci/run does) to run the Mosquitto interoperability and fault tests";

    /**
     * Starts Mosquitto on a free loopback port with the given listener settings (e.g. {@code allow_anonymous true},
     * TLS or password file lines).
     */
    public static MosquittoProcess start(Path dir, List<String> listenerSettings) {
        int port = EmbeddedBroker.freeLoopbackPort();
        List<String> lines = new ArrayList<>();
        // started as root, mosquitto would switch to the "mosquitto" user, which cannot read this temp folder
        lines.add("user " + System.getProperty("user.name"));
        lines.add("per_listener_settings false");
        lines.add("persistence true");
        lines.add("persistence_location " + dir.toAbsolutePath() + "/");
        lines.add("log_dest file " + dir.resolve("mosquitto.log").toAbsolutePath());
        // QoS 1 to our subscriber: a wide window, and no cap on what a persistent session may queue while away
        lines.add("max_inflight_messages 1000");
        lines.add("max_queued_messages 0");
        // small packets go out at once instead of waiting for the peer's delayed ACK
        lines.add("set_tcp_nodelay true");
        lines.add("listener " + port + " 127.0.0.1");
        lines.addAll(listenerSettings);
        Path config = dir.resolve("mosquitto.conf");
        try {
            Files.write(config, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MosquittoProcess b = new MosquittoProcess(dir, config, port);
        // a JVM that ends without close() (killed test run, Ctrl-C) must not leave the broker behind
        Runtime.getRuntime().addShutdownHook(new Thread(b::kill, "mosquitto-stop"));
        b.launch();
        return b;
    }

    public int port() {
        return port;
    }

    public String url(String scheme) {
        return scheme + "://" + (scheme.equals("ssl") ? "localhost" : "127.0.0.1") + ":" + port;
    }

    /** Starts the process (again) and waits until it accepts connections. */
    public synchronized void launch() {
        try {
            process = new ProcessBuilder(binary().orElseThrow().toString(), "-c", config.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("mosquitto exited: " + log().strip());
                }
                sleep(20);
            }
        }
        throw new IllegalStateException("mosquitto did not listen on port " + port + ": " + log());
    }

    /** SIGTERM, then waits for the process to end (it saves its persistence database first). */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized void kill() {
        if (process != null) {
            process.destroy();
        }
    }

    public String log() {
        try {
            Path log = dir.resolve("mosquitto.log");
            return Files.exists(log) ? Files.readString(log) : Files.readString(dir.resolve("stdout.txt"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
