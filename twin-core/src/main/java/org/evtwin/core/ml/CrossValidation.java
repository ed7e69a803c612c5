package org.evtwin.core.ml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Cross-validation grouped by cell: every fold holds out whole cells, so no cycle of a held-out cell is in the fold's
 * training data. Up to {@value #MAX_LOCO} cells it is leave-one-cell-out; above, {@value #FOLDS} folds with cells
 * dealt round-robin in their order. Above {@value #MAX_LOCO} cells the choice of folds is one draw among many, so the
 * same cross-validation is also repeated with the cells shuffled ({@link #repeatedRmse}): its mean RMSE chooses the
 * trainer, its spread shows how much the RMSE moves with the fold assignment.
 */
public final class CrossValidation {
    static final int MAX_LOCO = 12;
    static final int FOLDS = 5;
    static final long SEED = 20190326L;
    /** Repeated grouped cross-validations (cells shuffled with seeds 1 to this) when there are more than MAX_LOCO. */
    public static final int REPEATS = 10;

    private CrossValidation() {
    }

    /** The held-out cells of each fold. */
    public static List<Set<String>> folds(List<String> cells) {
        List<Set<String>> folds = new ArrayList<>();
        if (cells.size() <= MAX_LOCO) {
            cells.forEach(c -> folds.add(Set.of(c)));
            return folds;
        }
        List<List<String>> lists = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < cells.size(); i++) {
            lists.get(i % FOLDS).add(cells.get(i));
        }
        lists.forEach(l -> folds.add(Set.copyOf(l)));
        return folds;
    }

    /** The folds of {@link #folds(List)} after shuffling the cells with {@code seed}. */
    public static List<Set<String>> folds(List<String> cells, long seed) {
        List<String> shuffled = new ArrayList<>(cells);
        Collections.shuffle(shuffled, new Random(seed));
        return folds(shuffled);
    }

    /** How many repeated cross-validations {@link #repeatedRmse} runs for this many cells (0 when leave-one-out). */
    public static int repeats(int cells) {
        return cells <= MAX_LOCO ? 0 : REPEATS;
    }

    /**
     * Out-of-fold RMSE [cycles] of each repeated grouped cross-validation, the cells shuffled with seeds 1 to
     * {@link #repeats(int)}; empty when leave-one-cell-out (it has only one assignment).
     */
    public static double[] repeatedRmse(TrainingSet data, TrainerKind kind, Progress progress) {
        double[] out = new double[repeats(data.cells().size())];
        for (int r = 0; r < out.length; r++) {
            out[r] = Metrics.of(data.y(), outOfFold(data, kind, progress, folds(data.cells(), r + 1L))).rmse();
        }
        return out;
    }

    /** Out-of-fold predictions [cycles] for every row, one fit per fold. */
    public static double[] outOfFold(TrainingSet data, TrainerKind kind, Progress progress) {
        return outOfFold(data, kind, progress, folds(data.cells()));
    }

    /** Out-of-fold predictions [cycles] for every row over the given folds, one fit per fold. */
    static double[] outOfFold(TrainingSet data, TrainerKind kind, Progress progress, List<Set<String>> folds) {
        double[] out = new double[data.size()];
        for (Set<String> held : folds) {
            progress.step(kind.cliName() + " without " + String.join(",", held));
            Model<Regressor> m = fit(data.select(held, false), kind, Map.of());
            List<double[]> rows = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (held.contains(data.groups().get(i))) {
                    rows.add(data.x().get(i));
                    at.add(i);
                }
            }
            String[] names = data.features().toArray(String[]::new);
            List<Example<Regressor>> ex = new ArrayList<>();
            rows.forEach(r -> ex.add(RulModel.example(names, r, RegressionFactory.UNKNOWN_REGRESSOR)));
            List<Prediction<Regressor>> p = m.predict(ex);
            for (int i = 0; i < p.size(); i++) {
                out[at.get(i)] = data.task().toCycles(p.get(i).getOutput().getValues()[0]);
            }
        }
        return out;
    }

    /** One Tribuo fit on all rows of a set. */
    static Model<Regressor> fit(TrainingSet data, TrainerKind kind,
            Map<String, com.oracle.labs.mlrg.olcut.provenance.Provenance> run) {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> ds = new MutableDataset<>(new SimpleDataSourceProvenance(
                "RUL " + data.task().cliName() + " rows of " + data.cells().size() + " cells", factory), factory);
        String[] names = data.features().toArray(String[]::new);
        for (int i = 0; i < data.size(); i++) {
            ds.add(RulModel.example(names, data.x().get(i),
                    new Regressor("target", data.task().toTarget(data.y()[i]))));
        }
        return kind.create(SEED, varying(data)).train(ds, run);
    }

    /** Features that take more than one value in the rows. */
    static List<String> varying(TrainingSet data) {
        List<String> out = new ArrayList<>();
        List<String> names = data.features();
        for (int j = 0; j < names.size(); j++) {
            double first = data.x().get(0)[j];
            for (double[] row : data.x()) {
                if (row[j] != first) {
                    out.add(names.get(j));
                    break;
                }
            }
        }
        return out;
    }

    /** Counts fits, reports them and stops with a {@link CancellationException} when asked to. */
    public static final class Progress {
        private final TrainingListener listener;
        private final BooleanSupplier cancelled;
        private final int total;
        private int done;

        public Progress(TrainingListener listener, BooleanSupplier cancelled, int total) {
            this.listener = listener;
            this.cancelled = cancelled;
            this.total = total;
        }

        void step(String what) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("training cancelled after " + done + " of " + total + " fits");
            }
            listener.progress(done++, total, what);
        }

        void finish() {
            listener.progress(total, total, "done");
        }
    }
}
