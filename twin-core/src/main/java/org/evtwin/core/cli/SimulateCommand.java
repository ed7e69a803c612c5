package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SpreadSpec;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationResult;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.Simulator;
import org.evtwin.core.sim.StepOutcome;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.sim.experiment.ExperimentParseException;
import org.evtwin.core.sim.fault.Fault;
import org.evtwin.core.sim.fault.SensorOffsets;
import org.evtwin.core.telemetry.FrameCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code twin simulate}: runs an experiment on a pack and writes the frames as telemetry CSV. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs an experiment on a pack and writes pack and per-cell time series (CSV, units in the"
            + " header).", "Experiment values are per cell (as in PyBaMM): 'Discharge at 1C until 2.5 V', 'Rest for"
            + " 1 hour', 'Charge at 0.5C until 4.2 V', 'Hold at 4.2 V until C/20', 'Discharge at 20 W for 10"
            + " minutes', 'Run US06'; separate steps with ';' or new lines; 'Repeat 3 times:' ... 'End'."})
final class SimulateCommand extends JsonCommand implements Callable<Integer> {

    @Option(names = "--pack", required = true, paramLabel = "<topology.json|name>",
            description = "Topology file or built-in pack: leaf-96s2p, model-s-like-96s74p.")
    String pack;

    @Option(names = "--experiment", required = true, paramLabel = "<text>", description = "The experiment text.")
    String experimentText;

    @Option(names = "--ambient-c", paramLabel = "<degC>",
            description = "Ambient/coolant temperature [degC] (default: the pack's cooling.coolantTemperatureC, 25 in"
                    + " the built-in packs).")
    Double ambientC;

    @Option(names = "--initial-soc", defaultValue = "1.0", paramLabel = "<0-1>",
            description = "Initial SoC of every cell (default ${DEFAULT-VALUE}).")
    double initialSoc;

    @Option(names = "--seed", paramLabel = "<n>", description = "Seed of the cell-to-cell spread (default: the pack's).")
    Long seed;

    @Option(names = "--dt", defaultValue = "1.0", paramLabel = "<s>",
            description = "Solver step [s], at most 60 (default ${DEFAULT-VALUE}).")
    double stepS;

    @Option(names = "--output-interval", defaultValue = "1.0", paramLabel = "<s>",
            description = "Frame interval [s] (default ${DEFAULT-VALUE}).")
    double outputIntervalS;

    @Option(names = "--fault", paramLabel = "<fault>", description = "Inject a fault (repeatable): weak-cell:<cell>,"
            + " short:<cell>:<ohm>, cooling-loss:<module>[:<fraction>], sensor-offset:<cell>:<V>[:<K>].")
    List<String> faults = new ArrayList<>();

    @Option(names = "--pack-only", description = "Write only pack columns (no per-cell columns).")
    boolean packOnly;

    @Option(names = "--out", required = true, paramLabel = "<frames.csv>", description = "Output CSV file.")
    Path out;


    @Override
    public Integer call() {
        Options.checkStep(spec, stepS);
        if (ambientC != null) {
            Options.checkTemperature(spec, "--ambient-c", ambientC);
        }
        Options.check(spec, outputIntervalS > 0, "--output-interval must be > 0 s");
        Options.check(spec, initialSoc >= 0 && initialSoc <= 1, "--initial-soc must be between 0 and 1");
        DriveCycleLibrary profiles = new DriveCycleLibrary();
        Experiment experiment;
        try {
            experiment = Experiment.parse(experimentText, profiles.names());
        } catch (ExperimentParseException e) {
            spec.commandLine().getErr().println(e.renderWithCaret());
            throw e;
        }
        PackTopology topology = Catalog.pack(pack);
        if (seed != null) {
            SpreadSpec s = topology.spread();
            topology = topology.withSpread(new SpreadSpec(seed, s.capacitySigma(), s.resistanceSigma(),
                    s.selfDischargeSigma(), s.source()));
        }
        double ambient = ambientC != null ? ambientC : topology.cooling().coolantTemperatureC();
        Options.checkTemperature(spec, "the pack's cooling.coolantTemperatureC", ambient);
        PackModel model = new PackModel(topology, ambient, initialSoc);
        List<Fault.SensorOffset> offsets = new ArrayList<>();
        for (String f : faults) {
            Fault fault = Fault.parse(f, topology.cellCount(), topology.modules());
            fault.apply(model);
            if (fault instanceof Fault.SensorOffset o) {
                offsets.add(o);
            }
        }
        SimulationSettings settings = SimulationSettings.defaults().withStep(stepS).withOutputInterval(outputIntervalS);
        Simulator simulator = new Simulator(model, settings, profiles);
        FrameCsvWriter writer = new FrameCsvWriter(out, !packOnly);
        SimulationResult result;
        try {
            result = simulator.run(experiment, new SensorOffsets(offsets, writer), new StderrProgress(spec), () -> false);
        } catch (RuntimeException e) {
            writer.abort();
            throw e;
        }
        writer.close();
        report(topology, result, writer.rows());
        return 0;
    }

    private void report(PackTopology topology, SimulationResult r, long rows) {
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s (%s, %d cells): %d steps, %.1f s simulated, %d frames -> %s%n", topology.name(),
                topology.configuration(), topology.cellCount(), r.steps().size(), r.endTimeS(), rows, out);
        for (StepOutcome s : r.steps()) {
            o.printf(Locale.ROOT, "  line %d  %-40s %9.1f s .. %9.1f s  %s%s%n", s.line(), s.text(), s.startS(),
                    s.endS(), s.endReason(), s.limitedSteps() > 0 ? "  [limited: " + s.firstLimit() + "]" : "");
        }
        o.printf(Locale.ROOT, "  energy delivered %.4f kWh, heat generated %.4f kWh%n", r.deliveredEnergyJ() / 3.6e6,
                r.heatJ() / 3.6e6);
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("pack", topology.name());
            n.put("configuration", topology.configuration());
            n.put("cells", topology.cellCount());
            n.put("simulatedS", r.endTimeS());
            n.put("frames", rows);
            n.put("out", out.toString());
            n.put("deliveredEnergyJ", r.deliveredEnergyJ());
            n.put("heatJ", r.heatJ());
            ArrayNode steps = n.putArray("steps");
            for (StepOutcome s : r.steps()) {
                ObjectNode j = steps.addObject();
                j.put("line", s.line());
                j.put("text", s.text());
                j.put("startS", s.startS());
                j.put("endS", s.endS());
                j.put("endReason", s.endReason());
                j.put("limitedSteps", s.limitedSteps());
            }
            o.println(Json.line(n));
        }
    }
}
