package org.evtwin.core.replay;

/**
 * Running statistics of one residual signal over the samples compared so far (since the replay window's start; see
 * {@link ReplayEngine}).
 *
 * @param signal  which residual
 * @param samples number of compared values (per-cell signals: cells × samples where measured)
 * @param rmse    root mean square of measured − model [signal unit], NaN with no samples
 * @param maxAbs  largest |measured − model| [signal unit], NaN with no samples
 * @param mean    mean of measured − model (the bias) [signal unit], NaN with no samples
 */
public record ResidualSummary(ResidualSignal signal, long samples, double rmse, double maxAbs, double mean) {
}
