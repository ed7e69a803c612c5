package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.ingest.mqtt.LiveStatus;
import org.evtwin.core.ingest.mqtt.MessageRules;
import org.evtwin.core.ingest.mqtt.MqttLiveSource;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.StoreRecorder;
import org.evtwin.core.ingest.mqtt.TelemetrySchema;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.WriterStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code twin record}: records live MQTT telemetry into the store without the workstation: one session per vehicle
 * (replayable like any data set), rejected messages to the quarantine. Runs until {@code --duration} or
 * {@code --count} is reached, or Ctrl-C (which stores what was received before exiting).
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Records MQTT telemetry into the database: a session per vehicle, rejects to the quarantine.",
            "Stops after --duration / --count, or on Ctrl-C (what was received is stored)."})
final class RecordCommand extends JsonCommand implements Callable<Integer> {

    @Mixin
    MqttConnectionOptions connection;

    @Option(names = "--topic", defaultValue = TelemetrySchema.TOPIC_FILTER, paramLabel = "<filter>",
            description = "Topic filter (default ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--vehicle", required = true, paramLabel = "<id>=<pack>",
            description = "A vehicle to record and its pack (built-in name or topology file); repeatable.")
    List<String> vehicles = new ArrayList<>();

    @Option(names = "--duration", paramLabel = "<s>", description = "Stop this many seconds after connecting.")
    Double durationS;

    @Option(names = "--count", paramLabel = "<n>", description = "Stop after n accepted messages.")
    Long count;

    @Option(names = "--connect-timeout", defaultValue = "30", paramLabel = "<s>", description = "Give up when the"
            + " first connection has not succeeded after this many seconds; 0 = keep trying (default ${DEFAULT-VALUE}).")
    double connectTimeoutS;

    @Option(names = "--db", paramLabel = "<jdbc-url>", description = StoreAccess.DB_HELP)
    String db;

    @Override
    public Integer call() throws InterruptedException {
        Options.check(spec, durationS == null || durationS > 0, "--duration must be > 0 s");
        Options.check(spec, count == null || count > 0, "--count must be > 0");
        Options.check(spec, connectTimeoutS >= 0, "--connect-timeout must be >= 0 s (0 = keep trying)");
        List<VehicleSpec> specs = new ArrayList<>();
        for (String v : vehicles) {
            int eq = v.indexOf('=');
            Options.check(spec, eq > 0 && eq < v.length() - 1, "--vehicle must be <id>=<pack>, found \"" + v + "\"");
            String id = v.substring(0, eq);
            Options.check(spec, specs.stream().noneMatch(x -> x.id().equals(id)), "--vehicle: \"" + id
                    + "\" is given twice");
            try {
                specs.add(VehicleSpec.of(id, Catalog.pack(v.substring(eq + 1))));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--vehicle: " + e.getMessage());
            }
        }
        MqttSettings settings = connection.settings(spec, "evtwin-record-" + ProcessHandle.current().pid());
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            interrupted.countDown();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "record-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (DataSetStore store = StoreAccess.open(db)) {
            StoreRecorder recorder = new StoreRecorder(store, settings.brokerUrl() + " " + topic);
            LiveStatus last;
            try (MqttLiveSource live = new MqttLiveSource(settings, topic, specs, MessageRules.DEFAULTS, recorder)) {
                live.connect();
                long end = Long.MAX_VALUE; // --duration counts from the first connection (subscribed)
                long connectBy = connectTimeoutS == 0 ? Long.MAX_VALUE
                        : System.nanoTime() + (long) (connectTimeoutS * 1e9);
                boolean everConnected = false;
                do {
                    last = live.status();
                    everConnected |= last.state() == ConnectionState.CONNECTED;
                    if (!everConnected && System.nanoTime() > connectBy) {
                        throw new org.evtwin.core.TwinException(String.format(Locale.ROOT, "not connected to %s after"
                                + " %.0f s (--connect-timeout): %s", settings.brokerUrl(), connectTimeoutS,
                                last.detail()));
                    }
                    if (end == Long.MAX_VALUE && durationS != null && last.state() == ConnectionState.CONNECTED) {
                        end = System.nanoTime() + (long) (durationS * 1e9);
                    }
                    err().printf(Locale.ROOT, "%s: %.1f msg/s, %d accepted, %d quarantined, %d duplicates%n",
                            last.state(), last.messagesPerSecond(), last.accepted(), last.quarantined(),
                            last.duplicates());
                    if (last.state() == ConnectionState.FAILED) {
                        throw new org.evtwin.core.TwinException(last.detail());
                    }
                } while (!interrupted.await(1, TimeUnit.SECONDS) && System.nanoTime() < end
                        && (count == null || last.accepted() < count));
            } catch (RuntimeException e) {
                recorder.close();   // store what arrived before the failure and end its sessions
                throw e;
            }
            recorder.close();
            report(settings, recorder);
        } finally {
            finished.countDown();
            settings.clearPassword();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for us
            }
        }
        return 0;
    }

    private void report(MqttSettings settings, StoreRecorder recorder) {
        Map<String, Long> ids = recorder.sessionIds();
        Map<String, WriterStats> stats = recorder.sessionStats();
        WriterStats q = recorder.quarantineStats();
        for (var e : ids.entrySet()) {
            WriterStats s = stats.get(e.getKey());
            out().printf(Locale.ROOT, "vehicle %s: session %d, %d frames stored, %d duplicates, %d dropped%n",
                    e.getKey(), e.getValue(), s.written(), s.duplicates(), s.dropped());
        }
        out().printf(Locale.ROOT, "%d messages quarantined (%d stored)%n", q.offered(), q.written());
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("broker", settings.brokerUrl());
            n.put("topic", topic);
            ObjectNode sessions = n.putObject("sessions");
            for (var e : ids.entrySet()) {
                ObjectNode s = sessions.putObject(e.getKey());
                s.put("id", e.getValue());
                s.put("stored", stats.get(e.getKey()).written());
                s.put("duplicates", stats.get(e.getKey()).duplicates());
                s.put("dropped", stats.get(e.getKey()).dropped());
            }
            n.put("quarantined", q.written());
            out().println(Json.line(n));
        }
    }
}
