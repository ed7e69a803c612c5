package org.evtwin.core.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.evtwin.core.TwinException;

/**
 * Mosquitto's own publisher, {@code mosquitto_pub -l -q 1}, fed pre-encoded lines on its standard input (one message
 * per line). Its input stays open until the receiving side has every message: at the end of its input
 * {@code mosquitto_pub} 2.0.11 disconnects while messages are still queued (3,586 of 200,000 arrived when the input
 * was closed right after the last line), so {@link #finish()} closes it only afterwards.
 */
final class MosquittoPubPublisher implements BenchPublisher {
    private static final String[] PLACES = {"/usr/bin/mosquitto_pub", "/usr/local/bin/mosquitto_pub"};
    static final String MISSING = "no mosquitto_pub binary in /usr/bin or /usr/local/bin: install mosquitto-clients"
            + " or use --publisher paho";
    private final MessageLines lines;
    private final Process process;
    private final Path errors;
    private double cpuAtFinish = Double.NaN;

    private MosquittoPubPublisher(MessageLines lines, Process process, Path errors) {
        this.lines = lines;
        this.process = process;
        this.errors = errors;
    }

    static Optional<Path> binary() {
        for (String p : PLACES) {
            if (Files.isExecutable(Path.of(p))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }

    /**
     * Starts {@code mosquitto_pub} (MQTT 3.1.1, QoS 1, at most {@code maxInflight} unacknowledged, TCP_NODELAY like
     * our Paho sockets) on the loopback broker. It connects by itself after the start; that connection happens inside
     * the caller's timed window (a few milliseconds on loopback).
     */
    static MosquittoPubPublisher start(int port, String clientId, String topic, MessageLines lines, int maxInflight) {
        Path bin = binary().orElseThrow(() -> new TwinException(MISSING));
        Path errors = null;
        try {
            errors = Files.createTempFile("evtwin-mosquitto_pub", ".err");
            Process p = new ProcessBuilder(List.of(bin.toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                    "-V", "mqttv311", "-q", "1", "-M", Integer.toString(maxInflight), "-i", clientId,
                    "-t", topic, "-l")).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile()).start();
            return new MosquittoPubPublisher(lines, p, errors);
        } catch (IOException e) {
            deleteQuietly(errors);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every line. {@code mosquitto_pub -l} reads its input only while connected, so a publisher stuck before
     * its CONNACK would leave this write blocked on a full pipe: a watchdog kills the process after
     * {@code timeoutS}, which closes the pipe and ends the write with an error.
     */
    @Override
    public void send(long timeoutS) {
        OutputStream in = process.getOutputStream();
        var watchdog = process.onExit().completeOnTimeout(null, timeoutS, TimeUnit.SECONDS)
                .thenRun(process::destroyForcibly);
        try {
            for (byte[] chunk : lines.chunks()) {
                in.write(chunk);
            }
            in.flush();
        } catch (IOException e) {
            throw new TwinException("mosquitto_pub stopped reading its input (" + e.getMessage() + "): " + errors()
                    + (process.isAlive() ? "" : " (stopped after " + timeoutS + " s)"));
        } finally {
            watchdog.cancel(false);
        }
    }

    @Override
    public void check() {
        if (!process.isAlive()) {
            throw new TwinException("mosquitto_pub exited with status " + process.exitValue()
                    + " before the receiver had every message: " + errors());
        }
    }

    @Override
    public double cpuSeconds() {
        if (process.isAlive()) {
            return BenchCpu.seconds(process.toHandle());
        }
        return cpuAtFinish;
    }

    @Override
    public void finish() {
        check();
        cpuAtFinish = cpuSeconds();
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new TwinException("mosquitto_pub did not exit within 30 s after the end of its input");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TwinException("interrupted while mosquitto_pub finished");
        }
        if (process.exitValue() != 0) {
            throw new TwinException("mosquitto_pub exited with status " + process.exitValue() + ": " + errors());
        }
    }

    private String errors() {
        try {
            String s = Files.readString(errors).strip();
            return s.isEmpty() ? "(nothing on its standard error)" : s;
        } catch (IOException e) {
            return "(its standard error could not be read: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            // waited for, so that a killed publisher cannot overlap the next stream of the same run
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(errors);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }
}
