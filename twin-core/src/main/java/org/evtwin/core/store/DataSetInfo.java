package org.evtwin.core.store;

import java.time.Instant;
import java.util.List;

/**
 * A stored data set and its provenance, as listed by {@code twin datasets} and shown by the workstation.
 *
 * @param id            store id (stable; used by replay, export and delete)
 * @param name          display name (defaults to the file name or the session's topic)
 * @param kind          import or live session
 * @param state         see {@link DataSetState}
 * @param sourceName    original file name (imports) or topic / source (live sessions)
 * @param sourceBytes   size of the original file in bytes (-1 for live sessions)
 * @param sha256        SHA-256 of the original file, lower-case hex ("" for live sessions)
 * @param format        source format as named by the reader ("telemetry-csv", "nasa-csv", "mapped-csv", "mqtt-json"…)
 * @param mappingJson   the column mapping used, as JSON ("" when none was needed)
 * @param createdAt     when the import started / the session was opened
 * @param completedAt   when the import committed / the session was closed (null while recording)
 * @param acceptedRows  rows (frames) stored
 * @param rejectedRows  rows (messages) rejected by validation; see {@code rejects(id)} for imports
 * @param duplicateRows rows not stored because their time key was already stored (live sessions)
 * @param firstTimeS    time of the first stored sample [s] (NaN when empty)
 * @param lastTimeS     time of the last stored sample [s] (NaN when empty)
 * @param vehicle       vehicle id of a live session ("" for imports)
 * @param channels      the channels, in index order
 */
public record DataSetInfo(long id, String name, DataSetKind kind, DataSetState state, String sourceName,
        long sourceBytes, String sha256, String format, String mappingJson, Instant createdAt, Instant completedAt,
        long acceptedRows, long rejectedRows, long duplicateRows, double firstTimeS, double lastTimeS, String vehicle,
        List<ChannelInfo> channels) {
    public DataSetInfo {
        channels = List.copyOf(channels);
    }

    /** The core channels in index order (the columns of the {@code SampleBlock}s read back). */
    public List<org.evtwin.core.telemetry.Channel> coreChannels() {
        return channels.stream().map(ChannelInfo::channel).toList();
    }
}
