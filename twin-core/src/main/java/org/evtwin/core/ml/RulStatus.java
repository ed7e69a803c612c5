package org.evtwin.core.ml;

/** What a RUL answer is: a number, or why there is none. */
public enum RulStatus {
    /** A prediction with its interval. */
    OK,
    /** The capacity is already below the end-of-life threshold: 0 cycles remain. */
    END_OF_LIFE_REACHED,
    /** Too few cycles recorded to compute the features. */
    NOT_ENOUGH_HISTORY,
    /** The trajectory is unlike anything the model was trained on. */
    OUTSIDE_DOMAIN,
    /** The input itself is unusable (NaN, missing values); the reason says which. */
    INVALID_INPUT
}
