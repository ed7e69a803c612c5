package org.evtwin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.model.SyntheticCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a user can get wrong are refused before any work, with one line naming the option or the file, line and
 * rule; never a Java exception, never a run that goes on with nonsense (found by a review of the command line).
 */
class CliInputChecksTest {
    @TempDir
    Path dir;

    private Path pack() {
        return SyntheticCells.copyResource("/org/evtwin/core/testdata/synthetic-2s3p.json", dir);
    }

    private Cli simulate(Path pack, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("simulate", "--pack", pack.toString(), "--experiment",
                "Rest for 10 s", "--out", dir.resolve("f.csv").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void refused(Cli r, int exit, String text) {
        assertEquals(exit, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.errLines().get(0).contains(text), "mentions '" + text + "': " + r);
        assertFalse(r.err().contains("Exception"), r.toString());
    }

    @Test
    void temperaturesAndStepsOutsideTheModelsAreRefusedUpFront() {
        Path p = pack();
        refused(simulate(p, "--ambient-c", "NaN"), 2, "--ambient-c must be between -40 and 80 degC");
        refused(simulate(p, "--ambient-c", "500"), 2, "--ambient-c must be between -40 and 80 degC");
        refused(simulate(p, "--ambient-c", "-300"), 2, "found -300.0");
        refused(simulate(p, "--dt", "600"), 2, "--dt must be > 0 s and <= 60 s");
        refused(Cli.run("project", "--temperature-c", "200"), 2, "--temperature-c must be between -40 and 80");
        refused(Cli.run("project", "--dod", "1.5"), 2, "--dod must be in (0, --max-soc], found 1.5");
        refused(Cli.run("project", "--charge-c-rate", "50"), 2, "--charge-c-rate must be in (0, 5]");
        refused(Cli.run("bench", "step", "--dt", "1e6"), 2, "--dt must be > 0 s and <= 60 s");
        refused(Cli.run("bench", "step", "--thermal-interval", "-1"), 2, "--thermal-interval must be >= 0 s");
    }

    /** Before: --ambient-c defaulted to 25 degC and silently overrode the pack file's coolant temperature. */
    @Test
    void withoutAmbientThePacksCoolantTemperatureIsUsed() throws IOException {
        Path p = pack();
        Files.writeString(p, Files.readString(p).replace("\"coolantTemperatureC\": 25.0", "\"coolantTemperatureC\": 40.0"));
        Cli r = simulate(p, "--pack-only");
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = Files.readAllLines(dir.resolve("f.csv"));
        int column = List.of(lines.get(0).split(",")).indexOf("max_temperature_c");
        assertEquals(40.0, Double.parseDouble(lines.get(1).split(",")[column]), 0.01, "a cell at rest stays at the"
                + " coolant temperature");
        Cli given = simulate(p, "--pack-only", "--ambient-c", "10");
        assertEquals(0, given.exit(), given.toString());
        List<String> cold = Files.readAllLines(dir.resolve("f.csv"));
        assertEquals(10.0, Double.parseDouble(cold.get(1).split(",")[column]), 0.01);
    }

    /** Before: a misspelt optional field was ignored and its default used without a word. */
    @Test
    void aMisspeltTopologyFieldIsNamedWithItsPath() throws IOException {
        Path p = pack();
        Files.writeString(p, Files.readString(p).replace("\"coolantTemperatureC\"", "\"coolantTemperatureCelsius\""));
        refused(simulate(p), 1, "$.cooling.coolantTemperatureCelsius: unknown field; this object has");
    }

    @Test
    void anEmptyCellHistoryIsBadDataNotACrash() throws IOException {
        Path h = dir.resolve("h.csv");
        Files.writeString(h, "cycle,capacity_ah,temperature_c\n");
        refused(Cli.run("rul", "predict", "--model", "default", "--cell-history", h.toString()), 1,
                "h.csv: no data rows after the header");
        Files.writeString(h, "cycle,capacity_ah,temperature_c\n1,1850,24\n");
        refused(Cli.run("rul", "predict", "--model", "default", "--cell-history", h.toString()), 1,
                "line 2, column 2 (capacity_ah): must be > 0 Ah and at most twice the nominal 2.0 Ah, got 1850.0"
                        + " (mAh instead of Ah?)");
    }

    @Test
    void aVehicleGivenTwiceIsAUsageErrorAndAnUnreachableBrokerEndsTheRecording() {
        refused(Cli.run("record", "--broker", "tcp://127.0.0.1:1", "--vehicle", "car-1=leaf-96s2p", "--vehicle",
                "car-1=leaf-96s2p"), 2, "--vehicle: \"car-1\" is given twice");
        Cli r = Cli.run("record", "--broker", "tcp://127.0.0.1:1", "--vehicle", "car-1=leaf-96s2p",
                "--connect-timeout", "1", "--db", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "--json");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("not connected to tcp://127.0.0.1:1 after 1 s (--connect-timeout)"), r.toString());
        assertFalse(r.json().get("ok").asBoolean(), r.toString());
    }

    @Test
    void aFileSystemProblemIsOneLineWithThePath() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Cli r = Cli.run("bench", "import", "--rows", "100", "--dir", file.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(file.toString()), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
    }
}
