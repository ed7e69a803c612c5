package org.evtwin.core.ml;

import java.util.List;
import org.evtwin.core.ml.early.EarlyFeatures;
import org.evtwin.core.ml.history.HistoryFeatures;

/**
 * The two prediction tasks: their features, how the target is learnt, and the offset of the error normalisation.
 * Cycle lives span an order of magnitude (148 to 2237 in Severson's cells), so the early task learns log10(life),
 * as the paper does; remaining cycles reach 0, so the history task learns cycles directly.
 */
public enum Task {
    /** Remaining cycles to the end-of-life capacity, from the trajectory so far. */
    HISTORY(HistoryFeatures.NAMES, false, 10.0),
    /** Cycle life from the first 100 cycles' Q(V) curves. */
    EARLY(EarlyFeatures.NAMES, true, 0.0);

    private final List<String> features;
    private final boolean logTarget;
    private final double scaleCycles;

    Task(List<String> features, boolean logTarget, double scaleCycles) {
        this.features = features;
        this.logTarget = logTarget;
        this.scaleCycles = scaleCycles;
    }

    public List<String> features() {
        return features;
    }

    public double scaleCycles() {
        return scaleCycles;
    }

    /** Cycles to the value the regressor learns. */
    double toTarget(double cycles) {
        return logTarget ? Math.log10(Math.max(cycles, 1.0)) : cycles;
    }

    /** The regressor's output back to cycles. */
    double toCycles(double target) {
        return logTarget ? Math.pow(10, target) : target;
    }

    /** Command-line name. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
