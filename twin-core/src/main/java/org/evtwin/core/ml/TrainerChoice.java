package org.evtwin.core.ml;

import java.util.Map;

/**
 * The rule that picks a trainer from the candidates' cross-validated RMSE (docs/rul.md, "Regularisation grid"): the
 * lowest criterion wins, except that among the candidates within {@value #TIE_CYCLES} cycles of it the elastic net
 * with the strongest penalty (largest alpha, then largest l1 ratio) is preferred, a simpler model at no measurable
 * cost; a pure-Java trainer is kept when it is within a tolerance of a native winner.
 */
public final class TrainerChoice {
    /** Criterion differences up to this [cycles] are ties: the repeated CV's spread is several cycles. */
    static final double TIE_CYCLES = 1.0;

    private TrainerChoice() {
    }

    /**
     * @param criterion         per candidate, the figure to minimise [cycles]
     * @param pureJavaTolerance fraction by which a pure-Java trainer may trail the chosen native one and still be kept
     */
    public static TrainerKind choose(Map<TrainerKind, Double> criterion, double pureJavaTolerance) {
        // a candidate without a finite figure (a fold that failed to fit) can never be chosen
        criterion = criterion.entrySet().stream().filter(e -> Double.isFinite(e.getValue()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        if (criterion.isEmpty()) {
            throw new IllegalArgumentException("no trainer has a finite cross-validated error to choose by");
        }
        TrainerKind best = lowest(criterion, false);
        TrainerKind bestPure = lowest(criterion, true);
        if (bestPure != null && bestPure != best
                && criterion.get(bestPure) <= (1 + pureJavaTolerance) * criterion.get(best)) {
            best = bestPure;
        }
        double limit = criterion.get(best) + TIE_CYCLES;
        TrainerKind simplest = null;
        for (var e : criterion.entrySet()) {
            TrainerKind k = e.getKey();
            if (k.isElasticNet() && e.getValue() <= limit && (simplest == null || stronger(k, simplest))) {
                simplest = k;
            }
        }
        return simplest != null ? simplest : best;
    }

    /** The rule in words, for the model card and the provenance. */
    static String describe(String criterion, double pureJavaTolerance) {
        return "lowest " + criterion + "; pure-Java trainer kept when within " + Math.round(100 * pureJavaTolerance)
                + " % of the best; within " + (int) TIE_CYCLES + " cycle of it the elastic net with the largest alpha"
                + " (then l1 ratio) wins";
    }

    private static TrainerKind lowest(Map<TrainerKind, Double> criterion, boolean pureJavaOnly) {
        TrainerKind best = null;
        for (var e : criterion.entrySet()) {
            if ((!pureJavaOnly || TrainerKind.pureJava().contains(e.getKey()))
                    && (best == null || e.getValue() < criterion.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean stronger(TrainerKind a, TrainerKind b) {
        return a.alpha() > b.alpha() || (a.alpha() == b.alpha() && a.l1Ratio() > b.l1Ratio());
    }
}
