package org.evtwin.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.MappingJson;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's view model: detection, preview, mapping files, policy, progress, cancel, duplicates. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    private DataSetStore store;
    private BackgroundTasks tasks;
    private ImportViewModel vm;

    @BeforeEach
    void setUp() {
        store = TestStores.open(dir);
        tasks = new BackgroundTasks("test-import", Runnable::run);
        vm = new ImportViewModel(store, tasks);
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        store.close();
    }

    @Test
    void aKnownFileIsDetectedAndItsFirstRowsPreviewedInCoreUnits() throws Exception {
        Path nasa = SampleDataSets.extract(TestStores.NASA_FIRST, dir);
        vm.chooseFile(nasa).join();
        assertEquals(ImportState.READY, vm.stateProperty().get());
        assertEquals("dis_1_cap_1.8564874208181574.csv: NASA PCoE discharge record", vm.detectionProperty().get());
        assertEquals(List.of(Channel.pack(Signal.PACK_CURRENT_A), Channel.cell(Signal.CELL_VOLTAGE_V, 0),
                Channel.cell(Signal.CELL_TEMPERATURE_C, 0)), List.copyOf(vm.previewChannels()));
        assertEquals(ImportViewModel.PREVIEW_ROWS, vm.previewRows().size());
        List<String> lines = Files.readAllLines(nasa);
        for (int i = 0; i < ImportViewModel.PREVIEW_ROWS; i++) {
            ImportPreview.Row row = vm.previewRows().get(i);
            String[] f = lines.get(i + 1).split(",");
            assertEquals(i + 2, row.line());
            assertNull(row.reject());
            assertEquals(Double.parseDouble(f[5]), row.timeS(), 0.0);
            assertEquals(-Double.parseDouble(f[1]), row.values()[0], 0.0, "NASA writes discharge negative");
            assertEquals(Double.parseDouble(f[0]), row.values()[1], 0.0);
            assertEquals(Double.parseDouble(f[2]), row.values()[2], 0.0);
        }
        assertEquals("dis_1_cap_1.8564874208181574", vm.nameProperty().get());
    }

    @Test
    void rejectsOfTheFirstRowsShowInThePreviewWithLineAndReason() throws Exception {
        Path f = TestStores.telemetry(dir, "two-bad.csv", 30, 1, 4);
        vm.chooseFile(f).join();
        List<ImportPreview.Row> rows = List.copyOf(vm.previewRows());
        assertEquals(ImportViewModel.PREVIEW_ROWS, rows.size());
        assertEquals(3, rows.get(1).line());
        assertEquals("two-bad.csv:3: column 'pack_voltage_v': \"abc\" is not a number",
                rows.get(1).reject().message());
        assertEquals(6, rows.get(4).line());
        assertTrue(rows.get(4).reject() != null);
        assertEquals(3.7 - 2e-6, rows.get(2).values()[1], 1e-15);
    }

    @Test
    void anUnknownFileNeedsAMappingWhichLoadsFromJson() throws Exception {
        Path f = dir.resolve("logger.csv");
        Files.writeString(f, "Time,Voltage [mV],Current (mA)\n0,3700,1000\n1,3690,1000\n2,3681,1000\n");
        vm.chooseFile(f).join();
        assertEquals(ImportState.NEEDS_MAPPING, vm.stateProperty().get());
        assertTrue(vm.detectionProperty().get().startsWith("logger.csv: no known format; supply a mapping"),
                vm.detectionProperty().get());
        assertEquals(3.69, vm.previewRows().get(1).values()[0], 1e-12, "the suggestion reads mV as mV");
        Path json = dir.resolve("logger-mapping.json");
        vm.saveMapping(json).join();
        assertEquals(vm.mappingProperty().get(), MappingJson.read(json));
        String edited = Files.readString(json).replace("\"mA\"", "\"A\"");
        Files.writeString(json, edited);
        vm.loadMapping(json).join();
        assertEquals(ImportState.READY, vm.stateProperty().get());
        assertEquals(1000.0, vm.previewRows().get(0).values()[1], 0.0, "the edited mapping reads A");
        assertEquals("loaded from logger-mapping.json", vm.mappingOriginProperty().get());
        DataSetInfo d = vm.startImport().join().dataSet();
        assertEquals(ImportViewModel.MAPPED_FORMAT, d.format());
        assertEquals(3, d.acceptedRows());
    }

    @Test
    void importShowsTheSummaryAndTheRejectsUnderTheSkipPolicy() throws Exception {
        Path f = TestStores.telemetry(dir, "skip.csv", 100, 10, 20, 30);
        vm.chooseFile(f).join();
        vm.errorPolicy().modeProperty().set(ImportPolicy.Mode.SKIP);
        vm.errorPolicy().maxRejectsProperty().set(5);
        List<DataSetInfo> imported = new ArrayList<>();
        vm.setOnImported(imported::add);
        DataSetInfo d = vm.startImport().join().dataSet();
        assertEquals(ImportState.DONE, vm.stateProperty().get());
        assertEquals(97, d.acceptedRows());
        assertEquals(List.of(12L, 22L, 32L), vm.rejects().stream().map(r -> r.line()).toList());
        assertEquals(List.of(d), imported);
        assertTrue(vm.messageProperty().get().startsWith("Imported \"skip\" as data set " + d.id()
                + ": 97 rows accepted, 3 rejected, 0:01:39 (99.0 s), in "), vm.messageProperty().get());
    }

    @Test
    void theStopPolicyFailsAtTheFirstRejectNamingLineAndColumn() throws Exception {
        Path f = TestStores.telemetry(dir, "stop.csv", 100, 42);
        vm.chooseFile(f).join();
        vm.errorPolicy().modeProperty().set(ImportPolicy.Mode.STOP);
        assertThrows(CompletionException.class, () -> vm.startImport().join());
        assertEquals(ImportState.FAILED, vm.stateProperty().get());
        assertEquals("stop.csv:44: column 'pack_voltage_v': \"abc\" is not a number (policy: stop at the first"
                + " error)", vm.messageProperty().get());
        assertTrue(store.list().isEmpty(), "nothing stored");
    }

    @Test
    void cancelDuringTheImportLeavesNothingInTheStore() throws Exception {
        Path f = TestStores.telemetry(dir, "big.csv", 20_000);
        vm.chooseFile(f).join();
        List<Double> seen = new ArrayList<>();
        vm.progressProperty().addListener((o, a, p) -> {
            if (vm.stateProperty().get() == ImportState.RUNNING && p.doubleValue() > 0 && seen.isEmpty()) {
                seen.add(p.doubleValue());
                vm.cancel();   // on the first progress report (row 256): the importer stops at its next check
            }
        });
        assertThrows(CompletionException.class, () -> vm.startImport().join());
        assertEquals(1, seen.size());
        assertTrue(seen.get(0) < 1.0, "cancelled before the end: " + seen.get(0));
        assertEquals(ImportState.CANCELLED, vm.stateProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("big.csv: import cancelled at line "),
                vm.messageProperty().get());
        assertTrue(vm.progressTextProperty().get().contains(" rows/s · time left "), vm.progressTextProperty().get());
        assertTrue(store.list().isEmpty(), "nothing stored after cancel");
        assertTrue(ImportState.CANCELLED.canStart(), "the user can start again");
        DataSetInfo again = vm.startImport().join().dataSet();
        assertEquals(20_000, again.acceptedRows());
    }

    @Test
    void aFileImportedBeforeIsReportedWithTheExistingDataSet() throws Exception {
        Path f = TestStores.telemetry(dir, "twice.csv", 10);
        DataSetInfo first = TestStores.importKnown(store, f);
        vm.chooseFile(f).join();
        assertThrows(CompletionException.class, () -> vm.startImport().join());
        assertEquals(ImportState.DUPLICATE, vm.stateProperty().get());
        assertEquals(first.id(), vm.resultProperty().get().id());
        assertTrue(vm.messageProperty().get().startsWith("twice.csv: already imported as data set " + first.id()
                + " \"twice\""), vm.messageProperty().get());
        assertEquals(1, store.list().size());
    }

    @Test
    void aFileThatIsNotTextDropsThePreviousMappingAndSaysWhy() throws Exception {
        vm.chooseFile(TestStores.telemetry(dir, "good.csv", 10)).join();
        assertEquals(ImportState.READY, vm.stateProperty().get());
        Path blob = dir.resolve("blob.csv");
        Files.write(blob, new byte[] {'t', 'i', 'm', 'e', 0, 1, 2, '\n'});
        assertThrows(CompletionException.class, () -> vm.chooseFile(blob).join());
        assertNull(vm.mappingProperty().get());
        assertEquals(ImportState.NEEDS_MAPPING, vm.stateProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("blob.csv: line 1: "), vm.messageProperty().get());
        assertThrows(IllegalStateException.class, () -> vm.startImport());
    }
}
