/**
 * Remaining useful life (RUL) with Tribuo: one generic {@link org.evtwin.core.ml.RulModel} (a Tribuo regressor plus a
 * conformal calibration of its errors and the range of its training inputs), the {@link org.evtwin.core.ml.RulService}
 * the app and the command line call, training with cross-validated trainer choice, progress and cancel.
 *
 * <p>Two tasks share this machinery: {@code history} (remaining cycles to an end-of-life capacity from the trajectory
 * so far, package {@code history}) and {@code early} (cycle life from the first 100 cycles, Severson-style, package
 * {@code early}). Readers of the public ageing data sets are in {@code data}.
 *
 * <p>Why conformal intervals rather than ensemble spread: the spread of a forest says how much its trees disagree, not
 * how wrong the forest is on an unseen cell; residuals of cross-validated predictions on held-out cells measure the
 * latter directly, and one empirical distribution of them gives both the interval and the probability of reaching end
 * of life within N cycles, so the two never contradict each other.
 */
package org.evtwin.core.ml;
