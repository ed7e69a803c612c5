package org.evtwin.core.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.evtwin.core.TwinException;
import org.evtwin.core.engine.LatestFrame;
import org.evtwin.core.ingest.mqtt.MessageRules;
import org.evtwin.core.ingest.mqtt.MqttLiveSource;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.MqttTransport;
import org.evtwin.core.ingest.mqtt.StoreRecorder;
import org.evtwin.core.ingest.mqtt.TelemetryPublisher;
import org.evtwin.core.ingest.mqtt.TelemetrySchema;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.WriterStats;
import org.evtwin.core.telemetry.PackFrame;

/** The measurements of {@code twin bench mqtt}, each against the same Mosquitto on loopback. */
final class MqttBenchRuns {
    /** Longest a stream may take to be handed over, and then to reach the receiver [s]. */
    static final long STREAM_TIMEOUT_S = 600;
    /**
     * Result of one stream: messages, seconds from the first publish to the last stored (or received), what was
     * stored, the CPU seconds each process used, and the rate of encoding alone (NaN when the publisher encodes
     * inside the clock).
     */
    record Stream(long messages, double seconds, long stored, long duplicates, long dropped, BenchCpu cpu,
            double encodedPerSecond) {
        double perSecond() {
            return messages / seconds;
        }
    }

    private final String url;
    private final int port;
    private final MqttSettings.Protocol protocol;
    private final BenchPublisher.Kind publisherKind;
    private int runs;

    MqttBenchRuns(String url, int port, MqttSettings.Protocol protocol, BenchPublisher.Kind publisherKind) {
        this.url = url;
        this.port = port;
        this.protocol = protocol;
        this.publisherKind = publisherKind;
    }

    private MqttSettings settings(String clientId) {
        return MqttSettings.of(url, clientId + "-" + (++runs)).withProtocol(protocol);
    }

    /**
     * Paho's vehicle side publishes with MQTT 3.1.1: Paho's MQTT 5 client 1.2.5 was seen to leave its in-flight
     * count above zero after a long QoS 1 stream (a flush never completed), see docs/benchmarks.md.
     */
    private MqttSettings pahoPublisher() {
        return MqttSettings.of(url, "bench-pub-" + (++runs)).withProtocol(MqttSettings.Protocol.MQTT_3_1_1);
    }

    /** The chosen publisher for a stream of {@code n} messages, connected and (mosquitto_pub) its lines encoded. */
    private BenchPublisher publisher(VehicleSpec vehicle, List<PackFrame> frames, long n, double[] encodedPerSecond) {
        if (publisherKind == BenchPublisher.Kind.PAHO) {
            encodedPerSecond[0] = Double.NaN;
            return new BenchPublisher.Paho(pahoPublisher(), vehicle, frames, n);
        }
        long t = System.nanoTime();
        MessageLines lines = MessageLines.encode(vehicle, frames, n, System.currentTimeMillis() * 1000L,
                System.currentTimeMillis() - n);
        encodedPerSecond[0] = n / ((System.nanoTime() - t) / 1e9);
        return MosquittoPubPublisher.start(port, "bench-pub-" + (++runs), TelemetrySchema.topicOf(vehicle.id()),
                lines, 1000);
    }

