package org.evtwin.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.PackFrame;
import org.evtwin.core.telemetry.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live sessions: idempotent by frame time, every value back, interrupted sessions closed on open; quarantine. */
class LiveSessionTest {
    private static final int CELLS = 3;

    static PackFrame frame(double t) {
        double[] v = new double[CELLS];
        double[] i = new double[CELLS];
        double[] temp = new double[CELLS];
        double[] soc = new double[CELLS];
        double[] soh = new double[CELLS];
        for (int k = 0; k < CELLS; k++) {
            v[k] = 3.6 + 0.001 * k + 1e-6 * t;
            i[k] = 10 + k;
            temp[k] = 25 + 0.01 * t + k;
            soc[k] = 0.9 - 1e-5 * t;
            soh[k] = 0.97 - 0.01 * k;
        }
        return new PackFrame(t, 30, 3 * 3.6, 0.9 - 1e-5 * t, "NONE", v, i, temp, soc, soh);
    }

    @org.junit.jupiter.api.AfterEach
    void defaultReorderWindow() {
        LiveSession.reorderMs = 15_000;
    }

    @Test
    void redeliveredFramesAreCountedNotStoredTwiceAndEveryValueReadsBack(@TempDir Path dir) throws Exception {
        LiveSession.reorderMs = 0;   // every frame released at once: a frame older than the newest is out of order
        DatabaseLocation where = StoreFixture.location(dir);
        try (DataSetStore store = DataSetStore.open(where)) {
            LiveSessionWriter w = store.openLiveSession(new LiveSessionRequest("bench run", "ev/car-7/battery/telemetry",
                    "car-7", CELLS, 100_000));
            for (int t = 0; t < 10_000; t++) {
                assertTrue(w.offer(frame(t)));
                if (t % 1000 == 999) {
                    for (int d = t - 20; d <= t; d++) {
                        w.offer(frame(d));   // QoS 1 redelivery of the last 21 messages
                    }
                }
            }
            w.offer(frame(-5));                        // older than anything recent: out of order
            w.offer(new PackFrame(20_000, 1, 1, 1, "NONE", new double[2], new double[2], new double[2],
                    new double[2], new double[2]));   // wrong cell count
            w.close();
            WriterStats s = w.stats();
            assertEquals(10_000 + 10 * 21 + 2, s.offered());
            assertEquals(10_000, s.written());
            assertEquals(210, s.duplicates());
            assertEquals(1, s.outOfOrder());
            assertEquals(1, s.rejected());
            assertEquals(0, s.dropped());
            assertEquals(0, s.failures(), s.lastError());

            DataSetInfo info = store.find(w.sessionId()).orElseThrow();
            assertEquals(DataSetKind.LIVE, info.kind());
            assertEquals(DataSetState.CLOSED, info.state());
            assertEquals(10_000, info.acceptedRows());
            assertEquals(210, info.duplicateRows());
            assertEquals("ev/car-7/battery/telemetry", info.sourceName());
            assertEquals("car-7", info.vehicle());
            assertEquals(4 + 5 * CELLS, info.channels().size());
            List<double[]> rows = RealFilesTest.readAll(store, info.id());
            assertEquals(10_000, rows.size());
            List<Channel> ch = info.coreChannels();
            for (int t = 0; t < 10_000; t += 997) {
                PackFrame f = frame(t);
                double[] r = rows.get(t);
                assertEquals(t, r[0]);
                assertEquals(f.packVoltageV(), r[1 + ch.indexOf(Channel.pack(Signal.PACK_VOLTAGE_V))]);
                for (int k = 0; k < CELLS; k++) {
                    assertEquals(f.cellVoltageV()[k], r[1 + ch.indexOf(Channel.cell(Signal.CELL_VOLTAGE_V, k))]);
                    assertEquals(f.cellSoh()[k], r[1 + ch.indexOf(Channel.cell(Signal.CELL_SOH, k))]);
                }
            }
            HistoryBucket all = store.history(info.id(), Channel.cell(Signal.CELL_TEMPERATURE_C, 2), 0, 10_000, 1)
                    .get(0);
            assertEquals(10_000, all.count());
            assertEquals(27.0, all.min(), 1e-12);
            assertEquals(25 + 0.01 * 9999 + 2, all.max(), 1e-12);
        }
    }

