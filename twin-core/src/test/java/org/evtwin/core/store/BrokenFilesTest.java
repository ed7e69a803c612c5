package org.evtwin.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evtwin.core.TwinException;
import org.evtwin.core.fit.SharedData;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.ImportFailedException;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.ingest.csv.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken files, each made from the first lines of the shipped NASA B0005 discharge with one defect: the
 * import fails with the exact message (file, line, column, rule) and the database is unchanged, bit for bit.
 */
class BrokenFilesTest {
    @TempDir
    static Path dir;
    static DatabaseLocation where;
    static List<String> nasa;

    @BeforeAll
    static void storeWithOneDataSet() throws Exception {
        where = StoreFixture.location(dir);
        Path shipped = SharedData.projectDir().resolve(
                "sample-data/datasets/nasa-pcoe-b0005/dis_1_cap_1.8564874208181574.csv");
        nasa = Files.readAllLines(shipped).subList(0, 21);
        try (DataSetStore store = DataSetStore.open(where)) {
            importFile(store, shipped, ImportPolicy.stopAtFirstError());
        }
    }

    static CsvFileImport.Result importFile(DataSetStore store, Path file, ImportPolicy policy) {
        var d = KnownFormats.detect(file);
        if (!d.known()) {
            throw new TwinException(d.message());
        }
        return CsvFileImport.run(store, file, d.mapping(), d.format(), null, policy, ProgressListener.none(),
                new Cancellation());
    }

    /** The first 20 data rows of the NASA file with line {@code line} (1-based, header = 1) replaced. */
    static String withLine(int line, String replacement) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nasa.size(); i++) {
            b.append(i + 1 == line ? replacement : nasa.get(i)).append('\n');
        }
        return b.toString();
    }

    static Stream<Arguments> corpus() {
        String row5 = "4.1x,-2.01,24.7,-2.0,3.0,60.0";
        return Stream.of(
                Arguments.of("not-a-number.csv", withLine(5, row5),
                        "not-a-number.csv:5: column 'voltage': \"4.1x\" is not a number (policy: stop at the first error)"),
                Arguments.of("missing-field.csv", withLine(7, "4.0,-2.0,24.8,-2.0,3.0"),
                        "missing-field.csv:7: column 'discharge_time': missing columns: the row has 5 field(s),"
                        + " the header has 6 (policy: stop at the first error)"),
                Arguments.of("extra-field.csv", withLine(7, "4.0,-2.0,24.8,-2.0,3.0,80.0,17"),
                        "extra-field.csv:7: column '#7': extra columns: the row has 7 fields, the header has 6"
                        + " (\"17\" beyond them) (policy: stop at the first error)"),
                Arguments.of("time-backwards.csv", withLine(10, "3.9,-2.0,25.0,-2.0,2.9,1.5"),
                        "time-backwards.csv:10: column 'discharge_time': time not increasing: 1.5 s is before"
                        + " 126.453 s of line 9 (policy: stop at the first error)"),
                Arguments.of("empty-voltage.csv", withLine(12, ",-2.0,25.0,-2.0,2.9,190.0"),
                        "empty-voltage.csv:12: column 'voltage': empty value, a number is required (policy: stop at the first error)"),
                Arguments.of("voltage-out-of-range.csv", withLine(12, "412.0,-2.0,25.0,-2.0,2.9,190.0"),
                        "voltage-out-of-range.csv:12: column 'voltage': \"412.0\" is 412.0 V, outside -10.0 … 10.0"
                        + " (no electrochemical cell exceeds 5 V) (policy: stop at the first error)"),
                Arguments.of("infinite-current.csv", withLine(15, "3.9,-Infinity,25.0,-2.0,2.9,250.0"),
                        "infinite-current.csv:15: column 'current': \"-Infinity\" is negative infinity (policy: stop at the first error)"),
                Arguments.of("header-only.csv", nasa.get(0) + "\n", "header-only.csv: no data rows after the header"),
                Arguments.of("empty.csv", "", "empty.csv: no known format: the file has no text lines"),
                Arguments.of("binary.csv", nasa.get(0) + "\n4.1,\u0000\u0001,3\n",
                        "binary.csv: line 2: not a text file: NUL character (binary data, or UTF-16 without a"
                        + " byte-order mark)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void brokenFileFailsWithItsErrorAndChangesNothing(String name, String content, String expected) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try (DataSetStore store = DataSetStore.open(where)) {
            Map<String, String> before = StoreFixture.fingerprint(where);
            TwinException e = assertThrows(TwinException.class,
                    () -> importFile(store, file, ImportPolicy.stopAtFirstError()));
            assertEquals(expected, e.getMessage());
            assertEquals(before, StoreFixture.fingerprint(where), "database unchanged after " + name);
        }
    }

    @Test
    void cancelledImportThroughTheParserStoresNothing() throws Exception {
        Path file = dir.resolve("to-cancel.csv");
        ImportKillTest.writeTelemetry(file, 50_000);
        try (DataSetStore store = DataSetStore.open(where)) {
            Map<String, String> before = StoreFixture.fingerprint(where);
            Cancellation cancel = new Cancellation();
            cancel.cancel();   // as if Ctrl-C came while the first rows were read
            var d = KnownFormats.detect(file);
            assertThrows(org.evtwin.core.ingest.csv.ImportCancelledException.class, () -> CsvFileImport.run(store,
                    file, d.mapping(), d.format(), null, ImportPolicy.stopAtFirstError(), ProgressListener.none(),
                    cancel));
            assertEquals(before, StoreFixture.fingerprint(where));
        }
    }

    @Test
    void skippedRowsAreKeptForInspectionAndTooManyFailTheWholeImport() throws Exception {
        Path file = dir.resolve("two-bad-rows.csv");
        Files.writeString(file, withLine(5, "4.1x,-2.01,24.7,-2.0,3.0,60.0").replace(nasa.get(9) + "\n",
                "3.9,-2.0,25.0,-2.0,2.9,1.5\n"), StandardCharsets.UTF_8);
        try (DataSetStore store = DataSetStore.open(where)) {
            Map<String, String> before = StoreFixture.fingerprint(where);
            ImportFailedException tooMany = assertThrows(ImportFailedException.class,
                    () -> importFile(store, file, ImportPolicy.skipUpTo(1)));
            assertEquals("two-bad-rows.csv: more than 1 rows rejected (the skip limit); the last: two-bad-rows.csv:10:"
                    + " column 'discharge_time': time not increasing: 1.5 s is before 126.453 s of line 9",
                    tooMany.getMessage());
            assertEquals(before, StoreFixture.fingerprint(where));
            CsvFileImport.Result r = importFile(store, file, ImportPolicy.skipUpTo(2));
            assertEquals(18, r.dataSet().acceptedRows());
            assertEquals(2, r.dataSet().rejectedRows());
            assertEquals(List.of(new RejectRecord(5, "voltage", "4.1x", "NOT_A_NUMBER: \"4.1x\" is not a number"),
                    new RejectRecord(10, "discharge_time", "1.5", "TIME_NOT_INCREASING: time not increasing: 1.5 s is"
                            + " before 126.453 s of line 9")), store.rejects(r.dataSet().id(), 10));
        }
    }
}
