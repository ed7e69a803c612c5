package org.evtwin.core.ml;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A trained RUL model: the Tribuo regressor (with its provenance), the task it serves, the calibration of its errors
 * on unseen cells and its training domain, and the card shown to users. Immutable and safe to share between threads.
 */
public final class RulModel {
    private final Model<Regressor> tribuo;
    private final Task task;
    private final TrainerKind trainer;
    private final Calibration calibration;
    private final Domain domain;
    private final ModelCard card;
    private final String[] names;
    private final CompiledForest compiled;

    public RulModel(Model<Regressor> tribuo, Task task, TrainerKind trainer, Calibration calibration, Domain domain,
            ModelCard card) {
        this.tribuo = tribuo;
        this.task = task;
        this.trainer = trainer;
        this.calibration = calibration;
        this.domain = domain;
        this.card = card;
        this.names = task.features().toArray(String[]::new);
        this.compiled = CompiledForest.of(tribuo, task.features());
    }

    public Model<Regressor> tribuo() {
        return tribuo;
    }

    public Task task() {
        return task;
    }

    public TrainerKind trainer() {
        return trainer;
    }

    public Calibration calibration() {
        return calibration;
    }

    public Domain domain() {
        return domain;
    }

    public ModelCard card() {
        return card;
    }

    /**
     * Raw predictions [cycles] of feature rows (no domain check): forests through their compiled copy, other models
     * in one batched Tribuo call.
     */
    public double[] predictCycles(List<double[]> rows) {
        if (compiled != null) {
            double[] out = compiled.predict(rows);
            for (int i = 0; i < out.length; i++) {
                out[i] = task.toCycles(out[i]);
            }
            return out;
        }
        return predictWithTribuo(rows);
    }

    /** Predictions [cycles] through Tribuo's own predict, always (the reference for the compiled path). */
    public double[] predictWithTribuo(List<double[]> rows) {
        if (rows.isEmpty()) {
            return new double[0];
        }
        List<Example<Regressor>> ex = new ArrayList<>(rows.size());
        for (double[] r : rows) {
            ex.add(example(names, r, RegressionFactory.UNKNOWN_REGRESSOR));
        }
        List<Prediction<Regressor>> p = tribuo.predict(ex);
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = task.toCycles(p.get(i).getOutput().getValues()[0]);
        }
        return out;
    }

    /** Estimates for feature rows: domain check, prediction, interval. */
    public List<RulEstimate> estimate(List<double[]> rows) {
        List<RulEstimate> out = new ArrayList<>(rows.size());
        List<double[]> inside = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (double[] r : rows) {
            String why = domain.check(r);
            out.add(why == null ? null : RulEstimate.none(RulStatus.OUTSIDE_DOMAIN, why));
            if (why == null) {
                inside.add(r);
                at.add(out.size() - 1);
            }
        }
        double[] p = inside.isEmpty() ? new double[0] : predictCycles(inside);
        for (int i = 0; i < p.length; i++) {
            out.set(at.get(i), RulEstimate.of(p[i], calibration));
        }
        return out;
    }

    static Example<Regressor> example(String[] names, double[] values, Regressor output) {
        return new ArrayExample<>(output, names, values);
    }
}
