package org.evtwin.core.ingest.mqtt;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.LiveSessionRequest;
import org.evtwin.core.store.LiveSessionWriter;
import org.evtwin.core.store.QuarantineEntry;
import org.evtwin.core.store.QuarantineWriter;
import org.evtwin.core.store.WriterStats;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Records into the H2 store: one live session per vehicle (opened with its first accepted message, replayable like
 * any data set) and the quarantine. The store's writers queue and write on their own threads; this class only
 * offers.
 */
public final class StoreRecorder implements LiveRecorder {
    /** Memory the frames queued for one session may take (the queue capacity follows from the cell count). */
    private static final long QUEUE_BYTES = 64L << 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private final DataSetStore store;
    private final String source;
    private final Map<String, LiveSessionWriter> sessions = new ConcurrentHashMap<>();
    private final QuarantineWriter quarantine;

    /** @param source where the data comes from (broker URL and topic filter), stored with each session */
    public StoreRecorder(DataSetStore store, String source) {
        this.store = store;
        this.source = source;
        this.quarantine = store.openQuarantine(10_000);
    }

    @Override
    public boolean offer(TelemetryMessage message, PackFrame frame) {
        LiveSessionWriter w = sessions.computeIfAbsent(message.vehicleId(), v -> open(v, frame.cellCount(),
                message.epochMs()));
        return w.offer(frame);
    }

    private LiveSessionWriter open(String vehicle, int cells, long epochMs) {
        long frameBytes = 64L + 5L * 8 * cells;
        int capacity = (int) Math.max(256, Math.min(200_000, QUEUE_BYTES / frameBytes));
        String name = "MQTT " + vehicle + " " + STAMP.format(Instant.ofEpochMilli(epochMs));
        return store.openLiveSession(new LiveSessionRequest(name, source, vehicle, cells, capacity));
    }

    @Override
    public boolean quarantine(QuarantineEntry entry) {
        return quarantine.offer(entry);
    }

    /** Session data set id per vehicle. */
    public Map<String, Long> sessionIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        sessions.forEach((v, w) -> ids.put(v, w.sessionId()));
        return ids;
    }

    /** Writer counters per vehicle. */
    public Map<String, WriterStats> sessionStats() {
        Map<String, WriterStats> stats = new LinkedHashMap<>();
        sessions.forEach((v, w) -> stats.put(v, w.stats()));
        return stats;
    }

    public WriterStats quarantineStats() {
        return quarantine.stats();
    }

    @Override
    public void close() {
        sessions.values().forEach(LiveSessionWriter::close);
        quarantine.close();
    }
}
