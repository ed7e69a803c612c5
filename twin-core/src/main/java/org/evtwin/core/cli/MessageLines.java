package org.evtwin.core.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evtwin.core.ingest.mqtt.TelemetryEncoder;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.telemetry.PackFrame;

/**
 * A stream of default-schema messages as text lines, one message per line (what {@code mosquitto_pub -l} reads),
 * encoded before a measurement starts. Lines are kept in chunks of about 8 MiB so a long stream does not need one
 * array beyond Java's 2 GiB limit.
 *
 * @param chunks the bytes, each chunk ending with a whole line
 * @param lines  number of messages
 * @param bytes  total size including the line ends
 */
record MessageLines(List<byte[]> chunks, long lines, long bytes) {
    private static final int CHUNK = 8 << 20;

    /**
     * {@code n} messages cycling through {@code frames}: sequence numbers {@code seq0, seq0 + 1, …} (distinct, the
     * ingest's de-duplication key) and times {@code epochMs0 + i} ms (distinct, the store's idempotence key).
     *
     * @throws IllegalStateException when the encoder's output holds a line break (it would split the message)
     */
    static MessageLines encode(VehicleSpec vehicle, List<PackFrame> frames, long n, long seq0, long epochMs0) {
        TelemetryEncoder encoder = new TelemetryEncoder(vehicle);
        List<byte[]> chunks = new ArrayList<>();
        byte[] chunk = new byte[CHUNK];
        int used = 0;
        long bytes = 0;
        for (long i = 0; i < n; i++) {
            byte[] m = encoder.encode(frames.get((int) (i % frames.size())), seq0 + i, epochMs0 + i);
            for (byte b : m) {
                if (b == '\n' || b == '\r') {
                    throw new IllegalStateException("message " + i + " contains a line break: it cannot be one line");
                }
            }
            if (used + m.length + 1 > chunk.length) {
                chunks.add(Arrays.copyOf(chunk, used));
                chunk = new byte[Math.max(CHUNK, m.length + 1)];
                used = 0;
            }
            System.arraycopy(m, 0, chunk, used, m.length);
            used += m.length;
            chunk[used++] = '\n';
            bytes += m.length + 1;
        }
        if (used > 0) {
            chunks.add(Arrays.copyOf(chunk, used));
        }
        return new MessageLines(List.copyOf(chunks), n, bytes);
    }
}