    /** {@code mosquitto_sub} receiving {@code n} messages of the stream at QoS 1 (output discarded). */
    Stream reference(VehicleSpec vehicle, List<PackFrame> frames, long n) throws Exception {
        Process sub = new ProcessBuilder("mosquitto_sub", "-h", "127.0.0.1", "-p", Integer.toString(port), "-q", "1",
                "-i", "bench-reference-" + (++runs), "-t", TelemetrySchema.topicOf(vehicle.id()), "-C",
                Long.toString(n)).redirectOutput(new File("/dev/null")).redirectErrorStream(false).start();
        BenchCpu.Watch subCpu = new BenchCpu.Watch(sub.toHandle());
        Thread.sleep(1000); // let it subscribe: mosquitto_sub has no "subscribed" signal on stdout that we read
        double[] encoded = new double[1];
        try (BenchPublisher pub = publisher(vehicle, frames, n, encoded)) {
            double jvm0 = BenchCpu.jvmSeconds();
            double broker0 = BenchCpu.brokerSeconds();
            double pub0 = pub.cpuSeconds();
            long t0 = System.nanoTime();
            pub.send(STREAM_TIMEOUT_S);
            long deadline = t0 + TimeUnit.SECONDS.toNanos(STREAM_TIMEOUT_S);
            while (sub.isAlive()) {
                pub.check();
                if (System.nanoTime() > deadline) {
                    throw new TwinException("mosquitto_sub did not receive " + n + " messages within " + STREAM_TIMEOUT_S + " s");
                }
                LockSupport.parkNanos(2_000_000L);
            }
            long t1 = System.nanoTime();
            BenchCpu cpu = new BenchCpu(BenchCpu.jvmSeconds() - jvm0, BenchCpu.brokerSeconds() - broker0,
                    pub.cpuSeconds() - pub0, subCpu.last());
            pub.finish();
            if (sub.exitValue() != 0) {
                throw new TwinException("mosquitto_sub exited with status " + sub.exitValue());
            }
            return new Stream(n, (t1 - t0) / 1e9, n, 0, 0, cpu, encoded[0]);
        } finally {
            sub.destroyForcibly();
        }
    }