    @Test
    void sessionLeftRecordingByADeadProcessIsClosedAsInterruptedOnOpen(@TempDir Path dir) throws Exception {
        DatabaseLocation where = StoreFixture.location(dir);
        long id;
        try (DataSetStore store = DataSetStore.open(where)) {
            LiveSessionWriter w = store.openLiveSession(new LiveSessionRequest("x", "t", "", CELLS, 1000));
            for (int t = 0; t < 500; t++) {
                w.offer(frame(t));
            }
            w.close();
            id = w.sessionId();
        }
        // What a process killed while recording leaves behind: committed blocks, state RECORDING, no tiers yet.
        try (Connection c = DriverManager.getConnection(where.jdbcUrl());
                PreparedStatement ps = c.prepareStatement("UPDATE dataset SET state = 'RECORDING', tier_base_s = NULL,"
                        + " accepted_rows = 0 WHERE id = ?");
                PreparedStatement del = c.prepareStatement("DELETE FROM history_tier WHERE dataset_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
            del.setLong(1, id);
            del.executeUpdate();
        }
        try (DataSetStore store = DataSetStore.open(where)) {
            DataSetInfo info = store.find(id).orElseThrow();
            assertEquals(DataSetState.INTERRUPTED, info.state());
            assertEquals(500, info.acceptedRows());
            assertEquals(499.0, info.lastTimeS());
            assertTrue(StoreFixture.count(where, "history_tier") > 0, "tiers rebuilt from the stored blocks");
        }
    }

    @Test
    void quarantineKeepsReasonAndPayloadCappedAt64KiB(@TempDir Path dir) {
        try (DataSetStore store = DataSetStore.open(StoreFixture.location(dir))) {
            byte[] huge = new byte[100_000];
            Arrays.fill(huge, (byte) '7');
            byte[] small = "{\"schema\":\"evtwin.telemetry/1\",\"t\":\"oops\"}".getBytes(StandardCharsets.UTF_8);
            Instant now = Instant.parse("2026-11-22T09:00:00Z");
            try (QuarantineWriter q = store.openQuarantine(100)) {
                assertTrue(q.offer(QuarantineEntry.of(now, "ev/car-7/battery/telemetry", "car-7",
                        "$.t: expected a number, found \"oops\"", small)));
                assertTrue(q.offer(QuarantineEntry.of(now.plusSeconds(1), "ev/car-7/battery/telemetry", "car-7",
                        "payload larger than 65536 bytes", huge)));
            }
            List<QuarantineRecord> kept = store.quarantined(10);
            assertEquals(2, kept.size());
            QuarantineEntry newest = kept.get(0).entry();
            assertEquals(100_000, newest.originalSize());
            assertEquals(QuarantineEntry.MAX_PAYLOAD_BYTES, newest.payload().length);
            QuarantineEntry first = kept.get(1).entry();
            assertEquals("$.t: expected a number, found \"oops\"", first.reason());
            assertArrayEquals(small, first.payload());
            assertEquals(now, first.receivedAt());
            assertEquals("car-7", first.vehicle());
        }
    }

    @Test
    void aLateRedeliveryWithinTheReorderWindowIsStoredInTimeOrder(@TempDir Path dir) throws Exception {
        LiveSession.reorderMs = 60_000;   // nothing is released before close
        try (DataSetStore store = DataSetStore.open(StoreFixture.location(dir))) {
            LiveSessionWriter w = store.openLiveSession(new LiveSessionRequest("late", "ev/car-8/battery/telemetry",
                    "car-8", CELLS, 1_000));
            for (int t = 0; t < 100; t++) {
                assertTrue(w.offer(frame(t)));
            }
            assertTrue(w.offer(frame(50.5)));   // QoS 1 re-sent it after a lost acknowledgement: it comes late
            assertTrue(w.offer(frame(50.5)));   // and once more
            w.close();
            WriterStats s = w.stats();
            assertEquals(101, s.written());
            assertEquals(1, s.duplicates());
            assertEquals(0, s.outOfOrder());
            List<double[]> rows = RealFilesTest.readAll(store, w.sessionId());
            assertEquals(101, rows.size());
            for (int k = 1; k < rows.size(); k++) {
                assertTrue(rows.get(k)[0] > rows.get(k - 1)[0], "time order at row " + k);
            }
            assertEquals(50.5, rows.get(51)[0]);
            assertEquals(frame(50.5).cellVoltageV()[1],
                    rows.get(51)[1 + store.find(w.sessionId()).orElseThrow().coreChannels()
                            .indexOf(Channel.cell(Signal.CELL_VOLTAGE_V, 1))]);
        } finally {
            LiveSession.reorderMs = 15_000;
        }
    }
}
