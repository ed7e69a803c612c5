package org.evtwin.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evtwin.core.TwinException;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetImportTest {
    private static final List<Channel> CH = StoreFixture.threeChannels();

    @Test
    void committedImportReadsBackBitForBitFromAnyTime(@TempDir Path dir) {
        try (DataSetStore store = DataSetStore.open(StoreFixture.location(dir))) {
            DataSetInfo info;
            try (DataSetImport imp = store.beginImport(StoreFixture.request("a.csv", StoreFixture.sha(1), CH))) {
                imp.append(StoreFixture.rows(CH, 0, 3000));
                imp.append(StoreFixture.rows(CH, 3000, 10_001));
                imp.reject(new RejectRecord(17, "voltage", "abc", "NOT_A_NUMBER: \"abc\" is not a number"));
                info = imp.commit(1);
            }
            assertEquals(DataSetState.COMPLETE, info.state());
            assertEquals(10_001, info.acceptedRows());
            assertEquals(1, info.rejectedRows());
            assertEquals(0.0, info.firstTimeS());
            assertEquals(5000.0, info.lastTimeS());
            assertEquals(CH, info.coreChannels());
            assertEquals(List.of(new RejectRecord(17, "voltage", "abc", "NOT_A_NUMBER: \"abc\" is not a number")),
                    store.rejects(info.id(), 10));
            assertRows(store, info.id(), -1, 0);
            assertRows(store, info.id(), 2500.25, 5001);   // seek into the second stored block
            try (SampleCursor c = store.openSamples(info.id(), 5000.5)) {
                assertNull(c.next(), "nothing after the last sample");
            }
        }
    }

    private static void assertRows(DataSetStore store, long id, double from, int firstRow) {
        int i = firstRow;
        try (SampleCursor c = store.openSamples(id, from)) {
            for (SampleBlock b; (b = c.next()) != null; ) {
                for (int r = 0; r < b.size(); r++, i++) {
                    SampleBlock expected = StoreFixture.rows(CH, i, i + 1);
                    assertEquals(Double.doubleToRawLongBits(expected.timeS(0)), Double.doubleToRawLongBits(b.timeS(r)));
                    for (int ch = 0; ch < CH.size(); ch++) {
                        assertEquals(Double.doubleToRawLongBits(expected.value(0, ch)),
                                Double.doubleToRawLongBits(b.value(r, ch)), "row " + i + " channel " + ch);
                    }
                }
            }
        }
        assertEquals(10_001, i, "all rows read");
    }

    @Test
    void decreasingTimeFailsNamingTheLineAndLeavesTheDatabaseUnchanged(@TempDir Path dir) throws Exception {
        DatabaseLocation where = StoreFixture.location(dir);
        try (DataSetStore store = DataSetStore.open(where)) {
            Map<String, String> before = StoreFixture.fingerprint(where);
            SampleBlock good = StoreFixture.rows(CH, 0, 5000);
            SampleBlock bad = new SampleBlock(CH, 5001);
            for (int r = 0; r < 5000; r++) {
                bad.addRow(good.timeS(r), good.sourceLine(r));
            }
            bad.addRow(1.0, 5002);
            TwinException e;
            try (DataSetImport imp = store.beginImport(StoreFixture.request("b.csv", StoreFixture.sha(2), CH))) {
                e = assertThrows(TwinException.class, () -> imp.append(bad));
            }
            assertEquals("b.csv: line 5002: time must not decrease (1.0 s after 2499.5 s)", e.getMessage());
            assertEquals(before, StoreFixture.fingerprint(where));
            assertEquals(List.of(), store.list());
        }
    }

    @Test
    void abortAndCancelLeaveNothing(@TempDir Path dir) throws Exception {
        DatabaseLocation where = StoreFixture.location(dir);
        try (DataSetStore store = DataSetStore.open(where)) {
            Map<String, String> before = StoreFixture.fingerprint(where);
            try (DataSetImport imp = store.beginImport(StoreFixture.request("c.csv", StoreFixture.sha(3), CH))) {
                imp.append(StoreFixture.rows(CH, 0, 9000));
                imp.abort();
            }
            assertEquals(before, StoreFixture.fingerprint(where));
            ImportCancelledException e;
            try (DataSetImport imp = store.beginImport(StoreFixture.request("c.csv", StoreFixture.sha(3), CH))) {
                imp.append(StoreFixture.rows(CH, 0, 9000));
                imp.cancel();
                e = assertThrows(ImportCancelledException.class, () -> imp.append(StoreFixture.rows(CH, 9000, 9100)));
            }
            assertEquals("c.csv: import cancelled, nothing was stored", e.getMessage());
            assertEquals(before, StoreFixture.fingerprint(where));
        }
    }

    @Test
    void sameFileTwiceIsRecognisedAndNotStoredAgain(@TempDir Path dir) throws Exception {
        DatabaseLocation where = StoreFixture.location(dir);
        try (DataSetStore store = DataSetStore.open(where)) {
            DataSetInfo first;
            try (DataSetImport imp = store.beginImport(StoreFixture.request("d.csv", StoreFixture.sha(4), CH))) {
                imp.append(StoreFixture.rows(CH, 0, 100));
                first = imp.commit(0);
            }
            Map<String, String> before = StoreFixture.fingerprint(where);
            DuplicateDataSetException e = assertThrows(DuplicateDataSetException.class,
                    () -> store.beginImport(StoreFixture.request("d-copy.csv", StoreFixture.sha(4), CH)));
            assertEquals(first.id(), e.existing().id());
            assertTrue(e.getMessage().startsWith("d-copy.csv: already imported as data set " + first.id()
                    + " \"d.csv\" on "), e.getMessage());
            assertEquals(before, StoreFixture.fingerprint(where));
        }
    }

    @Test
    void deleteRemovesEveryRowOfTheDataSet(@TempDir Path dir) throws Exception {
        DatabaseLocation where = StoreFixture.location(dir);
        try (DataSetStore store = DataSetStore.open(where)) {
            Map<String, String> empty = StoreFixture.fingerprint(where);
            long id;
            try (DataSetImport imp = store.beginImport(StoreFixture.request("e.csv", StoreFixture.sha(5), CH))) {
                imp.append(StoreFixture.rows(CH, 0, 20_000));
                imp.reject(new RejectRecord(3, "", "", "MISSING_COLUMNS: 2 fields, expected 4"));
                id = imp.commit(1).id();
            }
            assertTrue(StoreFixture.count(where, "history_tier") > 0, "tiers were built");
            assertTrue(store.delete(id));
            assertFalse(store.delete(id));
            assertEquals(empty, StoreFixture.fingerprint(where));
        }
    }

    @Test
    void bytesEncodeDoublesExactly() {
        double[] v = {0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.NEGATIVE_INFINITY, 1.0 / 3};
        assertArrayEquals(v, BlockCodec.decode(BlockCodec.encode(v, v.length)));
    }
}
