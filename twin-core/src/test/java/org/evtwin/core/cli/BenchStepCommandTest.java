package org.evtwin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.evtwin.core.model.SyntheticCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code twin bench step --json}: the figures are present, positive and consistent (never timed here). */
class BenchStepCommandTest {

    @Test
    void jsonFiguresArePresentPositiveAndConsistent(@TempDir Path dir) {
        Path pack = SyntheticCells.copyResource("/org/evtwin/core/testdata/synthetic-96s1p.json", dir);
        Cli r = Cli.run("bench", "step", "--pack", pack.toString(), "--cells", "96", "--rounds", "1", "--steps", "10",
                "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(2, r.outLines().size(), "one human line, then the JSON line\n" + r);
        JsonNode j = r.json();
        assertTrue(j.get("ok").asBoolean());
        assertEquals("96s1p", j.get("pack").asText());
        assertEquals(96, j.get("cells").asInt());
        assertEquals(0.01, j.get("dtS").asDouble(), 0.0);
        assertEquals(1, j.get("rounds").asInt());
        assertEquals(10, j.get("stepsPerRound").asInt());
        assertEquals(System.getProperty("java.version"), j.get("java").asText());
        for (String positive : new String[] {"medianMicrosPerStep", "nsPerCellStep", "stepsPerSecond",
            "realTimeFactor"}) {
            assertTrue(j.has(positive), positive + " present");
            double v = j.get(positive).asDouble();
            assertTrue(v > 0 && Double.isFinite(v), positive + " = " + v);
        }
        assertTrue(j.get("bytesAllocatedPerStep").asDouble() >= 0);
        // the figures are one measurement seen several ways
        double micros = j.get("medianMicrosPerStep").asDouble();
        assertEquals(micros * 1e3 / 96, j.get("nsPerCellStep").asDouble(), 1e-9 * micros * 1e3 / 96);
        assertEquals(1e6 / micros, j.get("stepsPerSecond").asDouble(), 1e-9 * 1e6 / micros);
        assertEquals(j.get("stepsPerSecond").asDouble() * 0.01, j.get("realTimeFactor").asDouble(),
                1e-9 * j.get("realTimeFactor").asDouble());
        assertTrue(r.outLines().get(0).startsWith("96s1p (96 cells), dt = 0.01 s"), r.out());
    }

    @Test

    void cellsOptionIsHonouredForAnyPack(@TempDir Path dir) {
        Path pack = SyntheticCells.copyResource("/org/evtwin/core/testdata/synthetic-2s3p.json", dir);
        Cli r = Cli.run("bench", "step", "--pack", pack.toString(), "--cells", "96", "--rounds", "1", "--steps", "10",
                "--json");
        assertTrue(r.exit() == 2 || r.json().get("cells").asInt() == 96, r.toString());
    }
}
