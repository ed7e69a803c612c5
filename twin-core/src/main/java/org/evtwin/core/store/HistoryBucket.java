package org.evtwin.core.store;

/**
 * One point of a downsampled history: the samples of one channel with {@code startS <= t < endS}.
 *
 * @param startS start of the bucket [s]
 * @param endS   end of the bucket [s] (exclusive)
 * @param min    smallest value in the bucket
 * @param mean   arithmetic mean of the values in the bucket
 * @param max    largest value in the bucket
 * @param count  number of samples aggregated (NaN samples are not counted)
 */
public record HistoryBucket(double startS, double endS, double min, double mean, double max, long count) {
}
