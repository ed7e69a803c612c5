package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems that fail the whole import: the message names the file, the line where there is one, and why. */
class FileLevelTest {
    private static String fail(Path file) {
        Harness h = Harness.run(file, Harness.simple(), ImportPolicy.skipUpTo(1000));
        assertTrue(h.blocks.isEmpty(), "no block may be delivered before a file-level failure: " + h.blocks);
        return h.failureMessage();
    }

    @Test
    void emptyFile(@TempDir Path dir) throws IOException {
        assertEquals("empty.csv: empty file (0 bytes)", fail(Harness.write(dir, "empty.csv", "")));
    }

    @Test
    void onlyBlankLines(@TempDir Path dir) throws IOException {
        assertEquals("blank.csv: no header and no data: only blank or comment lines",
                fail(Harness.write(dir, "blank.csv", "\n\r\n  \n")));
    }

    @Test
    void headerWithoutRows(@TempDir Path dir) throws IOException {
        assertEquals("header.csv: no data rows after the header",
                fail(Harness.write(dir, "header.csv", "time_s,voltage,current\n")));
    }

    @Test
    void headerMissingAMappedColumn(@TempDir Path dir) throws IOException {
        assertEquals("nocol.csv: line 1: columns[1] 'current' is not in the header [time_s, voltage, curr]",
                fail(Harness.write(dir, "nocol.csv", "time_s,voltage,curr\n0,3.7,1\n")));
    }

    @Test
    void headerMissingTheTimeColumn(@TempDir Path dir) throws IOException {
        assertEquals("notime.csv: line 2: time.column 'time_s' is not in the header [t, voltage, current]",
                fail(Harness.write(dir, "notime.csv", "\nt,voltage,current\n0,3.7,1\n")));
    }

    @Test
    void nulBytesMeanNotText(@TempDir Path dir) throws IOException {
        assertEquals("nul.csv: line 3: not a text file: NUL character (binary data, or UTF-16 without a byte-order "
                + "mark)", fail(Harness.write(dir, "nul.csv", "time_s,voltage,current\n0,3.7,1\n1,\0\0,1\n")));
    }

    @Test
    void utf16WithoutBomIsNotText(@TempDir Path dir) throws IOException {
        assertEquals("u16.csv: line 1: not a text file: NUL character (binary data, or UTF-16 without a byte-order "
                + "mark)", fail(Harness.write(dir, "u16.csv", "time_s,voltage,current\n0,3.7,1\n",
                StandardCharsets.UTF_16LE)));
    }

    @Test
    void aBinaryFileIsNotText(@TempDir Path dir) throws IOException {
        // the first bytes of a PNG image: 0x89 cannot start a UTF-8 sequence
        Path png = dir.resolve("image.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertEquals("image.csv: line 1: not UTF-8 text: invalid byte sequence (declare the file's encoding in the "
                + "mapping, e.g. ISO-8859-1)", fail(png));
    }

    @Test
    void undeclaredLatin1IsAnEncodingErrorOnItsLine(@TempDir Path dir) throws IOException {
        Path f = Harness.write(dir, "latin.csv", "time_s,voltage,current\n0,3.7,1\n1,3.7,1 \u00b0\n",
                StandardCharsets.ISO_8859_1);
        assertEquals("latin.csv: line 3: not UTF-8 text: invalid byte sequence (declare the file's encoding in the "
                + "mapping, e.g. ISO-8859-1)", fail(f));
    }

    @Test
    void anEncodingErrorFarIntoTheFileFailsAfterTheHeadWasSniffed(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder("time_s,voltage,current\n");
        for (int i = 0; i < 20_000; i++) {
            b.append(i).append(",3.7,1\n");
        }
        byte[] good = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(good, good.length + 8);
        System.arraycopy("1,3.7,\u00e91\n".getBytes(StandardCharsets.ISO_8859_1), 0, all, good.length, 8);
        Path f = dir.resolve("late.csv");
        Files.write(f, all);
        Harness h = Harness.run(f, Harness.simple(), ImportPolicy.skipUpTo(10));
        assertEquals("late.csv: line 20002: not UTF-8 text: invalid byte sequence (declare the file's encoding in "
                + "the mapping, e.g. ISO-8859-1)", h.failureMessage());
        assertEquals(List.of(), h.rejects);
    }

    @Test
    void aQuoteThatNeverClosesFailsAtTheBufferLimit(@TempDir Path dir) throws IOException {
        Path f = Harness.write(dir, "quote.csv", "time_s,voltage,current\n0,3.7,1\n1,\"" + "9".repeat(17_000_000)
                + "\",1\n");
        assertEquals("quote.csv: line 3: The maximum buffer size of 16777216 is insufficient to read the data of a "
                + "single field. This issue typically arises when a quotation begins but does not conclude within the "
                + "confines of this buffer's maximum limit.", fail(f));
    }

    @Test
    void allRowsRejected(@TempDir Path dir) throws IOException {
        assertEquals("none.csv: no data rows accepted (2 rejected)",
                fail(Harness.write(dir, "none.csv", "time_s,voltage,current\n0,x,1\n1,y,1\n")));
    }

    @Test
    void missingFile(@TempDir Path dir) {
        assertEquals("absent.csv: file not found (" + dir.resolve("absent.csv") + ")", fail(dir.resolve("absent.csv")));
    }
}
