package org.evtwin.core.ingest.mqtt;

import org.evtwin.core.store.QuarantineEntry;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Where the ingest thread hands accepted and rejected messages (in production {@link StoreRecorder}: the H2 store's
 * live-session and quarantine writers). Both calls must return at once: false means "queue full, offer again"; the
 * ingest thread then waits briefly and retries, so nothing is lost and the wait propagates back to the broker.
 */
public interface LiveRecorder extends AutoCloseable {

    /** Records nothing (display only). */
    LiveRecorder NONE = new LiveRecorder() {
        @Override
        public boolean offer(TelemetryMessage message, PackFrame frame) {
            return true;
        }

        @Override
        public boolean quarantine(QuarantineEntry entry) {
            return true;
        }

        @Override
        public void close() {
        }
    };

    /** An accepted message and the frame built from it (the same frame the twin sees). */
    boolean offer(TelemetryMessage message, PackFrame frame);

    /** A rejected message. */
    boolean quarantine(QuarantineEntry entry);

    /** Stores what is queued and closes the sessions. */
    @Override
    void close();
}
