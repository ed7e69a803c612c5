package org.evtwin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.model.SyntheticCells;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code twin simulate} on a topology file with an embedded synthetic cell (no dependence on fitted cells). */
class SimulateCommandTest {
    private static final String EXPERIMENT = "Discharge at 1C for 2 min; Rest for 1 min";

    @TempDir
    Path dir;
    private Path pack;

    @BeforeEach
    void copyPack() {
        pack = SyntheticCells.copyResource("/org/evtwin/core/testdata/synthetic-2s3p.json", dir);
    }

    private Cli simulate(String experiment, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("simulate", "--pack", pack.toString(), "--experiment",
                experiment, "--out", out.toString(), "--initial-soc", "0.9"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<String> csv(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void jsonSummaryIsTheLastLineAndMatchesTheCsv() throws IOException {
        Path out = dir.resolve("run/frames.csv");
        Cli r = simulate(EXPERIMENT, out, "--json");
        assertEquals(0, r.exit(), r.toString());
        JsonNode j = r.json();
        assertTrue(j.get("ok").asBoolean(), j.toString());
        assertEquals("synthetic-2s3p", j.get("pack").asText());
        assertEquals("2s3p", j.get("configuration").asText());
        assertEquals(6, j.get("cells").asInt());
        assertEquals(180.0, j.get("simulatedS").asDouble(), 1e-9);
        assertEquals(out.toString(), j.get("out").asText());
        JsonNode steps = j.get("steps");
        assertEquals(2, steps.size());
        assertEquals("Discharge at 1C for 2 min", steps.get(0).get("text").asText());
        assertEquals(1, steps.get(0).get("line").asInt());
        assertEquals(120.0, steps.get(0).get("endS").asDouble(), 1e-9);
        assertEquals("Rest for 1 min", steps.get(1).get("text").asText());
        assertEquals(120.0, steps.get(1).get("startS").asDouble(), 1e-9);
        for (JsonNode s : steps) {
            assertEquals("duration reached", s.get("endReason").asText());
            assertEquals(0, s.get("limitedSteps").asInt());
        }
        List<String> lines = csv(out);
        assertEquals(j.get("frames").asLong(), lines.size() - 1, "one CSV row per frame");
        assertEquals(1 + 180, lines.size() - 1, "initial frame and one per second; the step ends fall on a second and"
                + " are not repeated");
        assertEquals(9 + 5 * 6, lines.get(0).split(",").length, "pack columns + 5 per cell");
        // Delivered energy in the summary = Σ P·dt over the 1 s frames: the solver holds the current over a step and
        // reports the end-of-step voltage, which is also what the energy account integrates
        double energy = 0;
        for (String line : lines.subList(2, lines.size())) {
            String[] c = line.split(",");
            double t = Double.parseDouble(c[0]);
            if (t <= 120 + 1e-9) {
                energy += Double.parseDouble(c[3]);
            }
        }
        assertEquals(energy, j.get("deliveredEnergyJ").asDouble(), 1e-9 * energy);
        assertTrue(j.get("heatJ").asDouble() > 0);
        // progress goes to stderr, one line per step
        assertTrue(r.err().contains("[1/2] t = 0 s: Discharge at 1C for 2 min"), r.err());
        assertTrue(r.err().contains("[2/2] t = 120 s: Rest for 1 min"), r.err());
    }

    @Test
    void packOnlyWritesPackColumnsAndTheSameRowCount() throws IOException {
        Path out = dir.resolve("pack.csv");
        Cli r = simulate("Rest for 10 s", out, "--pack-only", "--output-interval", "2");
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = csv(out);
        assertEquals(9, lines.get(0).split(",").length);
        assertEquals(1 + 5, lines.size() - 1, "frames at 0, 2, 4, 6, 8, 10 s (the step end, once)");
        assertTrue(r.outLines().get(0).contains("6 frames"), r.out());
    }

    @Test
    void sameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        assertEquals(0, simulate("Discharge at 2C for 1 min", a).exit());
        assertEquals(0, simulate("Discharge at 2C for 1 min", b).exit());
        assertEquals(0, simulate("Discharge at 2C for 1 min", c, "--seed", "8").exit());
        assertEquals(Files.readString(a), Files.readString(b));
        assertNotEquals(Files.readString(a), Files.readString(c));
    }

    @Test
    void badExperimentExitsOneWithCaretUnderTheWord() throws IOException {
        Path out = dir.resolve("never.csv");
        Cli r = simulate("Rest for 1 s\nDischarge at 1C untill 3.2 V", out, "--json");
        assertEquals(1, r.exit(), r.toString());
        List<String> err = r.errLines();
        assertEquals(3, err.size(), r.toString());
        assertEquals("Discharge at 1C untill 3.2 V", err.get(0));
        assertEquals(" ".repeat(16) + "^^^^^^", err.get(1), "six carets under \"untill\" (column 17)");
        assertTrue(err.get(2).startsWith("twin simulate: line 2, column 17: \"untill\""), err.get(2));
        JsonNode j = r.json();
        assertFalse(j.get("ok").asBoolean());
        assertTrue(j.get("error").asText().startsWith("line 2, column 17"), j.toString());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(pack), files.toList(), "no CSV and no .part left behind");
        }
    }

    @Test
    void badFaultAndMissingPackExitOneWithOneLine() {
        Cli fault = simulate("Rest for 1 s", dir.resolve("x.csv"), "--fault", "melt:1");
        assertEquals(1, fault.exit(), fault.toString());
        assertEquals(1, fault.errLines().size(), fault.toString());
        assertTrue(fault.err().startsWith("twin simulate: fault \"melt:1\": unknown kind"), fault.err());
        Cli missing = Cli.run("simulate", "--pack", dir.resolve("none.json").toString(), "--experiment",
                "Rest for 1 s", "--out", dir.resolve("y.csv").toString());
        assertEquals(1, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("is neither a topology file nor a built-in pack"), missing.err());
    }

    @Test
    void faultsFromTheCommandLineReachTheModelAndTheSensors() throws IOException {
        Path clean = dir.resolve("clean.csv");
        Path faulty = dir.resolve("faulty.csv");
        assertEquals(0, simulate("Rest for 5 s", clean).exit());
        Cli r = simulate("Rest for 5 s", faulty, "--fault", "sensor-offset:4:0.25");
        assertEquals(0, r.exit(), r.toString());
        String[] a = csv(clean).get(3).split(",");
        String[] b = csv(faulty).get(3).split(",");
        int cell4Voltage = 9 + 5 * 4;
        assertEquals(Double.parseDouble(a[cell4Voltage]) + 0.25, Double.parseDouble(b[cell4Voltage]), 0.0);
        assertEquals(a[cell4Voltage + 3], b[cell4Voltage + 3], "SoC of the cell is untouched");
        assertEquals(a[2], b[2], "pack voltage is untouched");
    }
}
