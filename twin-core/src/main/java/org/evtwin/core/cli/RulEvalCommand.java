package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.evtwin.core.ml.Metrics;
import org.evtwin.core.ml.ModelFile;
import org.evtwin.core.ml.RulModel;
import org.evtwin.core.ml.RulService;
import org.evtwin.core.ml.RulTrainer;
import org.evtwin.core.ml.Task;
import org.evtwin.core.ml.TrainingListener;
import org.evtwin.core.ml.data.NasaHistories;
import org.evtwin.core.ml.data.SeversonCells;
import org.evtwin.core.ml.data.TrainingData;
import org.evtwin.core.ml.early.EarlyEvaluation;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.ml.history.HistoryEvaluation;
import org.evtwin.core.ml.history.HistoryExamples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twin rul eval}: scores a model on cells. A cell the model was trained on is never scored with that model:
 * the model's trainer is refitted without the cell (leave-one-cell-out) on the other cells found.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores a RUL model. History models: every NASA cell found, RUL RMSE/MAE in cycles from 20 %% of"
            + " life on, predicted vs true end-of-life cycle, interval coverage; cells in the model's training data are"
            + " scored leave-one-cell-out (trainer refitted without them).",
            "Early models: train/primary/secondary test of Severson 2019 beside the mean and variance baselines."})
