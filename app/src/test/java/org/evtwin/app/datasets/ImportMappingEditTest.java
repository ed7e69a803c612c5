package org.evtwin.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.ingest.csv.ColumnSpec;
import org.evtwin.core.ingest.csv.MappingJson;
import org.evtwin.core.ingest.csv.SourceUnit;
import org.evtwin.core.ingest.csv.TimeSpec;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import view model with the column editor: edits re-validate, refresh the preview in SI units, save and load. */
class ImportMappingEditTest {
    /** A logger file no format knows and no header name gives away: ISO time, mV, mA (charge positive), kelvin. */
    private static final String LOGGER = "stamp,U1,U2,I,Tcell,note\n"
            + "2024-05-01T10:00:00Z,3701,3699,-1500,298.15,a\n"
            + "2024-05-01T10:00:01Z,3698,3695,-1500,298.25,b\n"
            + "2024-05-01T10:00:02.5Z,3695,3690,-1500,298.35,c\n";

    @TempDir
    Path dir;
    private DataSetStore store;
    private BackgroundTasks tasks;
    private ImportViewModel vm;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        store = TestStores.open(dir);
        tasks = new BackgroundTasks("test-import-edit", Runnable::run);
        vm = new ImportViewModel(store, tasks);
        file = dir.resolve("logger.csv");
        Files.writeString(file, LOGGER);
        vm.chooseFile(file).join();
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        store.close();
    }

    private void mapColumns() {
        MappingEditor e = vm.editor();
        e.timeKindProperty().set(TimeSpec.Kind.ISO_8601);
        e.row("stamp").targetProperty().set(MappingTarget.TIME);
        for (String u : List.of("U1", "U2")) {
            e.row(u).targetProperty().set(MappingTarget.of(Signal.CELL_VOLTAGE_V));
            e.row(u).cellProperty().set(u.equals("U1") ? "0" : "1");
            e.row(u).unitProperty().set(SourceUnit.MV);
        }
        e.row("I").targetProperty().set(MappingTarget.of(Signal.PACK_CURRENT_A));
        e.row("I").unitProperty().set(SourceUnit.MA);
        e.row("I").signProperty().set(ColumnSpec.Sign.CHARGE_POSITIVE);
        e.row("Tcell").targetProperty().set(MappingTarget.of(Signal.CELL_TEMPERATURE_C));
        e.row("Tcell").unitProperty().set(SourceUnit.K);
        TestStores.drain(tasks);   // each edit refreshes the preview in the background
    }

    @Test
    void anUnknownFileIsMappedColumnByColumnAndPreviewedInSiUnits() {
        assertEquals(ImportState.NEEDS_MAPPING, vm.stateProperty().get());
        assertEquals("none found: map the columns below", vm.mappingOriginProperty().get());
        assertEquals(6, vm.editor().rows().size());
        mapColumns();
        assertEquals(ImportState.READY, vm.stateProperty().get());
        assertEquals("edited in the dialog", vm.mappingOriginProperty().get());
        assertEquals(List.of(Channel.cell(Signal.CELL_VOLTAGE_V, 0), Channel.cell(Signal.CELL_VOLTAGE_V, 1),
                Channel.pack(Signal.PACK_CURRENT_A), Channel.cell(Signal.CELL_TEMPERATURE_C, 0)),
                List.copyOf(vm.previewChannels()));
        assertEquals(3, vm.previewRows().size());
        ImportPreview.Row last = vm.previewRows().get(2);
        assertNull(last.reject());
        assertEquals(3.695, last.values()[0], 1e-12, "mV → V");
        assertEquals(3.690, last.values()[1], 1e-12);
        assertEquals(1.5, last.values()[2], 1e-12, "−1500 mA charge-positive is 1.5 A of discharge");
        assertEquals(25.2, last.values()[3], 1e-9, "298.35 K → 25.2 °C");
        assertEquals(2.5, last.timeS() - vm.previewRows().get(0).timeS(), 1e-9, "ISO times 2.5 s apart");
    }

    @Test
    void aBrokenEditClearsTheMappingAndThePreviewUntilFixed() {
        mapColumns();
        vm.editor().row("U2").cellProperty().set("0");
        TestStores.drain(tasks);
        assertEquals(ImportState.NEEDS_MAPPING, vm.stateProperty().get());
        assertNull(vm.mappingProperty().get());
        assertEquals(List.of("cell_0_voltage_v is mapped twice: columns 'U1' and 'U2'"),
                List.copyOf(vm.editor().problems()));
        assertTrue(vm.previewRows().isEmpty());
        vm.editor().row("U2").cellProperty().set("1");
        TestStores.drain(tasks);
        assertEquals(ImportState.READY, vm.stateProperty().get());
        assertEquals(3, vm.previewRows().size());
    }

    @Test
    void whatWasEditedRoundTripsThroughJsonAndImports() throws Exception {
        mapColumns();
        vm.editor().row("Tcell").optionalProperty().set(true);
        vm.editor().row("I").scaleProperty().set("2");
        TestStores.drain(tasks);
        Path json = dir.resolve("logger-mapping.json");
        vm.saveMapping(json).join();
        assertEquals(vm.mappingProperty().get(), MappingJson.read(json));
        vm.chooseFile(file).join();
        assertEquals(ImportState.NEEDS_MAPPING, vm.stateProperty().get());
        vm.loadMapping(json).join();
        assertEquals(ImportState.READY, vm.stateProperty().get());
        assertEquals(MappingJson.read(json), vm.editor().builtProperty().get(), "the editor shows what was saved");
        assertEquals("2.0", vm.editor().row("I").scaleProperty().get());
        assertTrue(vm.editor().row("Tcell").optionalProperty().get());
        assertEquals(3.0, vm.previewRows().get(0).values()[2], 1e-12, "scale 2 × 1.5 A");
        DataSetInfo d = vm.startImport().join().dataSet();
        assertEquals(ImportViewModel.MAPPED_FORMAT, d.format());
        assertEquals(3, d.acceptedRows());
        assertEquals(List.of("U1", "U2", "I", "Tcell"), d.channels().stream().map(c -> c.sourceColumn()).toList());
        assertEquals(2.5, d.lastTimeS() - d.firstTimeS(), 1e-9);
    }

    @Test
    void theSuggestedMappingIsShownInTheEditorAndCanStillBeAccepted() throws Exception {
        Path f = dir.resolve("named.csv");
        Files.writeString(f, "Time,Voltage [mV],Current (mA)\n0,3700,1000\n1,3690,1000\n");
        vm.chooseFile(f).join();
        assertEquals(ImportState.NEEDS_MAPPING, vm.stateProperty().get());
        assertEquals(MappingTarget.TIME, vm.editor().row("Time").targetProperty().get());
        assertEquals(SourceUnit.MV, vm.editor().row("Voltage [mV]").unitProperty().get());
        assertEquals(List.of(), List.copyOf(vm.editor().problems()));
        vm.useSuggestedMapping();
        assertEquals(ImportState.READY, vm.stateProperty().get());
        assertEquals(vm.mappingProperty().get(), vm.editor().builtProperty().get());
    }
}
