package org.evtwin.core.ingest.csv;

import java.time.Instant;
import java.util.List;
import org.evtwin.core.telemetry.Channel;

/**
 * What an import read.
 *
 * @param file             the file name as given
 * @param encoding         the charset used (from a byte-order mark, the mapping, or UTF-8 by default)
 * @param bom              whether the file started with a byte-order mark
 * @param delimiter        the field delimiter used (given or sniffed)
 * @param decimalSeparator '.' or ',' (given or sniffed)
 * @param channels         the channels of every delivered block, in block order
 * @param rowsAccepted     rows delivered to the block consumer
 * @param rowsRejected     rows rejected (each one went to the reject consumer)
 * @param lines            physical lines read (including header, comments, blank lines)
 * @param bytes            bytes read
 * @param firstTimeS       time of the first accepted row [s] (NaN if none)
 * @param lastTimeS        time of the last accepted row [s] (NaN if none)
 * @param epoch            for absolute times (ISO-8601, date + time): the instant that time 0 stands for, i.e. the
 *                         first accepted row; null when the file's time column is already relative
 * @param elapsedSeconds   wall-clock duration of the import
 */
public record ImportSummary(String file, String encoding, boolean bom, char delimiter, char decimalSeparator,
        List<Channel> channels, long rowsAccepted, long rowsRejected, long lines, long bytes, double firstTimeS,
        double lastTimeS, Instant epoch, double elapsedSeconds) {

    public ImportSummary {
        channels = List.copyOf(channels);
    }

    /** Rows per second over the whole import (accepted + rejected). */
    public double rowsPerSecond() {
        return elapsedSeconds > 0 ? (rowsAccepted + rowsRejected) / elapsedSeconds : Double.NaN;
    }
}
