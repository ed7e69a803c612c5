package org.evtwin.app.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.FormatDetection;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.ingest.csv.ProgressListener;
import org.evtwin.core.store.CsvFileImport;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DatabaseLocation;

/** A real H2 store in a temporary folder, and the files the tests import into it. */
public final class TestStores {
    /** The NASA B0005 first discharge shipped in sample-data (197 data rows). */
    public static final String NASA_FIRST = "nasa-pcoe-b0005/dis_1_cap_1.8564874208181574.csv";

    private TestStores() {
    }

    public static DataSetStore open(Path dir) {
        return DataSetStore.open(DatabaseLocation.embeddedFile(dir.resolve("twin")));
    }

    /** Imports a file in a known format with the skip policy. */
    public static DataSetInfo importKnown(DataSetStore store, Path file) {
        FormatDetection d = KnownFormats.detect(file);
        return CsvFileImport.run(store, file, d.mapping(), d.format(), null, ImportPolicy.skipUpTo(100),
                ProgressListener.none(), Cancellation.never()).dataSet();
    }

    /**
     * A telemetry CSV of {@code rows} rows, 1 s apart: current 10 A + row/1000, voltage 3.7 V − row·1e-6; the rows in
     * {@code badRows} (0-based data rows) carry "abc" as voltage.
     */
    public static Path telemetry(Path dir, String name, int rows, int... badRows) throws IOException {
        StringBuilder b = new StringBuilder("time_s,pack_current_a,pack_voltage_v\n");
        for (int r = 0; r < rows; r++) {
            final int row = r;
            boolean bad = java.util.Arrays.stream(badRows).anyMatch(x -> x == row);
            b.append(String.format(Locale.ROOT, "%d,%s,%s%n", r, current(r), bad ? "abc" : voltage(r)));
        }
        Path f = dir.resolve(name);
        Files.writeString(f, b.toString());
        return f;
    }

    public static String current(int row) {
        return Double.toString(10 + row / 1000.0);
    }

    public static String voltage(int row) {
        return Double.toString(3.7 - row * 1e-6);
    }

    /** Waits until every task submitted to {@code tasks} so far has run (its worker is single-threaded). */
    public static void drain(BackgroundTasks tasks) {
        tasks.run(() -> null, x -> { }, e -> { }).join();
    }
}