    /**
     * Our ingest: broker → live source → H2 session, until every message is committed. Frames wait in the live
     * session's reorder window ({@code LiveSession}, 15 s) before they are written; the run ends the session as soon
     * as the last message has been handed to it, which releases what waits (as closing a recording does), so the
     * figure is the pipeline's rate and not the window's length. The session's end (last blocks, tiers) is timed;
     * the publisher's own end (mosquitto_pub's exit after its input closes) is not.
     */
    Stream ingest(DataSetStore store, VehicleSpec vehicle, List<PackFrame> frames, long n) {
        StoreRecorder recorder = new StoreRecorder(store, url + " bench");
        double[] encoded = new double[1];
        long t0;
        long untimed;
        double jvm0;
        double broker0;
        double pubCpu;
        try (MqttLiveSource live = new MqttLiveSource(settings("bench-live"), TelemetrySchema.topicOf(vehicle.id()),
                List.of(vehicle), MessageRules.DEFAULTS, recorder);
                BenchPublisher pub = publisher(vehicle, frames, n, encoded)) {
            live.connect();
            waitConnected(live);
            jvm0 = BenchCpu.jvmSeconds();
            broker0 = BenchCpu.brokerSeconds();
            double pub0 = pub.cpuSeconds();
            t0 = System.nanoTime();
            pub.send(STREAM_TIMEOUT_S);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STREAM_TIMEOUT_S);
            while (handled(live) < n && System.nanoTime() < deadline) {
                pub.check();
                LockSupport.parkNanos(2_000_000L);
            }
            pubCpu = pub.cpuSeconds() - pub0;
            long f0 = System.nanoTime();
            pub.finish();
            untimed = System.nanoTime() - f0;
        }
        recorder.close();
        double seconds = (System.nanoTime() - t0 - untimed) / 1e9;
        BenchCpu cpu = new BenchCpu(BenchCpu.jvmSeconds() - jvm0, BenchCpu.brokerSeconds() - broker0, pubCpu,
                Double.NaN);
        WriterStats s = recorder.sessionStats().get(vehicle.id());
        return new Stream(n, seconds, s.written(), s.duplicates(), s.dropped(), cpu, encoded[0]);
    }

    /** Messages the live source has passed to the recorder or recognised as repeats. */
    private static long handled(MqttLiveSource live) {
        var status = live.status();
        return status.accepted() + status.duplicates();
    }

    /**
     * 10 Hz for {@code seconds}: latency from publish to the ingest thread's hand-over and to a 60 Hz "screen" poll
     * of the latest frame (as the workstation's pulse reads it). Returns {ingest, screen} latencies [ms], sorted.
     */
    double[][] latency(DataSetStore store, VehicleSpec vehicle, List<PackFrame> frames, double seconds) {
        Map<Long, Long> published = new ConcurrentHashMap<>();
        Map<PackFrame, Long> frameSent = new ConcurrentHashMap<>();
        List<Double> toIngest = new ArrayList<>();
        List<Double> toScreen = new ArrayList<>();
        StoreRecorder recorder = new StoreRecorder(store, url + " latency");
        try (MqttLiveSource live = new MqttLiveSource(settings("bench-live"), TelemetrySchema.topicOf(vehicle.id()),
                List.of(vehicle), MessageRules.DEFAULTS, recorder);
                MqttTransport out = MqttTransport.open(pahoPublisher(), PublishCommand.NoCallbacks.INSTANCE)) {
            live.addTelemetryListener((m, f, received) -> {
                long sent = published.getOrDefault(m.seq(), received);
                frameSent.put(f, sent);
                synchronized (toIngest) {
                    toIngest.add((System.nanoTime() - sent) / 1e6);
                }
            });
            live.connect();
            waitConnected(live);
            out.connect(10_000);
            Thread screen = new Thread(() -> pollScreen(live.latest(), frameSent, toScreen), "bench-screen");
            screen.setDaemon(true);
            screen.start();
            long n = Math.round(seconds * 10);
            publish(out, vehicle, frames, n, published, STREAM_TIMEOUT_S);
            LockSupport.parkNanos(500_000_000L);
            screen.interrupt();
        }
        recorder.close();
        return new double[][] {sorted(toIngest), sorted(toScreen)};
    }

    private static void pollScreen(LatestFrame latest, Map<PackFrame, Long> sent, List<Double> out) {
        long lastSeq = -1;
        long period = 16_666_667L;
        long next = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            next += period;
            LockSupport.parkNanos(next - System.nanoTime());
            LatestFrame.Stamped s = latest.get();
            if (s != null && s.sequence() != lastSeq) {
                lastSeq = s.sequence();
                Long t = sent.get(s.frame());
                if (t != null) {
                    synchronized (out) {
                        out.add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
        }
    }

    /**
     * Publishes {@code n} messages cycling through {@code frames}, timestamps 1 ms apart ending now (unique frame
     * times: the store's idempotence key). With {@code pacing} non-null: 10 Hz, wall-clock time stamps, and the
     * publish instant of each sequence number recorded.
     */
    static void publish(MqttTransport out, VehicleSpec vehicle, List<PackFrame> frames, long n,
            Map<Long, Long> pacing, long timeoutS) {
        TelemetryPublisher p = new TelemetryPublisher(out, vehicle, 1);
        long t0 = System.currentTimeMillis() - n;
        long start = System.nanoTime();
        for (long i = 0; i < n; i++) {
            PackFrame f = frames.get((int) (i % frames.size()));
            if (pacing == null) {
                p.publish(f, t0 + i);
            } else {
                LockSupport.parkNanos(start + i * 100_000_000L - System.nanoTime());
                long now = System.nanoTime();
                long seq = p.publish(f, System.currentTimeMillis());
                pacing.put(seq, now);
            }
        }
        if (!p.flush(TimeUnit.SECONDS.toMillis(timeoutS))) {
            throw new TwinException("the broker did not acknowledge every message within " + timeoutS + " s ("
                    + out.inflight()
                    + " in flight, connected " + out.isConnected() + ")");
        }
    }

    private static void waitConnected(MqttLiveSource live) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (live.status().state() != org.evtwin.core.ingest.mqtt.ConnectionState.CONNECTED) {
            if (System.nanoTime() > end) {
                throw new TwinException("live source did not connect: " + live.status().detail());
            }
            LockSupport.parkNanos(5_000_000L);
        }
    }

    private static double[] sorted(List<Double> values) {
        double[] a;
        synchronized (values) {
            a = values.stream().mapToDouble(Double::doubleValue).toArray();
        }
        Arrays.sort(a);
        return a;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
