package org.evtwin.app.rul;

import java.util.Locale;
import org.evtwin.core.ml.Calibration;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.history.HistoryFeatures;

/** How a RUL answer reads: a number with its interval and the failure probability, or the reason there is none. */
public final class RulText {
    /** The horizon of the failure probability shown to users [cycles]. */
    public static final int HORIZON_CYCLES = 100;

    private RulText() {
    }

    /** "312 cycles (90 % interval 250–380); P(end of life within 100 cycles) 3 %", or the status and reason. */
    public static String describe(RulEstimate e) {
        return switch (e.status()) {
            case OK -> String.format(Locale.ROOT, "%.0f cycles (%.0f %% interval %.0f–%.0f); P(end of life within"
                    + " %d cycles) %.0f %%", e.cycles(), 100 * Calibration.LEVEL, e.lower(), e.upper(),
                    HORIZON_CYCLES, 100 * e.probabilityEolWithin(HORIZON_CYCLES));
            case END_OF_LIFE_REACHED -> "end of life reached: " + e.reason();
            case NOT_ENOUGH_HISTORY -> "not enough history yet: " + e.reason();
            case OUTSIDE_DOMAIN -> "outside the model's training domain: " + e.reason();
            case INVALID_INPUT -> "no prediction: " + e.reason();
        };
    }

    /**
     * A few words for a gauge: "312 cycles", "end of life", "too little history (needs 10 cycles)", "outside model
     * domain".
     */
    public static String brief(RulEstimate e) {
        return switch (e.status()) {
            case OK -> String.format(Locale.ROOT, "%.0f cycles", e.cycles());
            case END_OF_LIFE_REACHED -> "end of life";
            case NOT_ENOUGH_HISTORY -> "too little history (needs " + HistoryFeatures.MIN_CYCLES + " cycles)";
            case OUTSIDE_DOMAIN -> "outside model domain";
            case INVALID_INPUT -> "no prediction";
        };
    }
}
