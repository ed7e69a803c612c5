package org.evtwin.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThermocoupleLogTest {
    @TempDir
    Path dir;

    @Test
    void readsTabSeparatedColumnsOnAFixedPeriod() throws IOException {
        Path f = dir.resolve("t.lvm");
        Files.writeString(f, "\t25.0\t26.0\t27.0\t24.0\r\n\t26.0\t27.0\t28.0\t24.0\r\n\t28.0\t29.0\t30.0\t24.5\r\n");
        ThermocoupleLog log = ThermocoupleLog.read(f, 3.0);
        assertEquals(3, log.size());
        assertEquals(4, log.channelCount());
        assertEquals(6.0, log.timeS(2), 0.0);
        assertEquals(25.5, log.at(0, 1.5), 1e-12);
        assertEquals(27.0, log.meanAt(3.0, 0, 1, 2), 1e-12);
        assertEquals(24.5, log.at(3, 100.0), 0.0, "clamped after the end");
    }

    @Test
    void errorsNameLineAndColumn() throws IOException {
        Path f = dir.resolve("bad.lvm");
        Files.writeString(f, "\t25.0\t26.0\n\t25.0\tx\n");
        TwinException e = assertThrows(TwinException.class, () -> ThermocoupleLog.read(f, 3.0));
        assertEquals("bad.lvm: line 2, column 3 (TC2): not a number \"x\"", e.getMessage());
        Files.writeString(f, "\t25.0\t26.0\n\t25.0\n");
        e = assertThrows(TwinException.class, () -> ThermocoupleLog.read(f, 3.0));
        assertEquals("bad.lvm: line 2: expected 2 tab-separated values, found 1", e.getMessage());
    }
}
