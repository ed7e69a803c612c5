package org.evtwin.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.FileDigest;
import org.evtwin.core.store.RejectRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's view model against a real H2 store: list, provenance, rejects, delete, export. */
class DataSetsViewModelTest {
    @TempDir
    Path dir;
    private DataSetStore store;
    private BackgroundTasks tasks;
    private DataSetsViewModel vm;
    private Path nasa;
    private Path generated;

    @BeforeEach
    void setUp() throws Exception {
        store = TestStores.open(dir);
        tasks = new BackgroundTasks("test-datasets", Runnable::run);
        vm = new DataSetsViewModel(store, tasks);
        nasa = SampleDataSets.extract(TestStores.NASA_FIRST, Files.createDirectory(dir.resolve("in")));
        TestStores.importKnown(store, nasa);
        generated = TestStores.telemetry(dir, "bench-run.csv", 50, 3, 17);
        TestStores.importKnown(store, generated);
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        store.close();
    }

    @Test
    void listsTheDataSetsNewestFirstWithTheirCounts() {
        List<DataSetInfo> list = vm.refresh().join();
        assertEquals(List.of("bench-run", "dis_1_cap_1.8564874208181574"), vm.dataSets().stream()
                .map(DataSetInfo::name).toList());
        assertEquals(list, vm.dataSets());
        assertEquals(48, vm.dataSets().get(0).acceptedRows(), "50 rows, 2 with a bad voltage");
        assertEquals(2, vm.dataSets().get(0).rejectedRows());
        long dataLines;
        try (var lines = Files.lines(nasa)) {
            dataLines = lines.count() - 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(dataLines, vm.dataSets().get(1).acceptedRows(), "every line of the NASA file after the header");
    }

    @Test
    void detailsShowTheFullProvenance() throws Exception {
        vm.refresh().join();
        DataSetInfo d = vm.dataSets().get(1);
        vm.selectedProperty().set(d);
        Map<String, String> lines = vm.provenance().stream().collect(Collectors.toMap(Provenance.Line::label,
                Provenance.Line::value));
        assertEquals("dis_1_cap_1.8564874208181574.csv", lines.get("File"));
        assertEquals(FileDigest.sha256(nasa), lines.get("SHA-256"));
        assertEquals("15.7 kB (" + String.format(java.util.Locale.ROOT, "%,d", Files.size(nasa)) + " bytes)",
                lines.get("Size"));
        assertEquals("nasa-pcoe-discharge", lines.get("Format"));
        assertEquals(String.join("\n", "current [A] → pack_current_a [A]", "voltage [V] → cell_0_voltage_v [V]",
                "temperature [degC] → cell_0_temperature_c [°C]"), lines.get("Mapping"));
        String[] last;
        try (var l = Files.lines(nasa)) {
            List<String> all = l.toList();
            last = all.get(all.size() - 1).split(",");
        }
        double duration = Double.parseDouble(last[5]);
        assertEquals(Formats.span(0, duration), lines.get("Time span"), "the last discharge_time of the file");
        assertEquals("3", lines.get("Channels"));
        assertEquals("0", lines.get("Rows rejected"));
        assertTrue(vm.rejects().isEmpty());
    }

    @Test
    void rejectsOfTheSelectedDataSetAreListedWithLineColumnValueAndRule() {
        vm.refresh().join();
        vm.selectedProperty().set(vm.dataSets().get(0));
        TestStores.drain(tasks);
        List<RejectRecord> r = List.copyOf(vm.rejects());
        assertEquals(2, r.size());
        assertEquals(5, r.get(0).line(), "data row 3 is line 5 (header is line 1)");
        assertEquals("pack_voltage_v", r.get(0).column());
        assertEquals("abc", r.get(0).value());
        assertTrue(r.get(0).rule().startsWith("NOT_A_NUMBER: "), r.get(0).rule());
        assertEquals(19, r.get(1).line());
        assertEquals("Rejects (2)", vm.rejectsTitleProperty().get());
    }

    @Test
    void deleteRemovesTheDataSetFromStoreAndList() {
        vm.refresh().join();
        DataSetInfo d = vm.dataSets().get(0);
        vm.selectedProperty().set(d);
        assertTrue(vm.delete(d).join());
        vm.refresh().join();
        assertEquals(List.of("dis_1_cap_1.8564874208181574"), vm.dataSets().stream().map(DataSetInfo::name).toList());
        assertTrue(store.find(d.id()).isEmpty());
        assertNull(vm.selectedProperty().get(), "the deleted data set is no longer selected");
        assertEquals("Deleted data set " + d.id() + " \"bench-run\".", vm.messageProperty().get());
        assertFalse(vm.delete(d).join(), "a second delete finds nothing");
    }

    @Test
    void exportWritesTheAcceptedRowsAsTelemetryCsv() throws Exception {
        vm.refresh().join();
        DataSetInfo d = vm.dataSets().get(0);
        Path out = dir.resolve("out/bench-export.csv");
        assertEquals(48L, vm.export(d, out).join());
        List<String> lines = Files.readAllLines(out);
        assertEquals("time_s,pack_current_a,pack_voltage_v", lines.get(0));
        assertEquals(49, lines.size());
        assertEquals("0.0," + TestStores.current(0) + "," + TestStores.voltage(0), lines.get(1));
        assertEquals("4.0," + TestStores.current(4) + "," + TestStores.voltage(4), lines.get(4), "row 3 was rejected");
        assertEquals("49.0," + TestStores.current(49) + "," + TestStores.voltage(49), lines.get(48));
        assertEquals(1.0, vm.exportProgressProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Exported 48 rows of \"bench-run\""));
        assertFalse(Files.exists(dir.resolve("out/bench-export.csv.part")));
    }

    @Test
    void replayAndImportGoToTheCallbacks() {
        vm.refresh().join();
        DataSetInfo[] asked = new DataSetInfo[1];
        vm.setOnReplay(d -> asked[0] = d);
        vm.replaySelected();
        assertNull(asked[0], "nothing selected: nothing to replay");
        vm.selectedProperty().set(vm.dataSets().get(1));
        vm.replaySelected();
        assertEquals(vm.dataSets().get(1), asked[0]);
    }
}
