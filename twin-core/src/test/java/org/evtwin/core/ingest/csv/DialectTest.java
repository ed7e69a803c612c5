package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings, byte-order marks, delimiters, decimal comma, quotes, line ends, blank lines. */
class DialectTest {
    private static final String ROWS = "time_s,voltage,current\n0,3.7,1.5\n1,3.6,-2.25\n";

    private static Harness ok(Path f, ColumnMapping m) {
        Harness h = Harness.run(f, m, ImportPolicy.stopAtFirstError());
        assertNull(h.failure, h.failureMessage());
        return h;
    }

    private static void assertRows(Harness h) {
        assertArrayEquals(new double[] {0, 1}, h.times());
        assertArrayEquals(new double[] {3.7, 3.6}, h.column(0));
        assertArrayEquals(new double[] {1.5, -2.25}, h.column(1));
    }

    private static Path withBom(Path dir, String name, byte[] bom, String text, Charset cs) throws IOException {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return Files.write(dir.resolve(name), all);
    }

    @Test
    void utf8WithAndWithoutBom(@TempDir Path dir) throws IOException {
        Harness plain = ok(Harness.write(dir, "plain.csv", ROWS), Harness.simple());
        assertRows(plain);
        assertFalse(plain.summary.bom());
        Harness bom = ok(withBom(dir, "bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ROWS,
                StandardCharsets.UTF_8), Harness.simple());
        assertRows(bom);
        assertTrue(bom.summary.bom());
        assertEquals("UTF-8", bom.summary.encoding());
    }

    @Test
    void utf16WithBom(@TempDir Path dir) throws IOException {
        Harness le = ok(withBom(dir, "le.csv", new byte[] {(byte) 0xFF, (byte) 0xFE}, ROWS,
                StandardCharsets.UTF_16LE), Harness.simple());
        assertRows(le);
        assertEquals("UTF-16LE", le.summary.encoding());
        Harness be = ok(withBom(dir, "be.csv", new byte[] {(byte) 0xFE, (byte) 0xFF}, ROWS,
                StandardCharsets.UTF_16BE), Harness.simple());
        assertRows(be);
        assertEquals("UTF-16BE", be.summary.encoding());
    }

    @Test
    void declaredLatin1HeaderWithDegreeSign(@TempDir Path dir) throws IOException {
        Path f = Harness.write(dir, "latin.csv", "time_s,Temp (\u00b0C)\n0,25.5\n1,26\n", StandardCharsets.ISO_8859_1);
        ColumnMapping m = ColumnMapping.of("latin", TimeSpec.seconds("time_s"),
                List.of(ColumnSpec.of("Temp (\u00b0C)", "cell_0_temperature_c", SourceUnit.DEG_C)))
                .withDialect("ISO-8859-1", null, null);
        Harness h = ok(f, m);
        assertArrayEquals(new double[] {25.5, 26}, h.column(0));
        assertEquals("ISO-8859-1", h.summary.encoding());
    }

    @Test
    void semicolonWithDecimalCommaIsSniffed(@TempDir Path dir) throws IOException {
        Harness h = ok(Harness.write(dir, "de.csv", "time_s;voltage;current\n0;3,7;1,5\n1;3,6;-2,25\n"),
                Harness.simple());
        assertRows(h);
        assertEquals(';', h.summary.delimiter());
        assertEquals(',', h.summary.decimalSeparator());
    }

    @Test
    void semicolonWithPointIsNotDecimalComma(@TempDir Path dir) throws IOException {
        Harness h = ok(Harness.write(dir, "sc.csv", "time_s;voltage;current\n0;3.7;1.5\n1;3.6;-2.25\n"),
                Harness.simple());
        assertRows(h);
        assertEquals('.', h.summary.decimalSeparator());
    }

    @Test
    void declaredDecimalCommaRejectsPoints(@TempDir Path dir) throws IOException {
        Path f = Harness.write(dir, "dc.csv", "time_s;voltage;current\n0;3,7;1,5\n1;3.6;1\n");
        Harness h = Harness.run(f, Harness.simple().withDialect(null, ";", ","), ImportPolicy.skipUpTo(5));
        assertEquals(List.of("dc.csv:3: column 'voltage': \"3.6\" is not a number"), h.messages());
    }

    @Test
    void tabDelimiterIsSniffed(@TempDir Path dir) throws IOException {
        Harness h = ok(Harness.write(dir, "tab.csv", ROWS.replace(',', '\t')), Harness.simple());
        assertRows(h);
        assertEquals('\t', h.summary.delimiter());
    }

    @Test
    void quotedFieldsWithDelimitersQuotesAndLineBreaks(@TempDir Path dir) throws IOException {
        String text = "time_s,note,voltage,current\r\n"
                + "0,\"a, b\",3.7,1.5\r\n"
                + "1,\"said \"\"hi\"\"\r\nover two lines\",3.6,-2.25\r\n"
                + "\r\n"
                + "   \r\n"
                + "2,x,bad,1\r\n";
        Harness h = Harness.run(Harness.write(dir, "q.csv", text), Harness.simple(), ImportPolicy.skipUpTo(5));
        assertRows(h);
        assertArrayEquals(new long[] {2, 3}, h.lines());
        // the quoted line break makes row 3 two lines long: the next rows are on lines 5 (blank), 6, 7
        assertEquals(List.of("q.csv:7: column 'voltage': \"bad\" is not a number"), h.messages());
    }

    @Test
    void crOnlyLineEnds(@TempDir Path dir) throws IOException {
        assertRows(ok(Harness.write(dir, "cr.csv", ROWS.replace('\n', '\r')), Harness.simple()));
    }
}
