package org.evtwin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evtwin.core.fit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code twin import}, {@code twin datasets}, {@code twin export} against a temporary database. */
class StoreCommandsTest {

    @Test
    void importListExportDeleteWithJson(@TempDir Path dir) throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("twin") + ";USER=ada;PASSWORD=s3cret";
        Path nasa = SharedData.projectDir().resolve(
                "sample-data/datasets/nasa-pcoe-b0005/dis_84_cap_1.5488741079890418.csv");
        Cli first = Cli.run("import", nasa.toString(), "--db", db, "--json");
        assertEquals(0, first.exit(), first.toString());
        JsonNode j = first.json();
        assertTrue(j.get("ok").asBoolean());
        assertFalse(j.get("duplicate").asBoolean());
        assertEquals(329, j.get("acceptedRows").asLong());
        assertEquals("nasa-pcoe-discharge", j.get("format").asText());
        assertEquals(Files.size(nasa), j.get("sourceBytes").asLong());
        long id = j.get("id").asLong();

        Cli again = Cli.run("import", nasa.toString(), "--db", db, "--json");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.json().get("duplicate").asBoolean());
        assertEquals(id, again.json().get("id").asLong());
        assertTrue(again.outLines().get(0).endsWith("already imported as data set " + id
                + " \"dis_84_cap_1.5488741079890418\" (same SHA-256); nothing stored"), again.out());

        Cli list = Cli.run("datasets", "--db", db, "--json");
        assertEquals(0, list.exit(), list.toString());
        assertEquals(1, list.json().get("datasets").size());
        assertFalse(list.toString().contains("s3cret"), "credentials never printed:\n" + list);
        assertFalse(list.toString().contains("ada"), "user name never printed:\n" + list);

        Path out = dir.resolve("out.csv");
        Cli export = Cli.run("export", Long.toString(id), "--out", out.toString(), "--db", db, "--json");
        assertEquals(0, export.exit(), export.toString());
        assertEquals(329, export.json().get("rows").asLong());
        assertEquals("time_s,pack_current_a,cell_0_voltage_v,cell_0_temperature_c",
                Files.readAllLines(out).get(0));
        assertEquals(330, Files.readAllLines(out).size());

        Cli delete = Cli.run("datasets", "--db", db, "--delete", Long.toString(id), "--json");
        assertEquals(0, delete.exit(), delete.toString());
        assertEquals(0, Cli.run("datasets", "--db", db, "--json").json().get("datasets").size());
    }

    @Test
    void badInputExitsTwoAndFailedImportExitsOneWithJson(@TempDir Path dir) throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("twin");
        Cli missing = Cli.run("import", dir.resolve("nope.csv").toString(), "--db", db);
        assertEquals(2, missing.exit(), missing.toString());
        assertEquals("twin import: " + dir.resolve("nope.csv") + ": no such file (see --help)",
                missing.errLines().get(0));

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "time_s,pack_voltage_v\n0,360.5\n1,abc\n");
        Cli failed = Cli.run("import", bad.toString(), "--db", db, "--json");
        assertEquals(1, failed.exit(), failed.toString());
        assertFalse(failed.json().get("ok").asBoolean());
        assertEquals("bad.csv:3: column 'pack_voltage_v': \"abc\" is not a number (policy: stop at the first error)",
                failed.json().get("error").asText());
        assertEquals(0, Cli.run("datasets", "--db", db, "--json").json().get("datasets").size(), "nothing stored");

        Cli skipped = Cli.run("import", bad.toString(), "--db", db, "--on-error", "skip", "--json");
        assertEquals(0, skipped.exit(), skipped.toString());
        assertEquals(1, skipped.json().get("rejectedRows").asLong());
        Cli rejects = Cli.run("datasets", "--db", db, "--rejects", skipped.json().get("id").asText(), "--json");
        assertEquals(0, rejects.exit(), rejects.toString());
        assertEquals(3, rejects.json().get("rejects").get(0).get("line").asLong());
        assertEquals("line 3, column 'pack_voltage_v': NOT_A_NUMBER: \"abc\" is not a number (value \"abc\")",
                rejects.outLines().get(0));
    }
}
