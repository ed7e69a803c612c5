package org.evtwin.core.ingest.mqtt;

import java.time.Duration;

/**
 * Limits every message is held to, besides the schema's physical ranges.
 *
 * @param maxPayloadBytes larger payloads are rejected unread
 * @param maxFutureSkew   how far a timestamp may be ahead of the receiving clock (vehicle clocks drift)
 * @param maxAge          how old a timestamp may be (a persistent session may deliver a backlog after an outage)
 */
public record MessageRules(int maxPayloadBytes, Duration maxFutureSkew, Duration maxAge) {

    /** 1 MiB (a 7,104-cell pack with five quantities per cell is ≈ 0.4 MB), 5 minutes ahead, 7 days old. */
    public static final MessageRules DEFAULTS = new MessageRules(1 << 20, Duration.ofMinutes(5), Duration.ofDays(7));

    public MessageRules {
        if (maxPayloadBytes <= 0 || maxFutureSkew.isNegative() || maxAge.isNegative()) {
            throw new IllegalArgumentException("message limits must be positive");
        }
    }

    /** Checks size before parsing. */
    void checkSize(int bytes) throws RejectedMessageException {
        if (bytes > maxPayloadBytes) {
            throw new RejectedMessageException(RejectReason.OVERSIZED, "payload of " + bytes + " bytes exceeds the "
                    + maxPayloadBytes + "-byte limit");
        }
    }

    /** Checks a timestamp against the receiving clock. */
    void checkTime(long epochMs, long receivedEpochMs) throws RejectedMessageException {
        long ahead = epochMs - receivedEpochMs;
        if (ahead > maxFutureSkew.toMillis()) {
            throw new RejectedMessageException(RejectReason.TIME_IN_FUTURE, "$.timeMs: " + epochMs + " is " + ahead
                    + " ms ahead of the receiving clock (limit " + maxFutureSkew.toMillis() + " ms)");
        }
        if (-ahead > maxAge.toMillis()) {
            throw new RejectedMessageException(RejectReason.TIME_TOO_OLD, "$.timeMs: " + epochMs + " is " + (-ahead)
                    + " ms older than the receiving clock (limit " + maxAge.toMillis() + " ms)");
        }
    }
}
