package org.evtwin.core.sim.drive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriveProfileReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private TwinException failure(String name, String text) throws IOException {
        Path file = write(name, text);
        return assertThrows(TwinException.class, () -> DriveProfileReader.read(file));
    }

    private static void assertMentions(TwinException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void readsFastsimLayoutWithBomAndCrlf() throws IOException {
        Path file = write("cycle.csv", "\uFEFFcycSecs,cycMps,cycGrade,cycRoadType\r\n0,0,0,0\r\n1,1.5,0,0\r\n2,3,0,0");
        DriveProfile p = DriveProfileReader.read(file);
        assertEquals("cycle", p.name());
        assertEquals(DriveProfile.Kind.SPEED_M_PER_S, p.kind());
        assertArrayEquals(new double[] {0, 1, 2}, p.timesS());
        assertArrayEquals(new double[] {0, 1.5, 3}, p.values());
        assertEquals(file.toString(), p.source());
    }

    @Test
    void readsPybammLayoutWithHeaderInCommentAndConvertsKilowatt() throws IOException {
        Path file = write("w.csv", "# Based on some cycle,\n# see #1 for discussion\n# time [s],Power [kW]\n"
                + "0,1.5\n0.1, -0.25\n\n0.2,2\n");
        DriveProfile p = DriveProfileReader.read(file);
        assertEquals(DriveProfile.Kind.POWER_W, p.kind());
        assertArrayEquals(new double[] {1500, -250, 2000}, p.values(), 1e-9);
        assertArrayEquals(new double[] {0, 0.1, 0.2}, p.timesS());
    }

    @Test
    void readsCurrentHeaderVariantsAndKilometresPerHour() throws IOException {
        DriveProfile a = DriveProfileReader.read(write("a.csv", "# Time [s], Current [A]\n0, 1\n50.001, -0.5\n"));
        assertEquals(DriveProfile.Kind.CURRENT_A, a.kind());
        assertEquals(-0.5, a.value(1));
        DriveProfile b = DriveProfileReader.read(write("b.csv", "time [s],speed [km/h]\n0,36\n1,72\n"));
        assertArrayEquals(new double[] {10, 20}, b.values(), 1e-12);
    }

    @Test
    void missingValueColumnIsNamed() throws IOException {
        TwinException e = failure("m.csv", "cycSecs,cycGrade\n0,0\n1,0\n");
        assertMentions(e, "m.csv", "line 1", "no value column", "rule:");
    }

    @Test
    void missingTimeColumnIsNamed() throws IOException {
        TwinException e = failure("t.csv", "seconds,cycMps\n0,0\n1,0\n");
        assertMentions(e, "t.csv", "line 1", "no time column", "cycSecs");
    }

    @Test
    void missingHeaderIsReported() throws IOException {
        TwinException e = failure("h.csv", "# just a note\n0,1\n1,2\n");
        assertMentions(e, "h.csv", "line 2", "no header");
    }

    @Test
    void nonNumericCellNamesFileLineAndColumn() throws IOException {
        TwinException e = failure("bad.csv", "cycSecs,cycMps,cycGrade,cycRoadType\n0,0,0,0\n1,fast,0,0\n");
        assertMentions(e, "bad.csv", "line 3", "column 2", "'cycMps'", "'fast' is not a number", "rule:");
    }

    @Test
    void nonFiniteCellIsNotANumber() throws IOException {
        TwinException e = failure("nan.csv", "# time [s],current [A]\n0,1\n1,NaN\n");
        assertMentions(e, "line 3", "column 2", "'NaN' is not a number");
    }

    @Test
    void nonMonotonicTimeIsReportedWithBothLines() throws IOException {
        TwinException e = failure("order.csv", "cycSecs,cycMps\n0,0\n2,1\n1,2\n");
        assertMentions(e, "order.csv", "line 4", "column 1", "'cycSecs'", "on line 3", "strictly increasing");
        TwinException dup = failure("dup.csv", "cycSecs,cycMps\n0,0\n0,1\n");
        assertMentions(dup, "line 3", "strictly increasing");
    }

    @Test
    void shortRowAndNegativeSpeedAreRejected() throws IOException {
        assertMentions(failure("short.csv", "cycSecs,cycMps\n0,0\n1\n"), "line 3", "column 2", "only 1 cell");
        assertMentions(failure("neg.csv", "cycSecs,cycMps\n0,0\n1,-2\n"), "line 3", "negative", "speed >= 0");
    }

    @Test
    void tooFewRowsAndMissingFilesAreReported() throws IOException {
        assertMentions(failure("one.csv", "cycSecs,cycMps\n0,0\n"), "one.csv", "1 data row", "at least 2");
        Path absent = dir.resolve("absent.csv");
        assertMentions(assertThrows(TwinException.class, () -> DriveProfileReader.read(absent)), "absent.csv",
                "not found");
        assertMentions(assertThrows(TwinException.class, () -> DriveProfileReader.readResource("/no/such.csv")),
                "classpath:/no/such.csv", "not found");
    }

    @Test
    void readsTheShippedBomFileFromTheClassPath() {
        DriveProfile p = DriveProfileReader.readResource(DriveCycleLibrary.RESOURCE_ROOT + "speed/wltc_3b.csv");
        assertEquals("wltc_3b", p.name());
        assertEquals(1801, p.size());
    }
}
