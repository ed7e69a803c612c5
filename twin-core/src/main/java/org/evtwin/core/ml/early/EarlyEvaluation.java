package org.evtwin.core.ml.early;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.ml.Metrics;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.RulModel;
import org.evtwin.core.ml.data.SeversonCells;

/**
 * Scores a cycle-life model, trained on the train split only, on each split, beside two baselines fitted on the same
 * train split: the mean train cycle life, and Severson's one-feature "variance model" (least squares of log10 life on
 * log10 var dQ). Severson et al. leave one primary-test cell out of their figures (test1 cell 22, life 148, which
 * was stopped early); both figures are given.
 */
public final class EarlyEvaluation {
    /** The primary-test cell the paper excludes. */
    public static final String PAPER_OUTLIER = "test1/cell22";

    /** One cell's answer: forced prediction, interval, and the model's own status (domain check). */
    public record CellResult(SeversonCells.Cell cell, double predicted, double lower, double upper,
            RulEstimate estimate, double meanBaseline, double varianceBaseline) {
    }

    /**
     * Scores of one split.
     *
     * @param split       train, test1, test2
     * @param excluded    cell left out of these figures ("" for none)
     * @param model       all cells, the model's number even when outside the domain
     * @param inDomain    only cells inside the training domain
     * @param outside     how many cells were outside the domain
     * @param mean        mean-life baseline
     * @param variance    variance-model baseline
     */
    public record SplitResult(String split, String excluded, Metrics model, Metrics inDomain, int outside,
            Metrics mean, Metrics variance) {
    }

    private EarlyEvaluation() {
    }

    public static List<CellResult> predict(RulModel model, SeversonCells.Loaded data) {
        List<SeversonCells.Cell> train = data.split("train");
        double meanLife = train.stream().mapToDouble(SeversonCells.Cell::cycleLife).average().orElseThrow();
        double[] ols = varianceModel(train);
        List<double[]> rows = new ArrayList<>();
        data.cells().forEach(c -> rows.add(EarlyFeatures.of(c)));
        double[] p = model.predictCycles(rows);
        List<RulEstimate> est = model.estimate(rows);
        List<CellResult> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            double[] iv = model.calibration().interval(p[i]);
            double var = Math.pow(10, ols[0] + ols[1] * rows.get(i)[EarlyFeatures.LOG10_VAR]);
            out.add(new CellResult(data.cells().get(i), p[i], iv[0], iv[1], est.get(i), meanLife, var));
        }
        return out;
    }

    /** Scores of one split, optionally without one cell. */
    public static SplitResult score(List<CellResult> all, String split, String exclude) {
        List<CellResult> r = all.stream().filter(c -> c.cell().split().equals(split))
                .filter(c -> !c.cell().id().equals(exclude)).toList();
        int n = r.size();
        double[] y = new double[n];
        double[] p = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] mean = new double[n];
        double[] var = new double[n];
        List<double[]> in = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CellResult c = r.get(i);
            y[i] = c.cell().cycleLife();
            p[i] = c.predicted();
            lo[i] = c.lower();
            hi[i] = c.upper();
            mean[i] = c.meanBaseline();
            var[i] = c.varianceBaseline();
            if (c.estimate().ok()) {
                in.add(new double[] {y[i], p[i], lo[i], hi[i]});
            }
        }
        double[][] ic = new double[4][in.size()];
        for (int i = 0; i < in.size(); i++) {
            for (int j = 0; j < 4; j++) {
                ic[j][i] = in.get(i)[j];
            }
        }
        return new SplitResult(split, exclude, Metrics.of(y, p, lo, hi),
                in.isEmpty() ? null : Metrics.of(ic[0], ic[1], ic[2], ic[3]), n - in.size(), Metrics.of(y, mean),
                Metrics.of(y, var));
    }

    /** {intercept, slope} of log10(life) on log10 var dQ by least squares over the given cells. */
    static double[] varianceModel(List<SeversonCells.Cell> cells) {
        int n = cells.size();
        double mx = 0;
        double my = 0;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            SeversonCells.Cell c = cells.get(i);
            x[i] = EarlyFeatures.of(c)[EarlyFeatures.LOG10_VAR];
            y[i] = Math.log10(c.cycleLife());
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double b = sxy / sxx;
        return new double[] {my - b * mx, b};
    }
}
