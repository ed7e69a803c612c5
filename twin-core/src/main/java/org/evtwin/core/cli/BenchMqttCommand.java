package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.evtwin.core.TwinException;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.ingest.mqtt.broker.MosquittoProcess;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DatabaseLocation;
import org.evtwin.core.telemetry.PackFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twin bench mqtt}: starts its own Mosquitto on loopback and measures, at QoS 1 with persistent sessions:
 * small messages end-to-end into H2 (with {@code mosquitto_sub} on the same stream as the reference), per-module
 * array messages of the Leaf pack in cell samples per second (same reference), and ingest-to-screen latency at 10 Hz.
 */
@Command(name = "mqtt", mixinStandardHelpOptions = true,
        description = "MQTT ingest into H2 at QoS 1 against Mosquitto on loopback; mosquitto_sub as the reference.")
final class BenchMqttCommand extends JsonCommand implements Callable<Integer> {

    @Option(names = "--messages", defaultValue = "1000000", description = "Small messages (default ${DEFAULT-VALUE}).")
    long messages;

    @Option(names = "--array-messages", defaultValue = "20000",
            description = "Leaf-pack messages with per-module cell arrays (default ${DEFAULT-VALUE}).")
    long arrayMessages;

    @Option(names = "--latency-seconds", defaultValue = "30", description = "10 Hz latency run length (default ${DEFAULT-VALUE}).")
    double latencySeconds;

    @Option(names = "--protocol", defaultValue = "5", paramLabel = "<5|3.1.1>", description = "MQTT version (default ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--publisher", defaultValue = "mosquitto_pub", paramLabel = "<paho|mosquitto_pub>",
            description = "Vehicle side of the small and array streams: mosquitto_pub -l (pre-encoded lines) or Paho"
                    + " 3.1.1 in this JVM (default ${DEFAULT-VALUE}).")
    String publisher;

