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
    ELASTIC_NET_WEAK(0.001, 0.5),
    /** Elastic net, moderate penalty. */
    ELASTIC_NET(0.01, 0.5),
    /** Elastic net, strong penalty. */
    ELASTIC_NET_STRONG(0.1, 0.5),
    // the grid around the weak penalty (docs/rul.md, "Regularisation grid"): alpha 1e-4..1e-2, l1 ratio 0.1/0.5/0.9
    ELASTIC_NET_A1E4_L10(0.0001, 0.1),
    ELASTIC_NET_A1E4_L50(0.0001, 0.5),
    ELASTIC_NET_A1E4_L90(0.0001, 0.9),
    ELASTIC_NET_A3E4_L10(0.0003, 0.1),
    ELASTIC_NET_A3E4_L50(0.0003, 0.5),
    ELASTIC_NET_A3E4_L90(0.0003, 0.9),
    ELASTIC_NET_A1E3_L10(0.001, 0.1),
    ELASTIC_NET_A1E3_L90(0.001, 0.9),
    ELASTIC_NET_A3E3_L10(0.003, 0.1),
    ELASTIC_NET_A3E3_L50(0.003, 0.5),
    ELASTIC_NET_A3E3_L90(0.003, 0.9),
    ELASTIC_NET_A1E2_L10(0.01, 0.1),
    ELASTIC_NET_A1E2_L90(0.01, 0.9),
    /** Gradient-boosted trees, XGBoost hist (native library; optional at run time). */
    XGBOOST("XGBoost gbtree hist, 200 trees, eta 0.05, depth 4, min child weight 2, subsample 0.8");

    static final int BINS = 32;
    private final String description;
    /** Elastic net penalty and its l1 share; NaN for the other trainers. */
    private final double alpha;
    private final double l1Ratio;

    TrainerKind(String description) {
        this.description = description;
        this.alpha = Double.NaN;
        this.l1Ratio = Double.NaN;
    }

    TrainerKind(double alpha, double l1Ratio) {
        this.description = "elastic net, alpha " + plain(alpha) + ", l1 ratio " + plain(l1Ratio)
                + ", standardised features";
        this.alpha = alpha;
        this.l1Ratio = l1Ratio;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public String description() {
        return description;
    }

    /** True for the elastic nets. */
    public boolean isElasticNet() {
        return !Double.isNaN(alpha);
    }

    /** The elastic net's penalty strength (NaN for the other trainers). */
    public double alpha() {
        return alpha;
    }

    /** The elastic net's l1 share of the penalty (NaN for the other trainers). */
    public double l1Ratio() {
        return l1Ratio;
    }

    /** Command-line name, e.g. elastic-net-weak. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kinds that run without native code. */
    public static List<TrainerKind> pureJava() {
        return java.util.Arrays.stream(values()).filter(k -> k != XGBOOST).toList();
    }

    /**
     * The pure-Java candidates for {@code task}. The elastic-net grid was searched for the early task only
     * (docs/rul.md, "Regularisation grid"); the history task keeps its four candidates, which also keeps its
     * training time (the app's training dialog) and the shipped history model's card as they were.
     */
    public static List<TrainerKind> pureJava(Task task) {
        return task == Task.EARLY ? pureJava()
                : List.of(FOREST, ELASTIC_NET_WEAK, ELASTIC_NET, ELASTIC_NET_STRONG);
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
            case XGBOOST -> {
                // checked here: loading XgboostTrainer itself needs the library
                if (!xgboostAvailable()) {
                    throw new org.evtwin.core.TwinException("trainer xgboost: the XGBoost library"
                            + " (tribuo-regression-xgboost) is not on the class path; use twin.jar or a pure-Java trainer");
                }
                yield XgboostTrainer.create(seed);
            }
            default -> net(alpha, l1Ratio, seed, varying);
        };
    }

    private static Trainer<Regressor> net(double alpha, double l1Ratio, long seed, List<String> varying) {
        Map<String, List<Transformation>> perFeature = new java.util.LinkedHashMap<>();
        varying.forEach(f -> perFeature.put(f, List.of(new MeanStdDevTransformation())));
        return new TransformTrainer<>(new ElasticNetCDTrainer(alpha, l1Ratio, 1e-4, 1000, false, seed),
                new TransformationMap(List.of(), perFeature), true);
    }
}