final class RulEvalCommand extends JsonCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "<file|default>", description = "Model file or default.")
    String model;

    @Option(names = "--nasa", paramLabel = "<folder>", description = "NASA folder (repeatable).")
    List<Path> nasa = new ArrayList<>();

    @Option(names = "--severson", paramLabel = "<folder>", description = "Severson 2019 folder (early models).")
    Path severson;

    @Option(names = "--eol-ah", defaultValue = "1.4", description = "End-of-life capacity [Ah] (default ${DEFAULT-VALUE}).")
    double eolAh;

    @Option(names = "--points", paramLabel = "<csv>", description = "Write every prediction point to this CSV.")
    Path points;

    @Option(names = "--reselect", paramLabel = "<all|pure-java|list>",
            description = "Nested cross-validation: in each leave-one-cell-out refit, choose the trainer again among"
                + " these candidates on the remaining cells only (default: keep the model's trainer).")
    String reselect;

    @Override
    public Integer call() {
        RulCommand.quietTribuo();
        Options.check(spec, nasa.isEmpty() != (severson == null), "give either --nasa or --severson");
        nasa.forEach(d -> Options.check(spec, Files.isDirectory(d), "--nasa " + d + " is not a folder"));
        Options.check(spec, severson == null || Files.isDirectory(severson), "--severson " + severson
                + " is not a folder");
        Options.check(spec, eolAh > 0 && eolAh < NasaHistories.NOMINAL_AH, "--eol-ah must be in (0, 2) Ah");
        RulModel m = load(model, severson == null ? RulService.DEFAULT_HISTORY_MODEL : RulService.DEFAULT_EARLY_MODEL);
        if (severson != null) {
            Options.check(spec, m.task() == Task.EARLY, "--severson needs an early model, got " + m.task().cliName());
            return early(m);
        }
        Options.check(spec, m.task() == Task.HISTORY, "--nasa needs a history model, got " + m.task().cliName());
        return history(m);
    }

    static RulModel load(String name, String resource) {
        return name.equals("default") ? RulService.loadResource(resource) : ModelFile.load(Path.of(name));
    }

    private int history(RulModel m) {
        NasaHistories.Loaded all = TrainingData.nasa(nasa, eolAh);
        Set<String> trainedOn = Set.copyOf(m.card().cells());
        List<String> modes = new ArrayList<>();
        List<HistoryEvaluation.CellResult> res = HistoryEvaluation.evaluate(all.cells(), c -> {
            if (!trainedOn.contains(c.cellId())) {
                modes.add("model");
                return m;
            }
            List<CellHistory> others = all.cells().stream().filter(o -> !o.cellId().equals(c.cellId())).toList();
            var set = HistoryExamples.trainingSet(others, all.files(), all.notes());
            if (reselect == null) {
                modes.add("leave-one-cell-out refit of " + m.trainer().cliName());
                err().println("refitting " + m.trainer().cliName() + " without " + c.cellId());
                return RulTrainer.train(set, m.card().target(), List.of(m.trainer()), TrainingListener.NONE,
                        () -> false).model();
            }
            err().println("choosing and refitting a trainer without " + c.cellId());
            RulModel refit = RulTrainer.train(set, m.card().target(), RulTrainCommand.candidates(spec, reselect, Task.HISTORY),
                    0.05, TrainingListener.NONE, () -> false).model();
            modes.add("nested leave-one-cell-out, chose " + refit.trainer().cliName());
            return refit;
        }, () -> false);
        if (points != null) {
            EvalCsv.writeHistory(points, res);
        }
        var o = out();
        ObjectNode n = Json.object();
        n.put("ok", true);
        n.put("eolAh", eolAh);
        ArrayNode cells = n.putArray("cells");
        for (int i = 0; i < res.size(); i++) {
            HistoryEvaluation.CellResult r = res.get(i);
            ObjectNode c = cells.addObject();
            c.put("cell", r.cell());
            c.put("mode", modes.get(i));
            c.put("points", r.points().size());
            c.put("answered", r.answered());
            if (r.censored()) {
                c.put("censored", true);
                c.put("predictedEolBeyondRecord", r.censoredBeyond());
                o.printf(Locale.ROOT, "%s: never below %.3f Ah in its record (censored); %.0f %% of points answered,"
                        + " of those %.0f %% put end of life beyond the record [%s]%n", r.cell(), eolAh,
                        100 * r.answered(), 100 * r.censoredBeyond(), modes.get(i));
                continue;
            }
            c.put("censored", false);
            c.put("trueEolCycle", r.trueEolCycle());
            if (r.metrics() == null) {
                o.printf(Locale.ROOT, "%s: EOL at cycle %.0f; no point from 20 %% of life on was answered with a number"
                        + " (%d points: too little history or outside the domain) [%s]%n", r.cell(), r.trueEolCycle(),
                        r.points().size(), modes.get(i));
                continue;
            }
            putMetrics(c, r.metrics());
            c.put("eolErrorMeanAbs", r.eolErrorMeanAbs());
            c.put("eolErrorAtHalfLife", r.eolErrorAtHalf());
            o.printf(Locale.ROOT, "%s: EOL at cycle %.0f; RUL RMSE %.1f, MAE %.1f cycles over %d points (%.0f %% answered);"
                    + " |EOL error| %.1f, at half life %+.1f cycles; coverage %.0f %% [%s]%n", r.cell(),
                    r.trueEolCycle(), r.metrics().rmse(), r.metrics().mae(), r.metrics().n(), 100 * r.answered(),
                    r.eolErrorMeanAbs(), r.eolErrorAtHalf(), 100 * r.metrics().coverage(), modes.get(i));
        }
        Metrics pooled = HistoryEvaluation.pooled(res);
        if (pooled != null) {
            putMetrics(n.putObject("pooled"), pooled);
            o.printf(Locale.ROOT, "all uncensored cells: RUL RMSE %.1f, MAE %.1f cycles, coverage %.0f %% (%d points)%n",
                    pooled.rmse(), pooled.mae(), 100 * pooled.coverage(), pooled.n());
        }
        if (json) {
            o.println(Json.line(n));
        }
        return 0;
    }

    private int early(RulModel m) {
        SeversonCells.Loaded data = SeversonCells.load(severson);
        List<EarlyEvaluation.CellResult> res = EarlyEvaluation.predict(m, data);
        if (points != null) {
            EvalCsv.writeEarly(points, res);
        }
        var o = out();
        ObjectNode n = Json.object();
        n.put("ok", true);
        n.put("trainer", m.trainer().cliName());
        ArrayNode splits = n.putArray("splits");
        for (String[] s : new String[][] {{"train", ""}, {"test1", ""}, {"test1", EarlyEvaluation.PAPER_OUTLIER},
            {"test2", ""}}) {
            EarlyEvaluation.SplitResult r = EarlyEvaluation.score(res, s[0], s[1]);
            ObjectNode j = splits.addObject();
            j.put("split", r.split());
            j.put("excluded", r.excluded());
            putMetrics(j.putObject("model"), r.model());
            if (r.inDomain() != null) {
                putMetrics(j.putObject("modelInDomain"), r.inDomain());
            }
            j.put("outsideDomain", r.outside());
            putMetrics(j.putObject("meanBaseline"), r.mean());
            putMetrics(j.putObject("varianceBaseline"), r.variance());
            o.printf(Locale.ROOT, "%-5s%-16s n=%2d  model RMSE %6.1f cycles, %5.1f %%, coverage %3.0f %% | in domain (%d out)"
                    + " RMSE %6.1f cycles, %5.1f %% | mean RMSE %6.1f cycles | variance model RMSE %6.1f cycles,"
                    + " %5.1f %%%n", r.split(),
                    r.excluded().isEmpty() ? "" : " w/o " + r.excluded().replace("test1/", ""), r.model().n(),
                    r.model().rmse(), r.model().mape(), 100 * r.model().coverage(), r.outside(),
                    r.inDomain() == null ? Double.NaN : r.inDomain().rmse(),
                    r.inDomain() == null ? Double.NaN : r.inDomain().mape(), r.mean().rmse(), r.variance().rmse(),
                    r.variance().mape());
        }
        if (json) {
            o.println(Json.line(n));
        }
        return 0;
    }

    static void putMetrics(ObjectNode j, Metrics m) {
        j.put("n", m.n());
        j.put("rmse", m.rmse());
        j.put("mae", m.mae());
        j.put("mape", m.mape());
        if (!Double.isNaN(m.coverage())) {
            j.put("coverage", m.coverage());
        }
    }
}
