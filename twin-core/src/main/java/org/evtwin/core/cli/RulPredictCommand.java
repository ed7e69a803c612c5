package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.RulModel;
import org.evtwin.core.ml.RulService;
import org.evtwin.core.ml.Task;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.ml.history.CellHistoryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code twin rul predict}: remaining cycles of one cell from its history CSV, with interval and probabilities. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predicts the remaining cycles of one cell from its history: CSV with columns cycle,"
            + " capacity_ah, temperature_c (peak cell temperature of the cycle's discharge) and optionally"
            + " resistance_ohm. 'Not enough history', 'end of life reached' and 'outside the training domain' are"
            + " answers (status), not errors."})
final class RulPredictCommand extends JsonCommand implements Callable<Integer> {

    @Option(names = "--model", defaultValue = "default", paramLabel = "<file|default>",
            description = "History model file or default (the shipped one; default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--cell-history", required = true, paramLabel = "<csv>", description = "The cell's history.")
    Path history;

    @Option(names = "--nominal-ah", defaultValue = "2.0", description = "Rated capacity [Ah] (default ${DEFAULT-VALUE}).")
    double nominalAh;

    @Option(names = "--eol-ah", paramLabel = "<Ah>", description = "End-of-life capacity [Ah] (default 70 %% of nominal).")
    Double eolAh;

    @Option(names = "--within", split = ",", defaultValue = "25,50,100", paramLabel = "<N,...>",
            description = "Report the probability of reaching end of life within these cycle counts "
                + "(default ${DEFAULT-VALUE}).")
    List<Double> within;

    @Override
    public Integer call() {
        RulCommand.quietTribuo();
        Options.check(spec, nominalAh > 0, "--nominal-ah must be > 0");
        double eol = eolAh == null ? 0.7 * nominalAh : eolAh;
        Options.check(spec, eol > 0 && eol < nominalAh, "--eol-ah must be in (0, nominal)");
        within.forEach(w -> Options.check(spec, w >= 0, "--within values must be >= 0 cycles"));
        RulModel m = RulEvalCommand.load(model, RulService.DEFAULT_HISTORY_MODEL);
        Options.check(spec, m.task() == Task.HISTORY, "--cell-history needs a history model, got "
                + m.task().cliName());
        CellHistory h = CellHistoryCsv.read(history, nominalAh, eol);
        RulEstimate e = new RulService(m).predict(h);
        var o = out();
        if (e.ok()) {
            o.printf(Locale.ROOT, "%s: %.0f cycles remaining (%.0f %% interval %.0f to %.0f) after cycle %.0f%n",
                    h.cellId(), e.cycles(), 100 * org.evtwin.core.ml.Calibration.LEVEL, e.lower(), e.upper(),
                    h.cycle()[h.size() - 1]);
        } else {
            o.printf(Locale.ROOT, "%s: %s - %s%n", h.cellId(), e.status(), e.reason());
        }
        for (double w : within) {
            if (!Double.isNaN(e.probabilityEolWithin(w))) {
                o.printf(Locale.ROOT, "  P(end of life within %.0f cycles) = %.2f%n", w, e.probabilityEolWithin(w));
            }
        }
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("cell", h.cellId());
            n.put("status", e.status().name());
            n.put("reason", e.reason());
            if (h.size() > 0) {
                n.put("lastCycle", h.cycle()[h.size() - 1]);
            }
            n.put("eolAh", eol);
            if (!Double.isNaN(e.cycles())) {
                n.put("rulCycles", e.cycles());
                n.put("lower", e.lower());
                n.put("upper", e.upper());
            }
            ObjectNode p = n.putObject("probabilityEolWithin");
            for (double w : within) {
                double v = e.probabilityEolWithin(w);
                if (!Double.isNaN(v)) {
                    p.put(String.format(Locale.ROOT, "%.0f", w), v);
                }
            }
            n.put("model", m.card().trainer());
            o.println(Json.line(n));
        }
        return 0;
    }
}
