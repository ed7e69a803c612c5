package org.evtwin.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM in the middle of an import (after it reported at least 16,384 rows read and stored in blocks; the
 * child then holds inside its transaction, so the kill cannot come too late on a fast machine) and checks that the
 * reopened database holds no trace of it and still works: H2 rolls the uncommitted transaction back.
 */
class ImportKillTest {
    private static final int ROWS = (int) ImportKillChild.ROWS_IN_FILE;
    private static final long KILL_AFTER_ROWS = ImportKillChild.HOLD_AFTER_ROWS;

    @Test
    void killedImportLeavesNoDataSetAndTheDatabaseStillWorks(@TempDir Path dir) throws Exception {
        DatabaseLocation where = StoreFixture.location(dir);
        Path big = dir.resolve("big-telemetry.csv");
        writeTelemetry(big, ROWS);
        Map<String, String> empty;
        try (DataSetStore store = DataSetStore.open(where)) {
            empty = StoreFixture.fingerprint(where);
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath(), ImportKillChild.class.getName(), where.jdbcUrl(), big.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        long seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                output.add(line);
                if (line.startsWith("progress ")) {
                    seen = Long.parseLong(line.substring(9));
                    if (seen >= KILL_AFTER_ROWS) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child ended");
        assertTrue(seen >= KILL_AFTER_ROWS && seen < ROWS, "killed midway; child said: " + output);
        assertFalse(output.stream().anyMatch(l -> l.startsWith("committed")), "child was killed before commit");

        try (DataSetStore store = DataSetStore.open(where)) {
            assertEquals(List.of(), store.list(), "no partial data set visible");
            assertEquals(empty, StoreFixture.fingerprint(where), "every table as before the import");
            Path small = dir.resolve("small-telemetry.csv");
            writeTelemetry(small, 10_000);
            DataSetInfo d = BrokenFilesTest.importFile(store, small, ImportPolicy.stopAtFirstError()).dataSet();
            assertEquals(10_000, d.acceptedRows(), "the database is usable after recovery");
        }
    }

    /** Telemetry CSV: a 1 Hz pack record with a deterministic current and voltage. */
    static void writeTelemetry(Path file, int rows) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("time_s,pack_current_a,pack_voltage_v\n");
            for (int i = 0; i < rows; i++) {
                w.write(i + ".0," + (50 + (i % 200) * 0.25) + "," + (360 - (i % 1000) * 0.01) + "\n");
            }
        }
    }

    /** This JVM's class path: the JUnit launcher's URL class loader (console launcher) or java.class.path. */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader l = ImportKillTest.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    entries.add(new File(url.getPath()).getPath());
                }
            }
        }
        entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        return String.join(File.pathSeparator, entries);
    }
}
