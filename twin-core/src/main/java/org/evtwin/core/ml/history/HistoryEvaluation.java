package org.evtwin.core.ml.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.evtwin.core.ml.Metrics;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.RulModel;
import org.evtwin.core.ml.RulService;
import org.evtwin.core.ml.RulStatus;

/**
 * Evaluates RUL from history on whole cells: for each cell, a model that never saw it (supplied by the caller, e.g.
 * trained leave-one-cell-out) predicts at every cycle from {@value #FROM_LIFE} of its life until end of life, and the
 * errors are taken against the cycles that truly remained. A cell whose record ends before end of life is censored:
 * its true life is only known to exceed the record, so it is reported apart (how often the predicted end of life lies
 * beyond the record).
 */
public final class HistoryEvaluation {
    /** Predictions are scored from this fraction of the cell's life on, as the task demands. */
    public static final double FROM_LIFE = 0.2;

    /** One prediction point. */
    public record Point(String cell, double cycle, double trueRul, RulEstimate estimate) {
    }

    /**
     * Result for one cell.
     *
     * @param cell              cell name
     * @param trueEolCycle      first cycle below the threshold (NaN: censored)
     * @param points            every prediction point
     * @param metrics           over points with a number (status OK); coverage of the intervals
     * @param answered          fraction of points with a number
     * @param eolErrorMeanAbs   mean |predicted EOL cycle - true EOL cycle| over points with a number [cycles]
     * @param eolErrorAtHalf    predicted minus true EOL cycle at the first point at or after 50 % of life [cycles]
     * @param censoredBeyond    censored cells: fraction of predicted EOL cycles beyond the last recorded cycle
     */
    public record CellResult(String cell, double trueEolCycle, List<Point> points, Metrics metrics, double answered,
            double eolErrorMeanAbs, double eolErrorAtHalf, double censoredBeyond) {
        public boolean censored() {
            return Double.isNaN(trueEolCycle);
        }
    }

    private HistoryEvaluation() {
    }

    /**
     * @param cells    cells to score, each with the threshold to score against
     * @param modelFor the model to use for a cell (must not have been trained on it)
     */
    public static List<CellResult> evaluate(List<CellHistory> cells, Function<CellHistory, RulModel> modelFor,
            BooleanSupplier cancelled) {
        List<CellResult> out = new ArrayList<>();
        for (CellHistory c : cells) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("evaluation cancelled");
            }
            out.add(evaluateCell(c, new RulService(modelFor.apply(c))));
        }
        return out;
    }

    static CellResult evaluateCell(CellHistory c, RulService service) {
        int eol = c.eolIndex();
        double life = eol >= 0 ? c.cycle()[eol] : Double.NaN;
        double last = c.cycle()[c.size() - 1];
        double start = FROM_LIFE * (eol >= 0 ? life : last);
        int end = eol >= 0 ? eol : c.size();
        List<CellHistory> prefixes = new ArrayList<>();
        for (int k = 0; k < end; k++) {
            if (c.cycle()[k] >= start) {
                prefixes.add(c.prefix(k + 1));
            }
        }
        List<RulEstimate> est = service.predictAll(prefixes);
        List<Point> points = new ArrayList<>();
        List<double[]> scored = new ArrayList<>();
        double eolAbs = 0;
        double atHalf = Double.NaN;
        int beyond = 0;
        for (int i = 0; i < prefixes.size(); i++) {
            double cyc = prefixes.get(i).cycle()[prefixes.get(i).size() - 1];
            RulEstimate e = est.get(i);
            points.add(new Point(c.cellId(), cyc, life - cyc, e));
            if (e.status() != RulStatus.OK) {
                continue;
            }
            double predictedEol = cyc + e.cycles();
            if (eol >= 0) {
                scored.add(new double[] {life - cyc, e.cycles(), e.lower(), e.upper()});
                eolAbs += Math.abs(predictedEol - life);
                if (Double.isNaN(atHalf) && cyc >= 0.5 * life) {
                    atHalf = predictedEol - life;
                }
            } else {
                scored.add(new double[] {Double.NaN, e.cycles(), e.lower(), e.upper()});
                beyond += predictedEol > last ? 1 : 0;
            }
        }
        double answered = points.isEmpty() ? 0 : (double) scored.size() / points.size();
        if (eol < 0) {
            return new CellResult(c.cellId(), Double.NaN, points, null, answered, Double.NaN, Double.NaN,
                    scored.isEmpty() ? Double.NaN : (double) beyond / scored.size());
        }
        double[][] cols = columns(scored);
        Metrics m = scored.isEmpty() ? null : Metrics.of(cols[0], cols[1], cols[2], cols[3]);
        return new CellResult(c.cellId(), life, points, m, answered,
                scored.isEmpty() ? Double.NaN : eolAbs / scored.size(), atHalf, Double.NaN);
    }

    /** Metrics over the points of several uncensored cells together. */
    public static Metrics pooled(List<CellResult> results) {
        List<double[]> all = new ArrayList<>();
        for (CellResult r : results) {
            if (r.censored()) {
                continue;
            }
            for (Point p : r.points()) {
                if (p.estimate().ok()) {
                    all.add(new double[] {p.trueRul(), p.estimate().cycles(), p.estimate().lower(),
                        p.estimate().upper()});
                }
            }
        }
        double[][] c = columns(all);
        return all.isEmpty() ? null : Metrics.of(c[0], c[1], c[2], c[3]);
    }

    /** Names of the cells in a list. */
    public static Set<String> names(List<CellHistory> cells) {
        Set<String> s = new HashSet<>();
        cells.forEach(c -> s.add(c.cellId()));
        return s;
    }

    private static double[][] columns(List<double[]> rows) {
        double[][] c = new double[4][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < 4; j++) {
                c[j][i] = rows.get(i)[j];
            }
        }
        return c;
    }
}