    @Override
    public Integer call() throws Exception {
        Options.check(spec, messages > 0 && arrayMessages > 0 && latencySeconds > 0, "counts must be > 0");
        Options.check(spec, protocol.equals("5") || protocol.equals("3.1.1"), "--protocol must be 5 or 3.1.1");
        Options.check(spec, publisher.equals("paho") || publisher.equals("mosquitto_pub"),
                "--publisher must be paho or mosquitto_pub");
        BenchPublisher.Kind kind = BenchPublisher.Kind.of(publisher);
        if (MosquittoProcess.binary().isEmpty()) {
            throw new TwinException(MosquittoProcess.MISSING);
        }
        if (kind == BenchPublisher.Kind.MOSQUITTO_PUB && MosquittoPubPublisher.binary().isEmpty()) {
            throw new TwinException(MosquittoPubPublisher.MISSING);
        }
        Path dir = Files.createTempDirectory("evtwin-bench-mqtt");
        try (MosquittoProcess broker = MosquittoProcess.start(dir, List.of("allow_anonymous true"));
                DataSetStore store = DataSetStore.open(DatabaseLocation.embeddedFile(dir.resolve("bench")))) {
            MqttBenchRuns runs = new MqttBenchRuns(broker.url("tcp"), broker.port(), protocol.equals("5")
                    ? MqttSettings.Protocol.MQTT_5 : MqttSettings.Protocol.MQTT_3_1_1, kind);
            VehicleSpec small = new VehicleSpec("bench-small", new int[] {2, 2});
            List<PackFrame> smallFrames = List.of(new PackFrame(0, 10.5, 14.8, 0.5, "NONE",
                    new double[] {3.7, 3.71, 3.69, 3.7}, new double[] {5.25, 5.25, 5.25, 5.25},
                    new double[] {25, 25.5, 26, 26.5}, new double[] {0.5, 0.5, 0.5, 0.5},
                    new double[] {0.98, 0.97, 0.99, 0.98}));
            PackTopology leaf = Catalog.pack("leaf-96s2p");
            VehicleSpec leafVehicle = VehicleSpec.of("bench-leaf", leaf);
            List<PackFrame> leafFrames = leafFrames(leaf, 200);
            err().println("warm-up ...");
            runs.ingest(store, small, smallFrames, Math.min(messages, 50_000));
            err().printf(Locale.ROOT, "%d small messages from %s: mosquitto_sub ...%n", messages, publisher);
            var refSmall = runs.reference(small, smallFrames, messages);
            err().println("... our ingest into H2 ...");
            var ourSmall = runs.ingest(store, small, smallFrames, messages);
            err().printf(Locale.ROOT, "%d Leaf array messages (%d cells): mosquitto_sub ...%n", arrayMessages,
                    leaf.cellCount());
            var refArray = runs.reference(leafVehicle, leafFrames, arrayMessages);
            err().println("... our ingest into H2 ...");
            var ourArray = runs.ingest(store, leafVehicle, leafFrames, arrayMessages);
            err().printf(Locale.ROOT, "latency at 10 Hz for %.0f s ...%n", latencySeconds);
            double[][] lat = runs.latency(store, leafVehicle, leafFrames, latencySeconds);
            long samplesPerMessage = 5L * leaf.cellCount();
            var o = out();
            o.printf(Locale.ROOT, "small messages (4 cells, QoS 1): %,d published, %,d stored in H2, %,d duplicates,"
                    + " %,d dropped; ours %.0f msg/s, mosquitto_sub %.0f msg/s, ratio %.2f%n", ourSmall.messages(),
                    ourSmall.stored(), ourSmall.duplicates(), ourSmall.dropped(), ourSmall.perSecond(),
                    refSmall.perSecond(), ourSmall.perSecond() / refSmall.perSecond());
            o.printf(Locale.ROOT, "  publisher %s%s; CPU s (per 1,000 messages): %s; reference: %s%n", publisher,
                    Double.isNaN(ourSmall.encodedPerSecond()) ? "" : String.format(Locale.ROOT,
                            " (lines encoded beforehand at %.0f msg/s)", ourSmall.encodedPerSecond()),
                    cpuText(ourSmall), cpuText(refSmall));
            o.printf(Locale.ROOT, "Leaf array messages (%d cells x 5 quantities): %,d stored; ours %.0f msg/s = %.0f"
                    + " cell-samples/s, mosquitto_sub %.0f msg/s, ratio %.2f%n", leaf.cellCount(), ourArray.stored(),
                    ourArray.perSecond(), ourArray.perSecond() * samplesPerMessage, refArray.perSecond(),
                    ourArray.perSecond() / refArray.perSecond());
            o.printf(Locale.ROOT, "latency at 10 Hz (%d messages): publish->ingest p50 %.1f ms, p99 %.1f ms;"
                    + " publish->60 Hz screen poll p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", lat[0].length,
                    MqttBenchRuns.percentile(lat[0], 0.5), MqttBenchRuns.percentile(lat[0], 0.99),
                    MqttBenchRuns.percentile(lat[1], 0.5), MqttBenchRuns.percentile(lat[1], 0.99),
                    lat[1].length == 0 ? Double.NaN : lat[1][lat[1].length - 1]);
            if (json) {
                ObjectNode n = Json.object();
                n.put("ok", true);
                n.put("smallMessages", ourSmall.messages());
                n.put("smallStored", ourSmall.stored());
                n.put("smallDuplicates", ourSmall.duplicates());
                n.put("smallPerSecond", ourSmall.perSecond());
                n.put("smallReferencePerSecond", refSmall.perSecond());
                n.put("arrayMessages", ourArray.messages());
                n.put("arrayStored", ourArray.stored());
                n.put("cellSamplesPerSecond", ourArray.perSecond() * samplesPerMessage);
                n.put("arrayReferencePerSecond", refArray.perSecond());
                n.put("latencyScreenP99Ms", MqttBenchRuns.percentile(lat[1], 0.99));
                n.put("latencyIngestP99Ms", MqttBenchRuns.percentile(lat[0], 0.99));
                n.put("protocol", protocol);
                n.put("publisher", publisher);
                n.set("smallCpuSeconds", cpuJson(ourSmall.cpu()));
                n.set("smallReferenceCpuSeconds", cpuJson(refSmall.cpu()));
                n.set("arrayCpuSeconds", cpuJson(ourArray.cpu()));
                n.set("arrayReferenceCpuSeconds", cpuJson(refArray.cpu()));
                n.put("java", System.getProperty("java.version"));
                o.println(Json.line(n));
            }
        } finally {
            delete(dir);
        }
        return 0;
    }

    /** CPU seconds by process, and per 1,000 messages. */
    private static String cpuText(MqttBenchRuns.Stream s) {
        BenchCpu c = s.cpu();
        double k = s.messages() / 1000.0;
        return String.format(Locale.ROOT, "JVM %.1f (%.3f), broker %.1f (%.3f), publisher process %.1f (%.3f),"
                + " mosquitto_sub %.1f (%.3f)", c.jvm(), c.jvm() / k, c.broker(), c.broker() / k, c.publisher(),
                c.publisher() / k, c.subscriber(), c.subscriber() / k);
    }

    /** The finite CPU figures only (JSON has no NaN). */
    private static ObjectNode cpuJson(BenchCpu c) {
        ObjectNode n = Json.object();
        double[] v = {c.jvm(), c.broker(), c.publisher(), c.subscriber()};
        String[] names = {"jvm", "broker", "publisherProcess", "mosquittoSub"};
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i])) {
                n.put(names[i], v[i]);
            }
        }
        return n;
    }

    private static List<PackFrame> leafFrames(PackTopology leaf, int n) {
        PackModel model = new PackModel(leaf, 25.0, 0.9);
        List<PackFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            model.step(1.0, Control.Mode.CURRENT, leaf.capacityAh() * (0.5 + 0.5 * Math.sin(i * 0.05)), Double.NaN,
                    Double.NaN);
            frames.add(PackFrame.capture(model.state()));
        }
        return frames;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
