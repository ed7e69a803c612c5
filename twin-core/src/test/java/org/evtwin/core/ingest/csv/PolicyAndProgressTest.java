package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STOP and SKIP policies, the skip limit, cancel, progress and block reuse. */
class PolicyAndProgressTest {
    private static final String THREE_BAD = "time_s,voltage,current\n0,3.7,1\n1,x,1\n2,3.7,1\n3,y,1\n4,3.7,z\n";

    private static Path rows(Path dir, String name, int n) throws IOException {
        StringBuilder b = new StringBuilder("time_s,voltage,current\n");
        for (int i = 0; i < n; i++) {
            b.append(i).append(",3.").append(i % 10).append(",").append(i % 7 - 3).append('\n');
        }
        return Harness.write(dir, name, b.toString());
    }

    @Test
    void stopFailsAtTheFirstRejectAndDeliversIt(@TempDir Path dir) throws IOException {
        Harness h = Harness.run(Harness.write(dir, "bad.csv", THREE_BAD), Harness.simple(),
                ImportPolicy.stopAtFirstError());
        assertEquals("bad.csv:3: column 'voltage': \"x\" is not a number (policy: stop at the first error)",
                h.failureMessage());
        assertEquals(List.of("bad.csv:3: column 'voltage': \"x\" is not a number"), h.messages());
        assertEquals(1, h.failure.partial().rowsAccepted());
        assertEquals(1, h.failure.partial().rowsRejected());
        assertNull(h.summary);
    }

    @Test
    void skipReportsAllWithinTheLimit(@TempDir Path dir) throws IOException {
        Harness h = Harness.run(Harness.write(dir, "bad.csv", THREE_BAD), Harness.simple(), ImportPolicy.skipUpTo(3));
        assertNull(h.failure, h.failureMessage());
        assertEquals(3, h.rejects.size());
        assertEquals(2, h.summary.rowsAccepted());
        assertEquals("bad.csv:6: column 'current': \"z\" is not a number", h.rejects.get(2).message());
    }

    @Test
    void skipFailsBeyondTheLimit(@TempDir Path dir) throws IOException {
        Harness h = Harness.run(Harness.write(dir, "bad.csv", THREE_BAD), Harness.simple(), ImportPolicy.skipUpTo(2));
        assertEquals("bad.csv: more than 2 rows rejected (the skip limit); the last: bad.csv:6: column 'current': "
                + "\"z\" is not a number", h.failureMessage());
        assertEquals(3, h.rejects.size());
    }

    @Test
    void blocksAreFullAndReused(@TempDir Path dir) throws IOException {
        Harness h = Harness.run(rows(dir, "big.csv", 10_000), Harness.simple(), ImportPolicy.stopAtFirstError());
        assertEquals(List.of(4096, 4096, 1808), h.blocks.stream().map(b -> b.size()).toList());
        assertEquals(List.of(4096, 4096, 4096), h.capacities);
        assertEquals(10_000, h.summary.rowsAccepted());
        assertEquals(9999.0, h.summary.lastTimeS());
        assertEquals(3.9, h.blocks.get(2).value(1807, 0), 0.0);
        assertEquals(10_001, h.blocks.get(2).sourceLine(1807));
    }

    @Test
    void progressEndsWithTheWholeFile(@TempDir Path dir) throws IOException {
        Path f = rows(dir, "p.csv", 3000);
        Harness h = Harness.run(f, Harness.simple(), ImportPolicy.stopAtFirstError());
        ImportProgress last = h.progress.get(h.progress.size() - 1);
        assertEquals(Files.size(f), last.bytesRead());
        assertEquals(Files.size(f), last.totalBytes());
        assertEquals(3000, last.rowsAccepted());
        assertEquals(1.0, last.fraction());
        assertEquals(0.0, last.secondsLeft());
        assertTrue(last.rowsPerSecond() > 0, "rows/s " + last.rowsPerSecond());
    }

    @Test
    void cancelStopsPromptlyWithItsOwnException(@TempDir Path dir) throws IOException {
        Path f = rows(dir, "big.csv", 20_000);
        Cancellation cancel = new Cancellation();
        List<Integer> sizes = new ArrayList<>();
        ImportFailedException e = null;
        try {
            CsvImporter.run(f, Harness.simple(), ImportPolicy.stopAtFirstError(), b -> {
                sizes.add(b.size());
                cancel.cancel();
            }, RejectConsumer.ignore(), ProgressListener.none(), cancel);
        } catch (ImportFailedException x) {
            e = x;
        }
        assertInstanceOf(ImportCancelledException.class, e);
        // the first block fills at line 4097; the flag is next looked at on the 4352nd record
        assertEquals("big.csv: import cancelled at line 4352 (4350 rows read, nothing kept)", e.getMessage());
        assertEquals(List.of(4096), sizes);
        assertEquals(4350, e.partial().rowsAccepted());
    }
}
