package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.evtwin.core.TwinException;
import org.evtwin.core.engine.SourceStatus;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.MappingJson;
import org.evtwin.core.replay.ModelSetup;
import org.evtwin.core.replay.ReplayClock;
import org.evtwin.core.replay.ReplayCsvWriter;
import org.evtwin.core.replay.ReplayEngine;
import org.evtwin.core.replay.ReplayFrame;
import org.evtwin.core.replay.ReplayStatus;
import org.evtwin.core.replay.ResidualSummary;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code twin replay}: a recording through the twin, with the model alongside and the residual per signal. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays a recorded data set (a CSV file in a known format, or a data set in the store by id"
            + " or name) through the twin: the model runs alongside, driven by the measured current and ambient, and"
            + " the residual (measured - model) of voltage, temperature and SoC is computed for every sample.",
            "The model starts at the first sample: at the SoC of a recorded SoC column, else at the SoC whose OCV"
            + " is the first measured voltage (give --initial-soc when the protocol says better, e.g. 1 after a"
            + " CC-CV charge), at the measured cell temperature, with the recorded ambient (else the first measured"
            + " temperature). Prints RMSE, max |residual| and mean per signal."})
final class ReplayCommand extends JsonCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<dataset|file.csv>",
            description = "A CSV file (known format, or with --mapping), or a stored data set's id or name.")
    String input;

    @Option(names = "--speed", defaultValue = "max", paramLabel = "<N|max>",
            description = "Recording seconds per wall second, 0.1 to 1000, or max = as fast as possible (default).")
    String speedText;

    @Option(names = "--from", paramLabel = "<s>", description = "Start at this recording time [s].")
    Double fromS;

    @Option(names = "--to", paramLabel = "<s>", description = "End at this recording time [s].")
    Double toS;

    @Option(names = "--cell-model", paramLabel = "<nasa|leaf|cell.json>", description = "Single-cell model"
            + " (default for NASA and ORNL Leaf files: the cell fitted on that data set).")
    String cellModel;

    @Option(names = "--pack", paramLabel = "<name|topology.json>", description = "Pack model for a pack recording.")
    String pack;

    @Option(names = "--initial-soc", paramLabel = "<0-1>", description = "Start the model at this SoC.")
    Double initialSoc;

    @Option(names = "--capacity-scale", defaultValue = "1", paramLabel = "<factor>",
            description = "Cell capacity relative to the parameter set (a SoH estimate; default ${DEFAULT-VALUE}).")
    double capacityScale;

    @Option(names = "--ambient-c", paramLabel = "<degC>",
            description = "Ambient temperature, when the recording has none (or to override it).")
    Double ambientC;

    @Option(names = "--mapping", paramLabel = "<mapping.json>", description = "Column mapping for a CSV file in"
            + " no known format.")
    Path mapping;

    @Option(names = "--db", paramLabel = "<jdbc-url>", description = "Database of stored data sets (default: the"
            + " user's embedded H2 file, or evtwin.db.url / EVTWIN_DB_URL).")
    String db;

    @Option(names = "--out", paramLabel = "<frames.csv>",
            description = "Write measured, model and residual columns per frame to this CSV.")
    Path out;

    @Override
    public Integer call() throws InterruptedException {
        double speed = speed();
        Options.check(spec, cellModel == null || pack == null, "give --cell-model or --pack, not both");
        Options.check(spec, initialSoc == null || initialSoc >= 0 && initialSoc <= 1,
                "--initial-soc must be between 0 and 1");
        Options.check(spec, capacityScale > 0, "--capacity-scale must be > 0");
        Options.check(spec, fromS == null || toS == null || fromS <= toS, "--from must not be after --to");
        Options.check(spec, mapping == null || ReplayInputs.isFile(input), "--mapping applies to a CSV file only");
        Cancellation cancel = new Cancellation();
        if (ReplayInputs.isFile(input)) {
            return run(ReplayInputs.file(input, mapping == null ? null : MappingJson.read(mapping), cancel), speed);
        }
        try (DataSetStore store = DataSetStore.open(DatabaseLocation.resolve(db))) {
            return run(ReplayInputs.stored(store, input), speed);
        }
    }

    private double speed() {
        if (speedText.equalsIgnoreCase("max")) {
            return ReplayEngine.AS_FAST_AS_POSSIBLE;
        }
        double s;
        try {
            s = Double.parseDouble(speedText);
        } catch (NumberFormatException e) {
            s = Double.NaN;
        }
        Options.check(spec, s >= ReplayEngine.MIN_SPEED && s <= ReplayEngine.MAX_SPEED,
                "--speed must be max or a number from 0.1 to 1000, found \"" + speedText + "\"");
        return s;
    }

    private int run(ReplayInputs.Input in, double speed) throws InterruptedException {
        ModelSetup setup = ReplayInputs.model(cellModel, pack, in.reader().name(), in.format())
                .withCapacityScale(capacityScale);
        if (initialSoc != null) {
            setup = setup.withInitialSoc(initialSoc);
        }
        if (ambientC != null) {
            setup = setup.withAmbientC(ambientC);
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<ReplayFrame> first = new AtomicReference<>();
        AtomicReference<ReplayFrame> last = new AtomicReference<>();
        ReplayCsvWriter writer = out == null ? null : new ReplayCsvWriter(out);
        long wallStart = System.nanoTime();
        ReplayStatus end;
        try (ReplayEngine engine = new ReplayEngine(in.reader(), setup, fromS == null ? Double.NaN : fromS,
                toS == null ? Double.NaN : toS, speed, ReplayClock.SYSTEM, failure::set)) {
            engine.addReplayListener(f -> {
                first.compareAndSet(null, f);
                last.set(f);
            });
            if (writer != null) {
                engine.addReplayListener(writer);
            }
            // Ctrl-C: stop the replay and remove the partial output file (nothing half-written is left behind)
            Thread onInterrupt = new Thread(() -> {
                engine.close();
                if (writer != null) {
                    writer.abort();
                }
            }, "twin-replay-cancel");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            engine.start();
            try {
                awaitEnd(engine);
            } finally {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            }
            end = engine.status();
        } catch (RuntimeException e) {
            if (writer != null) {
                writer.abort();
            }
            throw e;
        }
        double wallS = (System.nanoTime() - wallStart) / 1e9;
        if (end.state() != SourceStatus.State.ENDED) {
            if (writer != null) {
                writer.abort();
            }
            Throwable t = failure.get();
            throw t instanceof RuntimeException r ? r : new TwinException(in.reader().name() + ": replay "
                    + end.state().name().toLowerCase(Locale.ROOT) + ": " + end.message(), t);
        }
        if (writer != null) {
            writer.close();
        }
        report(in, setup, end, first.get(), last.get(), wallS, speed);
        return 0;
    }

    /** Waits for the end, with a progress line on stderr at most every 2 s (when frames came in between). */
    private void awaitEnd(ReplayEngine engine) throws InterruptedException {
        long printed = 0;
        while (!engine.awaitEnd(2000)) {
            ReplayStatus s = engine.status();
            if (s.frames() != printed) {
                printed = s.frames();
                err().printf(Locale.ROOT, "replay: t = %.1f s of %.1f .. %.1f s, %d frames%n", s.positionS(),
                        s.fromS(), s.toS(), s.frames());
            }
        }
    }

    private void report(ReplayInputs.Input in, ModelSetup setup, ReplayStatus s, ReplayFrame first,
            ReplayFrame last, double wallS, double speed) {
        var o = out();
        String model = setup.topology().name() + " (" + setup.topology().cell().name() + ")";
        o.printf(Locale.ROOT, "%s (%s, %s): %d frames, t = %.3f .. %.3f s (%.1f s) in %.2f s wall, speed %s%n",
                in.reader().name(), in.format(), in.origin(), s.frames(), s.fromS(), s.toS(), s.durationS(), wallS,
                Double.isInfinite(speed) ? "max" : String.valueOf(speed));
        o.printf(Locale.ROOT, "model %s, initial SoC %.4f%s, capacity x %.4f%n", model, first.model().cellSoc()[0],
                Double.isNaN(setup.initialSoc()) ? " (from the data)" : " (given)", setup.capacityScale());
        o.printf(Locale.ROOT, "  %-18s %12s %12s %12s %8s%n", "residual", "RMSE", "max |r|", "mean", "n");
        for (ResidualSummary r : last.statistics()) {
            o.printf(Locale.ROOT, "  %-18s %12.5g %12.5g %12.5g %8d  %s%n", r.signal().label(), r.rmse(), r.maxAbs(),
                    r.mean(), r.samples(), r.signal().unit());
        }
        if (out != null) {
            o.println("  frames -> " + out);
        }
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("recording", in.reader().name());
            n.put("format", in.format());
            n.put("origin", in.origin());
            n.put("model", model);
            n.put("initialSoc", first.model().cellSoc()[0]);
            n.put("frames", s.frames());
            n.put("fromS", s.fromS());
            n.put("toS", s.toS());
            n.put("durationS", s.durationS());
            n.put("wallS", wallS);
            if (Double.isInfinite(speed)) {
                n.put("speed", "max");
            } else {
                n.put("speed", speed);
            }
            ObjectNode res = n.putObject("residuals");
            for (ResidualSummary r : last.statistics()) {
                ObjectNode j = res.putObject(r.signal().label());
                j.put("unit", r.signal().unit());
                j.put("samples", r.samples());
                j.put("rmse", r.rmse());
                j.put("maxAbs", r.maxAbs());
                j.put("mean", r.mean());
            }
            if (out != null) {
                n.put("out", out.toString());
            }
            o.println(Json.line(n));
        }
    }
}
