package org.evtwin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.fit.SharedData;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.ingest.csv.ProgressListener;
import org.evtwin.core.model.SyntheticCells;
import org.evtwin.core.store.CsvFileImport;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code twin replay} on the shipped NASA discharge, from the file and from a store, and its errors. */
class ReplayCommandTest {
    private static final Path NASA = SharedData.projectDir()
            .resolve("sample-data/recordings/nasa-pcoe-b0005/dis_2_cap_1.846327249719927.csv");

    @TempDir
    Path dir;

    /** RMSE of a residual column of the replay CSV (empty cells = not measured, skipped). */
    private static double rmse(List<String> csv, String column) {
        int c = List.of(csv.get(0).split(",", -1)).indexOf(column);
        double ss = 0;
        int n = 0;
        for (String line : csv.subList(1, csv.size())) {
            String v = line.split(",", -1)[c];
            if (!v.isEmpty()) {
                ss += Math.pow(Double.parseDouble(v), 2);
                n++;
            }
        }
        return Math.sqrt(ss / n);
    }

    @Test
    void replaysAFileAndTheCsvHoldsTheResiduals() throws IOException {
        Path out = dir.resolve("frames.csv");
        Cli r = Cli.run("replay", NASA.toString(), "--initial-soc", "1", "--out", out.toString(), "--json");
        assertEquals(0, r.exit(), r.toString());
        JsonNode j = r.json();
        assertTrue(j.get("ok").asBoolean());
        assertEquals(KnownFormats.NASA_DISCHARGE, j.get("format").asText());
        assertEquals("nasa-18650-b0005-1s1p (nasa-18650-b0005)", j.get("model").asText());
        assertEquals(196, j.get("frames").asLong());
        assertEquals(3672.344, j.get("durationS").asDouble());
        assertEquals(1.0, j.get("initialSoc").asDouble(), 1e-8);   // after the 1 s of the first sample's 21 uA
        JsonNode v = j.get("residuals").get("cell voltage");
        assertEquals(196, v.get("samples").asLong());
        assertFalse(j.get("residuals").has("pack voltage"), "a single cell's pack voltage is its cell voltage");
        List<String> csv = Files.readAllLines(out);
        assertEquals(197, csv.size());
        assertEquals(v.get("rmse").asDouble(), rmse(csv, "cell_0_residual_voltage_v"), 1e-12);
        assertEquals(j.get("residuals").get("cell temperature").get("rmse").asDouble(),
                rmse(csv, "cell_0_residual_temperature_k"), 1e-12);
        assertTrue(v.get("rmse").asDouble() < 0.02, "fresh model, SoC 1: " + v);   // validation.md: 15.5 mV loaded
        assertFalse(Files.exists(dir.resolve("frames.csv.part")));
    }

    /**
     * The simulator's telemetry CSV replayed with the same pack: the model alongside is driven by the recorded
     * current from the recorded per-cell SoC, so it must retrace the simulation (the synthetic cell's tables are
     * flat, so the simulator's 5 s coefficient refresh against the replay's every-step refresh does not matter
     * either). A one-sample shift of the current or a sign error would show as tens of mV.
     */
    @Test
    void theSimulatorsOutputReplaysWithNearZeroResidual() throws IOException {
        Path pack = SyntheticCells.copyResource("/org/evtwin/core/testdata/synthetic-2s3p.json", dir);
        Path frames = dir.resolve("sim.csv");
        Cli sim = Cli.run("simulate", "--pack", pack.toString(), "--experiment", "Discharge at 1C for 2 min; Rest"
                + " for 1 min; Charge at 0.5C for 1 min; Discharge at 2C for 30 s", "--initial-soc", "0.8", "--out",
                frames.toString());
        assertEquals(0, sim.exit(), sim.toString());
        Cli r = Cli.run("replay", frames.toString(), "--pack", pack.toString(), "--json");
        assertEquals(0, r.exit(), r.toString());
        JsonNode res = r.json().get("residuals");
        assertEquals(0.8, r.json().get("initialSoc").asDouble(), 1e-12);
        assertTrue(res.get("cell voltage").get("maxAbs").asDouble() < 1e-9, res.toString());
        assertTrue(res.get("cell temperature").get("maxAbs").asDouble() < 1e-9, res.toString());
        assertTrue(res.get("cell soc").get("maxAbs").asDouble() < 1e-12, res.toString());
        for (String extreme : new String[] {"min cell voltage", "max cell voltage", "max cell temperature"}) {
            assertTrue(res.get(extreme).get("maxAbs").asDouble() < 1e-9, extreme + ": " + res);
        }
        long rows = Files.readAllLines(frames).size() - 1L;
        assertEquals(rows, r.json().get("frames").asLong());
        assertEquals(6 * rows, res.get("cell voltage").get("samples").asLong());
    }

