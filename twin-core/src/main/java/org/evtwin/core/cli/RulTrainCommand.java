package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evtwin.core.ml.Metrics;
import org.evtwin.core.ml.ModelFile;
import org.evtwin.core.ml.RulTrainer;
import org.evtwin.core.ml.Task;
import org.evtwin.core.ml.TrainerKind;
import org.evtwin.core.ml.TrainingSet;
import org.evtwin.core.ml.data.NasaHistories;
import org.evtwin.core.ml.data.SeversonCells;
import org.evtwin.core.ml.data.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code twin rul train}: trains a RUL model with cross-validated trainer choice and writes it with provenance. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a RUL model: every candidate trainer is cross-validated on whole held-out cells, the best"
            + " is fitted on all cells and its out-of-fold errors calibrate the interval.",
            "history: NASA PCoE folders (either layout); rows at every cycle against end-of-life thresholds of"
            + " 60-92.5 %% of nominal.",
            "early: the Severson 2019 folder; the train split only."})
final class RulTrainCommand extends JsonCommand implements Callable<Integer> {

    /** Task names on the command line. */
    enum TaskName { history, early }

    @Option(names = "--task", required = true, description = "history or early.")
    TaskName task;

    @Option(names = "--data", required = true, paramLabel = "<folder>",
            description = "Data folder; repeat for several NASA folders.")
    List<Path> data;

    @Option(names = "--out", required = true, paramLabel = "<model.tribuo>", description = "Model file to write.")
    Path out;

    @Option(names = "--trainers", defaultValue = "all", paramLabel = "<all|pure-java|list>",
            description = "Candidates: all (pure-Java + xgboost when present), pure-java, or a comma list of "
                + "forest, elastic-net-weak, elastic-net, elastic-net-strong, xgboost or a setting of the early"
                + " task's elastic-net grid, e.g. elastic-net-a3e3-l10 (default ${DEFAULT-VALUE}).")
    String trainers;

    @Option(names = "--pure-java-tolerance", defaultValue = "0.05", paramLabel = "<fraction>",
            description = "Keep the best pure-Java trainer when its CV RMSE is within this fraction of the best"
                + " (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public Integer call() {
        RulCommand.quietTribuo();
        data.forEach(d -> Options.check(spec, Files.isDirectory(d), "--data " + d + " is not a folder"));
        Options.check(spec, tolerance >= 0, "--pure-java-tolerance must be >= 0");
        List<TrainerKind> candidates = candidates(spec, trainers,
                task == TaskName.history ? Task.HISTORY : Task.EARLY);
        TrainingSet set;
        String target;
        if (task == TaskName.history) {
            NasaHistories.Loaded l = TrainingData.nasa(data, NasaHistories.EOL_AH);
            set = TrainingData.history(l);
            target = "remaining cycles until the first cycle whose discharge capacity is below the end-of-life"
                    + " threshold (NASA: 1.4 Ah = 70 % of 2.0 Ah nominal)";
        } else {
            Options.check(spec, data.size() == 1, "--task early takes one --data folder (Severson 2019)");
            set = TrainingData.early(SeversonCells.load(data.get(0)), data.get(0));
            target = "cycle life: cycles until discharge capacity falls to 80 % of nominal (0.88 Ah), from cycles"
                    + " 2, 10 and 100";
        }
        err().printf(Locale.ROOT, "%d rows from %d cells; candidates %s%n", set.size(), set.cells().size(),
                candidates.stream().map(TrainerKind::cliName).toList());
        RulTrainer.Result r = RulTrainer.train(set, target, candidates, tolerance,
                (done, total, what) -> err().printf(Locale.ROOT, "[%d/%d] %s%n", Math.min(done + 1, total), total, what), () -> false);
        ModelFile.save(r.model(), out);
        var o = out();
        o.printf(Locale.ROOT, "cross-validated (%s):%n", r.model().card().notes().get(
                r.model().card().notes().size() - 2));
        r.crossValidation().forEach((k, m) -> o.printf(Locale.ROOT, "  %-20s RMSE %8.2f cycles  MAE %8.2f cycles  MAPE %6.2f %%%n",
                k.cliName(), m.rmse(), m.mae(), m.mape()));
        o.printf(Locale.ROOT, "chosen %s -> %s%n", r.model().trainer().cliName(), out);
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("task", task.name());
            n.put("trainer", r.model().trainer().cliName());
            n.put("rows", set.size());
            n.put("cells", set.cells().size());
            ObjectNode cv = n.putObject("crossValidation");
            for (var e : r.crossValidation().entrySet()) {
                Metrics m = e.getValue();
                ObjectNode k = cv.putObject(e.getKey().cliName());
                k.put("rmse", m.rmse());
                k.put("mae", m.mae());
                k.put("mape", m.mape());
            }
            n.put("out", out.toString());
            o.println(Json.line(n));
        }
        return 0;
    }

    static List<TrainerKind> candidates(picocli.CommandLine.Model.CommandSpec spec, String text, Task task) {
        if (text.equals("pure-java")) {
            return TrainerKind.pureJava(task);
        }
        if (text.equals("all")) {
            List<TrainerKind> l = new ArrayList<>(TrainerKind.pureJava(task));
            if (TrainerKind.xgboostAvailable()) {
                l.add(TrainerKind.XGBOOST);
            }
            return l;
        }
        List<TrainerKind> l = new ArrayList<>();
        for (String s : text.split(",")) {
            TrainerKind k = null;
            for (TrainerKind t : TrainerKind.values()) {
                if (t.cliName().equals(s.trim())) {
                    k = t;
                }
            }
            Options.check(spec, k != null, "--trainers: unknown trainer \"" + s.trim() + "\"");
            l.add(k);
        }
        return l;
    }
}
