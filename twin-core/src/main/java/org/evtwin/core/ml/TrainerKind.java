package org.evtwin.core.ml;

import java.util.List;
import java.util.Map;
import org.tribuo.Trainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.slm.ElasticNetCDTrainer;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.Transformation;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.BinningTransformation;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * The candidate Tribuo trainers, with fixed settings (recorded in each model's provenance). The forest works on
 * features binned to {@value #BINS} equal-frequency bins: Tribuo's CART scans every distinct value, so binning turns
 * seconds into milliseconds at no measurable loss. The elastic net works on standardised features.
 */
public enum TrainerKind {
    /** Random forest of CART trees (pure Java). */
    FOREST("random forest, 50 CART trees, depth 8, min child weight 5, 60 % of features per split, 32 bins"),
    /** Elastic net by coordinate descent, weak penalty (pure Java). */
    ELASTIC_NET_WEAK("elastic net, alpha 0.001, l1 ratio 0.5, standardised features"),
    /** Elastic net, moderate penalty. */
    ELASTIC_NET("elastic net, alpha 0.01, l1 ratio 0.5, standardised features"),
    /** Elastic net, strong penalty. */
    ELASTIC_NET_STRONG("elastic net, alpha 0.1, l1 ratio 0.5, standardised features"),
    /** Gradient-boosted trees, XGBoost hist (native library; optional at run time). */
    XGBOOST("XGBoost gbtree hist, 200 trees, eta 0.05, depth 4, min child weight 2, subsample 0.8");

    static final int BINS = 32;
    private final String description;

    TrainerKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Command-line name, e.g. elastic-net-weak. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kinds that run without native code. */
    public static List<TrainerKind> pureJava() {
        return List.of(FOREST, ELASTIC_NET_WEAK, ELASTIC_NET, ELASTIC_NET_STRONG);
    }

    /** True if the optional XGBoost library is on the class path. */
    public static boolean xgboostAvailable() {
        try {
            Class.forName("org.tribuo.regression.xgboost.XGBoostRegressionTrainer", false,
                    TrainerKind.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * A fresh trainer with this kind's settings. The elastic net standardises only the {@code varying} features: a
     * feature constant in the training data has no spread to divide by (it is left as is and the domain check
     * refuses any other value of it).
     */
    public Trainer<Regressor> create(long seed, List<String> varying) {
        return switch (this) {
            case FOREST -> new TransformTrainer<>(new RandomForestTrainer<>(
                    new CARTRegressionTrainer(8, 5f, 0f, 0.6f, false, new MeanSquaredError(), seed),
                    new AveragingCombiner(), 50, seed),
                    new TransformationMap(List.of(BinningTransformation.equalFrequency(BINS))), true);
            case ELASTIC_NET_WEAK -> net(0.001, seed, varying);
            case ELASTIC_NET -> net(0.01, seed, varying);
            case ELASTIC_NET_STRONG -> net(0.1, seed, varying);
            case XGBOOST -> {
                // checked here: loading XgboostTrainer itself needs the library
                if (!xgboostAvailable()) {
                    throw new org.evtwin.core.TwinException("trainer xgboost: the XGBoost library"
                            + " (tribuo-regression-xgboost) is not on the class path; use twin.jar or a pure-Java trainer");
                }
                yield XgboostTrainer.create(seed);
            }
        };
    }

    private static Trainer<Regressor> net(double alpha, long seed, List<String> varying) {
        Map<String, List<Transformation>> perFeature = new java.util.LinkedHashMap<>();
        varying.forEach(f -> perFeature.put(f, List.of(new MeanStdDevTransformation())));
        return new TransformTrainer<>(new ElasticNetCDTrainer(alpha, 0.5, 1e-4, 1000, false, seed),
                new TransformationMap(List.of(), perFeature), true);
    }
}
