package org.evtwin.core.store;

import java.util.List;

/**
 * What is known about a file before its rows are stored: its provenance and its channels. The SHA-256 is checked
 * against the stored imports before anything is written ({@link DuplicateDataSetException}).
 *
 * @param name             display name (e.g. the file name without extension, or {@code --name})
 * @param originalFileName file name as given by the user (no directories are stored, only the name)
 * @param sizeBytes        file size in bytes
 * @param sha256           SHA-256 of the file's bytes, lower-case hex (see {@link FileDigest})
 * @param format           format name as reported by the reader
 * @param mappingJson      the column mapping used, as JSON ("" when the format needed none)
 * @param channels         channels in the order of the {@code SampleBlock} columns the reader will deliver
 */
public record ImportRequest(String name, String originalFileName, long sizeBytes, String sha256, String format,
        String mappingJson, List<ChannelInfo> channels) {
    public ImportRequest {
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("an import needs at least one channel besides time");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, found " + sha256);
        }
        mappingJson = mappingJson == null ? "" : mappingJson;
    }
}
