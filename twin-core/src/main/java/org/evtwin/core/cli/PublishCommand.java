package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.evtwin.core.TwinException;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.MqttTransport;
import org.evtwin.core.ingest.mqtt.TelemetryPublisher;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.Simulator;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.sim.experiment.ExperimentParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code twin publish}: runs the simulator and streams its frames to a broker in the MQTT telemetry schema, paced to
 * {@code --rate} messages per second of wall time with one frame per 1/rate simulated seconds (so the stream is in
 * real time and its timestamps are the wall clock).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Streams the simulator's frames to an MQTT broker on ev/<vehicle>/battery/telemetry"
            + " (schema assets/schemas/mqtt-telemetry.schema.json).",
            "The password is never an option value: --password prompts, --password-env names a variable.",
            "A broker restart mid-stream is ridden out with either protocol: unacknowledged messages are published"
                + " again after the reconnect, and the subscriber skips repeats by (vehicle, seq)."})
final class PublishCommand extends JsonCommand implements Callable<Integer> {

    @Mixin
    MqttConnectionOptions connection;

    @Option(names = "--pack", required = true, paramLabel = "<topology.json|name>", description = "Pack to simulate.")
    String pack;

    @Option(names = "--experiment", required = true, paramLabel = "<text>", description = "The experiment text.")
    String experimentText;

    @Option(names = "--vehicle", defaultValue = "demo-1", paramLabel = "<id>", description = "Vehicle id (default ${DEFAULT-VALUE}).")
    String vehicle;

    @Option(names = "--rate", defaultValue = "10", paramLabel = "<hz>", description = "Messages per second (default ${DEFAULT-VALUE}).")
    double rateHz;

    @Option(names = "--count", paramLabel = "<n>", description = "Stop after n messages (default: when the experiment ends).")
    Long count;

    @Option(names = "--ambient-c", paramLabel = "<degC>", description = "Ambient [degC] (default: the pack's"
            + " cooling.coolantTemperatureC, 25 in the built-in packs).")
    Double ambientC;

    @Override
    public Integer call() {
        Options.check(spec, rateHz > 0 && rateHz <= 10_000, "--rate must be > 0 and <= 10000 Hz");
        Options.check(spec, count == null || count > 0, "--count must be > 0");
        if (ambientC != null) {
            Options.checkTemperature(spec, "--ambient-c", ambientC);
        }
        MqttSettings settings = connection.settings(spec, "evtwin-publish-" + vehicle);
        PackTopology topology = Catalog.pack(pack);
        VehicleSpec spec1;
        try {
            spec1 = VehicleSpec.of(vehicle, topology);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--vehicle: " + e.getMessage());
        }
        DriveCycleLibrary profiles = new DriveCycleLibrary();
        Experiment experiment;
        try {
            experiment = Experiment.parse(experimentText, profiles.names());
        } catch (ExperimentParseException e) {
            err().println(e.renderWithCaret());
            throw e;
        }
        double intervalS = 1.0 / rateHz;
        SimulationSettings sim = SimulationSettings.defaults().withStep(Math.min(1.0, intervalS))
                .withOutputInterval(intervalS);
        double ambient = ambientC != null ? ambientC : topology.cooling().coolantTemperatureC();
        Options.checkTemperature(spec, "the pack's cooling.coolantTemperatureC", ambient);
        Simulator simulator = new Simulator(new PackModel(topology, ambient, 1.0), sim, profiles);
        long[] sent = {0};
        long start = System.nanoTime();
        long startEpochMs = System.currentTimeMillis();
        try (MqttTransport transport = MqttTransport.open(settings, NoCallbacks.INSTANCE)) {
            transport.connect(15_000);
            TelemetryPublisher publisher = new TelemetryPublisher(transport, spec1, settings.qos());
            err().printf(Locale.ROOT, "publishing %s (%d cells) as %s on %s at %.1f Hz%n", topology.name(),
                    topology.cellCount(), vehicle, publisher.topic(), rateHz);
            simulator.run(experiment, frame -> {
                if (count != null && sent[0] >= count) {
                    return; // the simulator may hand over a frame before it looks at the cancel flag again
                }
                long due = start + (long) (sent[0] * intervalS * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                // the measurement time is the frame's simulated instant on the wall clock of the start: strictly
                // increasing even when publishing catches up in a burst (wall-clock stamps would repeat a ms)
                publisher.publish(frame, startEpochMs + Math.round(frame.timeS() * 1000));
                sent[0]++;
            }, new StderrProgress(spec), () -> count != null && sent[0] >= count);
            if (!publisher.flush(30_000)) {
                throw new TwinException("the broker did not acknowledge " + transport.inflight() + " QoS 1 messages"
                        + " within 30 s");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out().printf(Locale.ROOT, "%d messages published to %s in %.1f s (%.1f msg/s)%n", sent[0], settings.brokerUrl(),
                seconds, sent[0] / seconds);
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("broker", settings.brokerUrl());
            n.put("topic", "ev/" + vehicle + "/battery/telemetry");
            n.put("vehicle", vehicle);
            n.put("cells", topology.cellCount());
            n.put("messages", sent[0]);
            n.put("seconds", seconds);
            out().println(Json.line(n));
        }
        return 0;
    }

    /** Publishers receive nothing. */
    enum NoCallbacks implements MqttTransport.Listener {
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