    @Test
    void aStoredDataSetReplaysLikeItsFile() {
        String url = "jdbc:h2:mem:replay-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        long id;
        try (DataSetStore store = DataSetStore.open(new DatabaseLocation(url))) {
            id = CsvFileImport.run(store, NASA, KnownFormats.detect(NASA).mapping(), KnownFormats.NASA_DISCHARGE,
                    "b0005-dis2", ImportPolicy.stopAtFirstError(), ProgressListener.none(), Cancellation.never())
                    .dataSet().id();
            Cli file = Cli.run("replay", NASA.toString(), "--json", "--from", "100", "--to", "2000");
            Cli byId = Cli.run("replay", String.valueOf(id), "--db", url, "--json", "--from", "100", "--to", "2000");
            Cli byName = Cli.run("replay", "b0005-dis2", "--db", url, "--json", "--from", "100", "--to", "2000");
            assertEquals(0, byId.exit(), byId.toString());
            assertEquals(0, byName.exit(), byName.toString());
            assertEquals(file.json().get("residuals"), byId.json().get("residuals"));
            assertEquals(file.json().get("residuals"), byName.json().get("residuals"));
            assertEquals(file.json().get("frames"), byId.json().get("frames"));
            assertEquals(100.0, byId.json().get("fromS").asDouble());
            Cli unknown = Cli.run("replay", "b0005-dis3", "--db", url, "--json");
            assertEquals(1, unknown.exit());
            assertEquals("twin replay: no data set named \"b0005-dis3\" in jdbc:h2:mem:" + url.substring(12)
                    + " (and no such file)", unknown.errLines().get(0));
            assertFalse(unknown.json().get("ok").asBoolean());
        }
    }

    @Test
    void badInputIsNamed() throws IOException {
        Cli slow = Cli.run("replay", NASA.toString(), "--speed", "0.01");
        assertEquals(2, slow.exit());
        assertEquals("twin replay: --speed must be max or a number from 0.1 to 1000, found \"0.01\" (see --help)",
                slow.errLines().get(0));
        Cli missing = Cli.run("replay", dir.resolve("none.csv").toString(), "--json");
        assertEquals(1, missing.exit());
        assertEquals("twin replay: " + dir.resolve("none.csv") + ": no such file", missing.errLines().get(0));
        assertFalse(missing.json().get("ok").asBoolean());
        Cli window = Cli.run("replay", NASA.toString(), "--from", "5000");
        assertEquals(1, window.exit());
        assertEquals("twin replay: dis_2_cap_1.846327249719927.csv: replay window 5000.0 to 3672.344 s must lie"
                + " within the recording, 0.0 to 3672.344 s", window.errLines().get(0));
        Path telemetry = dir.resolve("t.csv");
        Files.writeString(telemetry, "time_s,pack_current_a,pack_voltage_v\n0,0,3.9\n1,1,3.8\n");
        Cli noModel = Cli.run("replay", telemetry.toString());
        assertEquals(1, noModel.exit());
        assertEquals("twin replay: t.csv (format evtwin-telemetry): say which model runs alongside: --cell-model"
                + " nasa|leaf|<cell.json> for a single-cell recording, --pack <name|topology.json> for a pack",
                noModel.errLines().get(0));
        Cli noTemperature = Cli.run("replay", telemetry.toString(), "--cell-model", "nasa");
        assertEquals(1, noTemperature.exit());
        assertEquals("twin replay: t.csv: the first sample (t = 0.0 s, line 2) has no ambient and no cell"
                + " temperature; give the ambient temperature", noTemperature.errLines().get(0));
        Cli given = Cli.run("replay", telemetry.toString(), "--cell-model", "nasa", "--ambient-c", "25", "--json");
        assertEquals(0, given.exit(), given.toString());
        assertEquals(2, given.json().get("residuals").get("cell voltage").get("samples").asLong());
    }
}
