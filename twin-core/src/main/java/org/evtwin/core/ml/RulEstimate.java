package org.evtwin.core.ml;

/**
 * One RUL answer. For {@link RulStatus#OK} the cycles and the interval are set; otherwise they are NaN and the reason
 * says why (END_OF_LIFE_REACHED has cycles 0).
 *
 * @param status      what the answer is
 * @param cycles      predicted remaining cycles (history task) or cycle life (early task)
 * @param lower       lower end of the {@link Calibration#LEVEL} interval [cycles]
 * @param upper       upper end [cycles]
 * @param reason      "" for OK, else a sentence a user can act on
 * @param calibration the error distribution the interval came from (null when there is no number)
 */
public record RulEstimate(RulStatus status, double cycles, double lower, double upper, String reason,
        Calibration calibration) {

    static RulEstimate of(double cycles, Calibration c) {
        double[] iv = c.interval(cycles);
        return new RulEstimate(RulStatus.OK, Math.max(0, cycles), iv[0], iv[1], "", c);
    }

    static RulEstimate none(RulStatus status, String reason) {
        double v = status == RulStatus.END_OF_LIFE_REACHED ? 0 : Double.NaN;
        return new RulEstimate(status, v, v, v, reason, null);
    }

    public boolean ok() {
        return status == RulStatus.OK;
    }

    /**
     * Probability of reaching end of life within {@code n} more cycles, from the same error distribution as the
     * interval: 1 if end of life is already reached, NaN when there is no prediction.
     */
    public double probabilityEolWithin(double n) {
        if (status == RulStatus.END_OF_LIFE_REACHED) {
            return 1.0;
        }
        return ok() ? calibration.probabilityAtMost(cycles, n) : Double.NaN;
    }
}
