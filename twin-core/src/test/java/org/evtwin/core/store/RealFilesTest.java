package org.evtwin.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evtwin.core.fit.SharedData;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.telemetry.SampleBlock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real measured files into the store and back: counts, values against the file's own text, export round trip. */
class RealFilesTest {

    @Test
    void shippedDataSetsImportWithTheirValuesAndProvenance(@TempDir Path dir) throws IOException {
        Path root = SharedData.projectDir().resolve("sample-data/datasets");
        try (DataSetStore store = DataSetStore.open(StoreFixture.location(dir))) {
            for (Path f : List.of(root.resolve("nasa-pcoe-b0005/dis_1_cap_1.8564874208181574.csv"),
                    root.resolve("nasa-pcoe-b0005/dis_84_cap_1.5488741079890418.csv"),
                    root.resolve("nasa-pcoe-b0005/dis_168_cap_1.3250793286429356.csv"))) {
                DataSetInfo d = BrokenFilesTest.importFile(store, f, ImportPolicy.stopAtFirstError()).dataSet();
                List<String> lines = Files.readAllLines(f);
                assertEquals(lines.size() - 1, d.acceptedRows(), f.toString());
                assertEquals(Files.size(f), d.sourceBytes());
                assertEquals(FileDigest.sha256(f), d.sha256());
                assertEquals("nasa-pcoe-discharge", d.format());
                assertEquals(List.of("pack_current_a", "cell_0_voltage_v", "cell_0_temperature_c"),
                        d.coreChannels().stream().map(c -> c.columnName()).toList());
                // NASA writes discharge current negative; the core stores it positive. Every row, every value:
                List<double[]> rows = readAll(store, d.id());
                for (int i = 0; i < rows.size(); i++) {
                    String[] f6 = lines.get(i + 1).split(",");
                    double[] r = rows.get(i);
                    assertEquals(Double.parseDouble(f6[5]), r[0], "time, line " + (i + 2));
                    assertEquals(-Double.parseDouble(f6[1]), r[1], "current, line " + (i + 2));
                    assertEquals(Double.parseDouble(f6[0]), r[2], "voltage, line " + (i + 2));
                    assertEquals(Double.parseDouble(f6[2]), r[3], "temperature, line " + (i + 2));
                }
            }
            Path leaf = root.resolve("ornl-leaf-2013/1C-Discharge-Bitrode-data.csv");
            DataSetInfo d = BrokenFilesTest.importFile(store, leaf, ImportPolicy.stopAtFirstError()).dataSet();
            assertEquals(Files.readAllLines(leaf).size(), d.acceptedRows(), "Bitrode file has no header line");
            assertEquals(4, store.list().size());
            assertExportRoundTrip(store, d, dir);
        }
    }

    @Test
    void sharedMeasurementsImport(@TempDir Path dir) throws IOException {
        Path raw = SharedData.rawRoot();
        Path b0006 = raw.resolve("nasa_pcoe_li_ion_aging_B0005_B0006_B0007/data/discharge_data/B0006");
        Path hppc = raw.resolve("ornl_nissan_leaf_2013_cell/data/NissanLeaf-cell-Low-Current-HPPC-25C-2.csv");
        Assumptions.assumeTrue(Files.isDirectory(b0006) && Files.isRegularFile(hppc), "shared files not found");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(b0006)) {
            s.filter(p -> p.getFileName().toString().matches("dis_(1|50|100|150)_cap_.*\\.csv")).forEach(files::add);
        }
        files.add(hppc);
        try (DataSetStore store = DataSetStore.open(StoreFixture.location(dir))) {
            for (Path f : files) {
                long dataLines;
                try (Stream<String> lines = Files.lines(f)) {
                    dataLines = lines.filter(l -> !l.isBlank()).count() - 1;
                }
                DataSetInfo d = BrokenFilesTest.importFile(store, f, ImportPolicy.stopAtFirstError()).dataSet();
                assertEquals(dataLines, d.acceptedRows() + d.rejectedRows(), f.getFileName().toString());
                assertEquals(0, d.rejectedRows(), f.getFileName().toString());
            }
            assertEquals(5, store.list().size());
        }
    }

    /** Export, re-import: same channels, same doubles bit for bit, and a second export is the same file. */
    static void assertExportRoundTrip(DataSetStore store, DataSetInfo d, Path dir) throws IOException {
        Path out = dir.resolve("export-" + d.id() + ".csv");
        assertEquals(d.acceptedRows(), DataSetExport.run(store, d.id(), out, n -> { }));
        DataSetInfo back = BrokenFilesTest.importFile(store, out, ImportPolicy.stopAtFirstError()).dataSet();
        assertEquals("evtwin-telemetry", back.format());
        assertEquals(d.coreChannels(), back.coreChannels());
        List<double[]> a = readAll(store, d.id());
        List<double[]> b = readAll(store, back.id());
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            for (int k = 0; k < a.get(i).length; k++) {
                assertEquals(Double.doubleToLongBits(a.get(i)[k]), Double.doubleToLongBits(b.get(i)[k]),
                        "row " + i + " value " + k);
            }
        }
        Path again = dir.resolve("export-again.csv");
        DataSetExport.run(store, back.id(), again, n -> { });
        assertTrue(Files.mismatch(out, again) < 0, "second export identical to the first");
    }

    /** All rows as {t, v0, v1, ...}. */
    static List<double[]> readAll(DataSetStore store, long id) {
        List<double[]> out = new ArrayList<>();
        try (SampleCursor c = store.openSamples(id, Double.NEGATIVE_INFINITY)) {
            for (SampleBlock b; (b = c.next()) != null; ) {
                for (int r = 0; r < b.size(); r++) {
                    double[] row = new double[b.channels().size() + 1];
                    row[0] = b.timeS(r);
                    for (int k = 0; k < b.channels().size(); k++) {
                        row[k + 1] = b.value(r, k);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }
}
