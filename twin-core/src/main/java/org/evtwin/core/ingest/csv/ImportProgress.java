package org.evtwin.core.ingest.csv;

/**
 * A snapshot of a running import.
 *
 * @param bytesRead         bytes of the file read so far
 * @param totalBytes        file size in bytes (-1 when unknown)
 * @param rowsAccepted      rows delivered or about to be delivered in a block
 * @param rowsRejected      rows rejected so far
 * @param rowsPerSecond     rows (accepted + rejected) per second since the start
 * @param secondsLeft       estimated time to the end from the byte rate so far (NaN while unknown)
 */
public record ImportProgress(long bytesRead, long totalBytes, long rowsAccepted, long rowsRejected,
        double rowsPerSecond, double secondsLeft) {

    /** Fraction of the file read, 0–1 (NaN when the size is unknown). */
    public double fraction() {
        return totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : Double.NaN;
    }
}
