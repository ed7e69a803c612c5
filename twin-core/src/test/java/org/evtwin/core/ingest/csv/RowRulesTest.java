package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every row rule, with its exact message, in one file read with the SKIP policy. */
class RowRulesTest {
    private static final String BAD = """
            time_s,voltage,current
            0,3.70,1.0
            1,abc,1.0
            2,NaN,1.0
            3,3.7,-Inf
            4,3.7,Infinity
            5,1e400,1.0
            6,,1.0
            7,3700,1.0
            8,3.7
            9,3.7,1.0,extra
            9,3.7,1.0,

            8.5,3.7,1.0
            9,3.7,1.0
            "10","3.71"," 1.5 "
            11,3.72,99999
            """;

    @Test
    void everyRuleIsReportedWithFileLineColumnAndReason(@TempDir Path dir) throws IOException {
        Harness h = Harness.run(Harness.write(dir, "bad.csv", BAD), Harness.simple(), ImportPolicy.skipUpTo(100));
        assertNull(h.failure);
        assertEquals(List.of(
                "bad.csv:3: column 'voltage': \"abc\" is not a number",
                "bad.csv:4: column 'voltage': \"NaN\" is NaN (not a number), a value is required",
                "bad.csv:5: column 'current': \"-Inf\" is negative infinity",
                "bad.csv:6: column 'current': \"Infinity\" is positive infinity",
                "bad.csv:7: column 'voltage': \"1e400\" is too large for a double (beyond ±1.8e308)",
                "bad.csv:8: column 'voltage': empty value, a number is required",
                "bad.csv:9: column 'voltage': \"3700\" is 3700.0 V, outside -10.0 … 10.0 (no electrochemical cell "
                        + "exceeds 5 V)",
                "bad.csv:10: column 'current': missing columns: the row has 2 field(s), the header has 3",
                "bad.csv:11: column '#4': extra columns: the row has 4 fields, the header has 3 (\"extra\" beyond "
                        + "them)",
                "bad.csv:14: column 'time_s': time not increasing: 8.5 s is before 9.0 s of line 12",
                "bad.csv:15: column 'time_s': duplicate timestamp: time 9.0 s repeats line 12",
                "bad.csv:17: column 'current': \"99999\" is 99999.0 A, outside -10000.0 … 10000.0 (EV packs peak "
                        + "below 2 kA; 10 kA is far beyond any traction battery)"), h.messages());
        assertEquals(List.of(RejectRule.NOT_A_NUMBER, RejectRule.NAN, RejectRule.INFINITE, RejectRule.INFINITE,
                RejectRule.OVERFLOW, RejectRule.EMPTY, RejectRule.OUT_OF_RANGE, RejectRule.MISSING_COLUMNS,
                RejectRule.EXTRA_COLUMNS, RejectRule.TIME_NOT_INCREASING, RejectRule.DUPLICATE_TIME,
                RejectRule.OUT_OF_RANGE), h.rejects.stream().map(Reject::rule).toList());
        assertEquals("abc", h.rejects.get(0).value());
        // accepted: line 2, line 12 (a trailing empty field is tolerated), line 16 (quoted, blanks around)
        assertArrayEquals(new long[] {2, 12, 16}, h.lines());
        assertArrayEquals(new double[] {0, 9, 10}, h.times());
        assertArrayEquals(new double[] {3.70, 3.7, 3.71}, h.column(0));
        assertArrayEquals(new double[] {1.0, 1.0, 1.5}, h.column(1));
        assertEquals(3, h.summary.rowsAccepted());
        assertEquals(12, h.summary.rowsRejected());
        assertEquals(17, h.summary.lines());
        assertEquals(0.0, h.summary.firstTimeS());
        assertEquals(10.0, h.summary.lastTimeS());
    }

    @Test
    void longValuesAreCutInTheReject(@TempDir Path dir) throws IOException {
        String junk = "x".repeat(100);
        Harness h = Harness.run(Harness.write(dir, "long.csv", "time_s,voltage,current\n0," + junk + ",1\n1,3.7,1\n"),
                Harness.simple(), ImportPolicy.skipUpTo(5));
        Reject r = h.rejects.get(0);
        assertEquals("x".repeat(39) + "…", r.value());
        assertEquals("long.csv:2: column 'voltage': \"" + "x".repeat(39) + "…\" is not a number", r.message());
    }

    @Test
    void optionalColumnsTakeEmptyAndNanAsNotRecorded(@TempDir Path dir) throws IOException {
        ColumnMapping m = ColumnMapping.of("opt", TimeSpec.seconds("time_s"), List.of(
                ColumnSpec.of("voltage", "cell_0_voltage_v", SourceUnit.V).asOptional(),
                ColumnSpec.of("current", "pack_current_a", SourceUnit.A)));
        Harness h = Harness.run(Harness.write(dir, "opt.csv", "time_s,voltage,current\n0,,1\n1,NaN,2\n2,inf,3\n"),
                m, ImportPolicy.skipUpTo(5));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, h.column(0));
        assertEquals(List.of("opt.csv:4: column 'voltage': \"inf\" is positive infinity"), h.messages());
    }

    @Test
    void aLineOfDelimitersIsARowOfEmptyValuesButBlanksAreSkipped(@TempDir Path dir) throws IOException {
        Harness h = Harness.run(Harness.write(dir, "e.csv", "time_s,voltage,current\n0,3.7,1\n,,\n \t \n1,3.7,1\n"),
                Harness.simple(), ImportPolicy.skipUpTo(5));
        assertEquals(List.of("e.csv:3: column 'time_s': empty value, a number is required"), h.messages());
        assertArrayEquals(new long[] {2, 5}, h.lines());
    }

    @Test
    void repeatedTimesAreKeptWhenTheMappingSaysSo(@TempDir Path dir) throws IOException {
        ColumnMapping m = Harness.simple();
        m = new ColumnMapping(m.schema(), m.name(), m.encoding(), m.delimiter(), m.decimalSeparator(),
                m.commentPrefix(), m.skipLines(), m.header(), m.time(), m.columns(),
                ColumnMapping.TimeOrder.NON_DECREASING);
        Harness h = Harness.run(Harness.write(dir, "d.csv", "time_s,voltage,current\n0,3.7,1\n1,3.7,1\n1,3.6,1\n"
                + "0.5,3.6,1\n"), m, ImportPolicy.skipUpTo(5));
        assertArrayEquals(new double[] {0, 1, 1}, h.times());
        assertEquals(List.of("d.csv:5: column 'time_s': time not increasing: 0.5 s is before 1.0 s of line 4"),
                h.messages());
    }
}
