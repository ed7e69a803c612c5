package org.evtwin.core.ml;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.DoubleProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.evtwin.core.TwinException;
import org.tribuo.Model;
import org.tribuo.regression.Regressor;

/**
 * Trains a RUL model: cross-validates every candidate trainer on whole held-out cells, keeps one by
 * {@link TrainerChoice} (lowest out-of-fold RMSE; above 12 cells its mean over shuffled fold assignments), fits it on
 * all rows, and calibrates the interval on its out-of-fold errors of the fixed folds. The test cells of an
 * evaluation are never part of this: callers pass training data only.
 */
public final class RulTrainer {

    /** The trained model and the cross-validated metrics of every candidate. */
    public record Result(RulModel model, Map<TrainerKind, Metrics> crossValidation) {
    }

    private RulTrainer() {
    }

    /**
     * @param target     what the number means (goes on the card), e.g. "cycles until capacity < EOL"
     * @param candidates trainers to compare (one: no choice, still cross-validated for the calibration)
     * @param listener   progress, one call per fit
     * @param cancelled  polled before each fit; true stops with a CancellationException
     */
    public static Result train(TrainingSet data, String target, List<TrainerKind> candidates,
            TrainingListener listener, BooleanSupplier cancelled) {
        return train(data, target, candidates, 0.0, listener, cancelled);
    }

    /**
     * As {@link #train(TrainingSet, String, List, TrainingListener, BooleanSupplier)}, but the best pure-Java
     * trainer is kept when its criterion is within {@code pureJavaTolerance} (a fraction) of the best one's, so
     * that the app need not carry the native XGBoost library for a negligible gain.
     */
    public static Result train(TrainingSet data, String target, List<TrainerKind> candidates,
            double pureJavaTolerance, TrainingListener listener, BooleanSupplier cancelled) {
        if (data.cells().size() < 2) {
            throw new TwinException("training needs at least 2 cells to cross-validate, got " + data.cells().size());
        }
        if (!data.features().equals(data.task().features())) {
            throw new TwinException("models of the " + data.task().cliName() + " task are trained on its features "
                    + data.task().features() + ", got " + data.features());
        }
        if (candidates.isEmpty()) {
            throw new TwinException("training needs at least one trainer");
        }
        int folds = CrossValidation.folds(data.cells()).size();
        int repeats = CrossValidation.repeats(data.cells().size());
        var progress = new CrossValidation.Progress(listener, cancelled,
                candidates.size() * folds * (1 + repeats) + 1);
        Map<TrainerKind, Metrics> cv = new LinkedHashMap<>();
        Map<TrainerKind, double[]> oof = new LinkedHashMap<>();
        for (TrainerKind k : candidates) {
            double[] p = CrossValidation.outOfFold(data, k, progress);
            oof.put(k, p);
            cv.put(k, Metrics.of(data.y(), p));
        }
        // above 12 cells the fixed folds are one draw among many: the mean over the shuffled ones decides
        Map<TrainerKind, Double> criterion = new LinkedHashMap<>();
        Map<String, Double> repeated = new LinkedHashMap<>();
        for (TrainerKind k : candidates) {
            double[] rep = CrossValidation.repeatedRmse(data, k, progress);
            if (rep.length == 0) {
                criterion.put(k, cv.get(k).rmse());
                continue;
            }
            double mean = java.util.Arrays.stream(rep).average().orElseThrow();
            double sd = Math.sqrt(java.util.Arrays.stream(rep).map(v -> (v - mean) * (v - mean)).sum()
                    / (rep.length - 1));
            criterion.put(k, mean);
            repeated.put("cv-repeated-rmse-mean-" + k.cliName(), mean);
            repeated.put("cv-repeated-rmse-sd-" + k.cliName(), sd);
            repeated.put("cv-repeated-rmse-min-" + k.cliName(), java.util.Arrays.stream(rep).min().orElseThrow());
            repeated.put("cv-repeated-rmse-max-" + k.cliName(), java.util.Arrays.stream(rep).max().orElseThrow());
        }
        TrainerKind best = TrainerChoice.choose(criterion, pureJavaTolerance);
        String rule = TrainerChoice.describe(repeats == 0
                ? "out-of-fold RMSE over " + folds + " folds grouped by cell"
                : "mean out-of-fold RMSE over " + repeats + " shuffled assignments of " + folds
                        + " folds grouped by cell", pureJavaTolerance);
        Calibration cal = Calibration.of(data.task().scaleCycles(), data.y(), oof.get(best));
        progress.step(best.cliName() + " on all cells");
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, Provenance> run = new LinkedHashMap<>();
        run.put("task", new StringProvenance("task", data.task().cliName()));
        run.put("target", new StringProvenance("target", target));
        run.put("features", new StringProvenance("features", String.join(",", data.task().features())));
        run.put("cells", new StringProvenance("cells", String.join(",", data.cells())));
        run.put("data-files", new StringProvenance("data-files", String.join("; ", data.dataFiles())));
        run.put("selection", new StringProvenance("selection", rule));
        for (var e : cv.entrySet()) {
            String key = "cv-rmse-" + e.getKey().cliName();
            run.put(key, new DoubleProvenance(key, e.getValue().rmse()));
            metrics.put(key, e.getValue().rmse());
            metrics.put("cv-mae-" + e.getKey().cliName(), e.getValue().mae());
            metrics.put("cv-mape-" + e.getKey().cliName(), e.getValue().mape());
        }
        metrics.putAll(repeated);
        for (var e : repeated.entrySet()) {
            if (e.getKey().startsWith("cv-repeated-rmse-mean-")) {
                run.put(e.getKey(), new DoubleProvenance(e.getKey(), e.getValue()));
            }
        }
        Model<Regressor> model = CrossValidation.fit(data, best, run);
        progress.finish();
        Domain domain = Domain.of(data.task().features(), data.x().toArray(double[][]::new));
        List<String> ranges = new ArrayList<>();
        for (int j = 0; j < domain.names().size(); j++) {
            ranges.add(String.format(Locale.ROOT, "%s in [%.4g, %.4g]", domain.names().get(j), domain.min()[j],
                    domain.max()[j]));
        }
        List<String> notes = new ArrayList<>(data.notes());
        notes.add("trainer choice: " + rule);
        notes.add("interval: central " + Math.round(100 * Calibration.LEVEL) + " % of out-of-fold errors, normalised by"
                + " (prediction + " + data.task().scaleCycles() + " cycles)");
        ModelCard card = new ModelCard(data.task().cliName(), target, best.cliName() + ": " + best.description(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), data.cells(), data.dataFiles(),
                data.task().features(), metrics, ranges, notes);
        return new Result(new RulModel(model, data.task(), best, cal, domain, card), cv);
    }
}
