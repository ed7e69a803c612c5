package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columns a mapping editor lists: names and first values, read with the mapping's dialect. */
class SourceColumnsTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aHeaderLineWithASniffedDelimiterQuotesAndTrailingEmptyNames() throws Exception {
        SourceColumns c = SourceColumns.read(file("a.csv", "Zeit;\"U; Zelle\";I ;\n0,5;3,71;-1,2\n1,0;3,70;-1,2\n"),
                null);
        assertEquals(';', c.delimiter());
        assertEquals(List.of("Zeit", "U; Zelle", "I"), c.names());
        assertEquals(List.of("0,5", "3,71", "-1,2"), c.samples());
    }

    @Test
    void headerOnlyFileHasEmptySamples() throws Exception {
        SourceColumns c = SourceColumns.read(file("h.csv", "t,v\n"), null);
        assertEquals(List.of("t", "v"), c.names());
        assertEquals(List.of("", ""), c.samples());
    }

    @Test
    void theLastCommentLineBeforeTheDataNamesTheColumns() throws Exception {
        ColumnMapping m = ColumnMapping.of("x", TimeSpec.seconds("time [s]"),
                List.of(ColumnSpec.of("current [A]", "pack_current_a", SourceUnit.A)))
                .withHeader(ColumnMapping.Header.LAST_COMMENT, "#", 0);
        SourceColumns c = SourceColumns.read(file("p.csv", "# made by a tool\n# time [s],current [A]\n0,1.5\n1,1.6\n"),
                m);
        assertEquals(List.of("time [s]", "current [A]"), c.names());
        assertEquals(List.of("0", "1.5"), c.samples());
    }

    @Test
    void withoutHeaderTheColumnsAreNumberedAfterSkippedLines() throws Exception {
        ColumnMapping m = ColumnMapping.of("x", TimeSpec.seconds("#1"),
                List.of(ColumnSpec.of("#3", "pack_voltage_v", SourceUnit.V)))
                .withHeader(ColumnMapping.Header.NONE, null, 1);
        SourceColumns c = SourceColumns.read(file("n.csv", "logger v2\n0\t12\t3.9\n1\t12\t3.8\n"), m);
        assertEquals('\t', c.delimiter());
        assertEquals(List.of("#1", "#2", "#3"), c.names());
        assertEquals(List.of("0", "12", "3.9"), c.samples());
    }

    @Test
    void aFileOfOnlyCommentsOrNotTextSaysWhy() throws Exception {
        ColumnMapping m = ColumnMapping.of("x", TimeSpec.seconds("t"),
                List.of(ColumnSpec.of("v", "pack_voltage_v", SourceUnit.V))).withHeader(
                ColumnMapping.Header.FIRST_LINE, "#", 0);
        assertEquals("c.csv: no header and no data: only blank or comment lines", assertThrows(TwinException.class,
                () -> SourceColumns.read(file("c.csv", "# nothing\n\n"), m)).getMessage());
        Path blob = dir.resolve("b.csv");
        Files.write(blob, new byte[] {'t', 0, 1, '\n'});
        String msg = assertThrows(TwinException.class, () -> SourceColumns.read(blob, null)).getMessage();
        assertEquals("b.csv: line 1: ", msg.substring(0, "b.csv: line 1: ".length()));
    }
}
