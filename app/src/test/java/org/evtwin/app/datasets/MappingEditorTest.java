package org.evtwin.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.ColumnSpec;
import org.evtwin.core.ingest.csv.SourceColumns;
import org.evtwin.core.ingest.csv.SourceUnit;
import org.evtwin.core.ingest.csv.TimeSpec;
import org.evtwin.core.telemetry.Signal;
import org.junit.jupiter.api.Test;

/** The column-by-column mapping editor: the mapping it builds, and the exact message of each broken rule. */
class MappingEditorTest {
    private static final SourceColumns LOGGER = new SourceColumns(List.of("stamp", "U1", "U2", "I", "Tcell", "note"),
            List.of("2024-05-01T10:00:00Z", "3701", "3699", "-1500", "298.15", "a"), ',');

    private final MappingEditor editor = new MappingEditor();
    private final List<ColumnMapping> edits = new ArrayList<>();

    MappingEditorTest() {
        editor.setOnEdited(edits::add);
        editor.load(LOGGER, null);
    }

    private void map(String source, Signal s, int cell, SourceUnit unit) {
        MappingRow r = editor.row(source);
        r.targetProperty().set(MappingTarget.of(s));
        r.cellProperty().set(Integer.toString(cell));
        r.unitProperty().set(unit);
    }

    private void mapLogger() {
        editor.timeKindProperty().set(TimeSpec.Kind.ISO_8601);
        editor.row("stamp").targetProperty().set(MappingTarget.TIME);
        map("U1", Signal.CELL_VOLTAGE_V, 0, SourceUnit.MV);
        map("U2", Signal.CELL_VOLTAGE_V, 1, SourceUnit.MV);
        map("I", Signal.PACK_CURRENT_A, 0, SourceUnit.MA);
        editor.row("I").signProperty().set(ColumnSpec.Sign.CHARGE_POSITIVE);
        map("Tcell", Signal.CELL_TEMPERATURE_C, 0, SourceUnit.K);
    }

    @Test
    void aFreshFileListsItsColumnsWithTheirFirstValueAndSaysWhatIsMissing() {
        assertEquals(List.of("stamp", "U1", "U2", "I", "Tcell", "note"), editor.rows().stream()
                .map(MappingRow::source).toList());
        assertEquals("-1500", editor.row("I").sample());
        assertEquals(List.of("no time column: choose one column as \"time\"",
                "no signal column: map at least one column to a pack or cell signal"), List.copyOf(editor.problems()));
        assertNull(editor.builtProperty().get());
    }

    @Test
    void columnByColumnEditsBuildTheMappingAtOnce() {
        mapLogger();
        ColumnMapping expected = ColumnMapping.of("mapped in the import dialog", TimeSpec.iso("stamp", null, "UTC"),
                List.of(ColumnSpec.of("U1", "cell_0_voltage_v", SourceUnit.MV),
                        ColumnSpec.of("U2", "cell_1_voltage_v", SourceUnit.MV),
                        ColumnSpec.of("I", "pack_current_a", SourceUnit.MA).withSign(ColumnSpec.Sign.CHARGE_POSITIVE),
                        ColumnSpec.of("Tcell", "cell_0_temperature_c", SourceUnit.K)));
        assertEquals(List.of(), List.copyOf(editor.problems()));
        assertEquals(expected, editor.builtProperty().get());
        assertEquals(expected, edits.get(edits.size() - 1), "the listener gets each edit");
    }

