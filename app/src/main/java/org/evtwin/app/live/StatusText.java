package org.evtwin.app.live;

import java.util.List;
import java.util.Locale;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.ingest.mqtt.LiveStatus;

/** How the live status reads on the panel: the chip's words and every number with its unit. */
final class StatusText {
    private StatusText() {
    }

    /**
     * The chip: the state in a few words.
     *
     * @param reconnectingForS seconds since the connection was lost (used when reconnecting)
     */
    static String chip(ConnectionState state, double reconnectingForS) {
        return switch (state) {
            case DISCONNECTED -> "Disconnected";
            case CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected";
            case RECONNECTING -> String.format(Locale.ROOT, "Reconnecting (for %.0f s)", reconnectingForS);
            case FAILED -> "Failed";
        };
    }

    /** CSS class of the chip for a state ({@code live-chip-connected}, …). */
    static String chipClass(ConnectionState state) {
        return "live-chip-" + state.name().toLowerCase(Locale.ROOT);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.1f msg/s", perSecond);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d msg", n);
    }

    static String latency(double p50Ms, double p99Ms, int samples) {
        if (samples == 0) {
            return "no frame on screen yet";
        }
        return String.format(Locale.ROOT, "p50 %.1f ms · p99 %.1f ms · n %d", p50Ms, p99Ms, samples);
    }

    /** Which listed vehicles have sent messages. */
    static String seen(List<String> seenListed, int listed) {
        return seenListed.isEmpty() ? "No listed vehicle has sent a message yet." : String.format(Locale.ROOT,
                "Sending: %s (%d of %d listed)", String.join(", ", seenListed), seenListed.size(), listed);
    }

    /** Duplicates and ignored messages in one line, and the messages that could not be handed on, with why. */
    static String extra(LiveStatus s) {
        String line = String.format(Locale.ROOT, "%,d duplicate(s) skipped · %,d msg of unwatched vehicles",
                s.duplicates(), s.ignored());
        return s.failed() == 0 ? line : line + String.format(Locale.ROOT, " · %,d msg not recorded: %s", s.failed(),
                s.lastFailure());
    }

    /** Vehicles on the topic that are not listed: the first few by name, the rest counted. */
    static String unlisted(List<String> ids, long beyondLimit) {
        if (ids.isEmpty()) {
            return "";
        }
        int shown = Math.min(ids.size(), MAX_NAMED);
        String names = String.join(", ", ids.subList(0, shown));
        int more = ids.size() - shown;
        String rest = (more == 0 ? "" : String.format(Locale.ROOT, " and %,d more", more))
                + (beyondLimit == 0 ? "" : String.format(Locale.ROOT, " (and %,d msg from further ids, not kept)",
                        beyondLimit));
        return "Seen on the topic but not listed (quarantined as unknown): " + names + rest;
    }

    /** Names listed in a status line before the rest is only counted. */
    static final int MAX_NAMED = 12;
}
