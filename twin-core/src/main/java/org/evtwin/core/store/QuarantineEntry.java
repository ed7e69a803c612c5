package org.evtwin.core.store;

import java.time.Instant;
import java.util.Arrays;

/**
 * A rejected message kept for inspection: when, from where, why, and its raw bytes (capped at
 * {@link #MAX_PAYLOAD_BYTES}; the original size is kept).
 *
 * @param receivedAt   when it arrived
 * @param source       topic or source
 * @param vehicle      vehicle id if known ("" otherwise)
 * @param reason       the rule that failed, with the field ("$.cells.voltage_v: expected 96 values, found 95")
 * @param payload      the raw bytes, at most {@link #MAX_PAYLOAD_BYTES}
 * @param originalSize size of the message before capping [bytes]
 */
public record QuarantineEntry(Instant receivedAt, String source, String vehicle, String reason, byte[] payload,
        int originalSize) {
    /** Payloads are cut to this size (64 KiB). */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    /** Makes an entry from the full message, capping the payload. */
    public static QuarantineEntry of(Instant receivedAt, String source, String vehicle, String reason, byte[] raw) {
        byte[] kept = raw.length > MAX_PAYLOAD_BYTES ? Arrays.copyOf(raw, MAX_PAYLOAD_BYTES) : raw.clone();
        return new QuarantineEntry(receivedAt, source, vehicle, reason, kept, raw.length);
    }

    public QuarantineEntry {
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload over " + MAX_PAYLOAD_BYTES + " bytes: use QuarantineEntry.of");
        }
        vehicle = vehicle == null ? "" : vehicle;
    }
}