    @Test
    void changingWhatAColumnIsKeepsAFittingUnitElseTakesTheCoreUnitAndDropsTheSign() {
        mapLogger();
        // JavaFX hands an exception thrown in a listener to the thread's handler and carries on: collect them
        List<Throwable> thrown = new java.util.ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        try {
            MappingRow i = editor.row("I");
            i.targetProperty().set(MappingTarget.of(Signal.CELL_CURRENT_A));
            assertEquals(SourceUnit.MA, i.unitProperty().get());
            assertEquals(ColumnSpec.Sign.CHARGE_POSITIVE, i.signProperty().get());
            i.targetProperty().set(MappingTarget.of(Signal.PACK_SOC));
            assertEquals(SourceUnit.FRACTION, i.unitProperty().get());
            assertEquals(ColumnSpec.Sign.DISCHARGE_POSITIVE, i.signProperty().get());
            assertEquals(List.of(SourceUnit.FRACTION, SourceUnit.PERCENT), i.targetProperty().get().units());
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
        assertEquals(List.of(), thrown, "the unit and the sign follow the target one after the other; the mapping"
                + " built in between must report a problem, not throw");
        assertEquals(List.of(), List.copyOf(editor.problems()));
        assertEquals(ColumnSpec.of("I", "pack_soc", SourceUnit.FRACTION), editor.builtProperty().get().columns()
                .stream().filter(c -> c.source().equals("I")).findFirst().orElseThrow());
    }

    @Test
    void eachBrokenRuleNamesTheColumnAndTheRule() {
        mapLogger();
        editor.row("U2").cellProperty().set("0");
        editor.row("note").targetProperty().set(MappingTarget.TIME);
        editor.row("Tcell").scaleProperty().set("0");
        editor.row("U1").cellProperty().set("x");
        assertEquals(List.of("columns 'stamp' and 'note' are both mapped as time",
                "column 'U1': cell index must be a whole number from 0 to 9999999, found 'x'",
                "column 'Tcell': scale must be a finite non-zero number, found '0'"),
                List.copyOf(editor.problems()));
        editor.row("U1").cellProperty().set("0");
        editor.row("note").targetProperty().set(MappingTarget.IGNORE);
        editor.row("Tcell").scaleProperty().set("1");
        assertEquals(List.of("cell_0_voltage_v is mapped twice: columns 'U1' and 'U2'"),
                List.copyOf(editor.problems()));
        assertNull(editor.builtProperty().get());
        assertNull(edits.get(edits.size() - 1));
    }

    @Test
    void theTimeFormDecidesWhichTimePartsAreNeeded() {
        mapLogger();
        editor.timeKindProperty().set(TimeSpec.Kind.DATE_TIME);
        assertEquals(List.of("column 'stamp': \"time\" is not used with the time form \"date + time columns\";"
                + " choose \"date\" and \"time of day\"",
                "no date column: choose one column as \"date\" (or another time form)",
                "no time-of-day column: choose one column as \"time of day\" (or another time form)"),
                List.copyOf(editor.problems()));
        editor.row("stamp").targetProperty().set(MappingTarget.DATE);
        editor.row("note").targetProperty().set(MappingTarget.CLOCK);
        editor.patternProperty().set("yyyy-MM-dd HH:mm:ss");
        assertEquals(TimeSpec.dateTime("stamp", "note", "yyyy-MM-dd HH:mm:ss", "UTC"),
                editor.builtProperty().get().time());
        editor.timeKindProperty().set(TimeSpec.Kind.SECONDS);
        assertEquals(List.of("no time column: choose one column as \"time\"",
                "column 'stamp': \"date\" needs the time form \"date + time columns\", not the time form"
                + " \"seconds\"", "column 'note': \"time of day\" needs the time form \"date + time columns\","
                + " not the time form \"seconds\""), List.copyOf(editor.problems()));
        editor.timeKindProperty().set(TimeSpec.Kind.DATE_TIME);
        editor.zoneProperty().set("Mars/Olympus");
        assertEquals(List.of("time zone: \"Mars/Olympus\" is not a time zone (Unknown time-zone ID: Mars/Olympus)"),
                List.copyOf(editor.problems()));
    }

    @Test
    void aLoadedMappingFillsTheRowsAndRebuildsToItselfKeepingItsDialect() {
        mapLogger();
        ColumnMapping m = editor.builtProperty().get().withDialect("UTF-8", ",", ".")
                .withHeader(ColumnMapping.Header.FIRST_LINE, "#", 2);
        MappingEditor other = new MappingEditor();
        other.load(LOGGER, m);
        assertEquals(m, other.builtProperty().get());
        assertEquals("1", other.row("U2").cellProperty().get());
        assertEquals(SourceUnit.K, other.row("Tcell").unitProperty().get());
        assertEquals(TimeSpec.Kind.ISO_8601, other.timeKindProperty().get());
    }

    @Test
    void aMappedColumnTheFileLacksIsListedAndMustBeIgnored() {
        ColumnMapping m = ColumnMapping.of("x", TimeSpec.seconds("stamp"),
                List.of(ColumnSpec.of("Voltage", "pack_voltage_v", SourceUnit.V)));
        editor.load(LOGGER, m);
        MappingRow missing = editor.rows().get(editor.rows().size() - 1);
        assertEquals("Voltage", missing.source());
        assertEquals(false, missing.inFile());
        assertEquals(List.of("column 'Voltage' of the mapping is not in this file: set it to ignore"),
                List.copyOf(editor.problems()));
        missing.targetProperty().set(MappingTarget.IGNORE);
        assertEquals(List.of("no signal column: map at least one column to a pack or cell signal"),
                List.copyOf(editor.problems()));
    }

    @Test
    void aSecondHeaderColumnOfTheSameNameCannotBeMapped() {
        editor.load(new SourceColumns(List.of("t", "I", "I"), List.of("0", "1", "2"), ','), null);
        editor.row("t").targetProperty().set(MappingTarget.TIME);
        editor.rows().get(2).targetProperty().set(MappingTarget.of(Signal.PACK_CURRENT_A));
        assertEquals(List.of("column 'I' mapped twice: the header has two columns of that name and only the first"
                + " one is read; rename one in the file", "no signal column: map at least one column to a pack or"
                + " cell signal"), List.copyOf(editor.problems()));
    }
}
