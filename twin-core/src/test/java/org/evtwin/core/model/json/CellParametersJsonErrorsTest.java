package org.evtwin.core.model.json;

import static org.evtwin.core.model.json.CellJsonFixtures.FILE;
import static org.evtwin.core.model.json.CellJsonFixtures.ecm;
import static org.evtwin.core.model.json.CellJsonFixtures.read;
import static org.evtwin.core.model.json.CellJsonFixtures.richCell;
import static org.evtwin.core.model.json.CellJsonFixtures.richCellWithLag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad cell parameter files: every validation error names file, JSON path and rule. */
class CellParametersJsonErrorsTest {

    /** Writes the rich cell as JSON, lets {@code edit} break it, reads it back and returns the error message. */
    private static String errorAfter(Consumer<ObjectNode> edit) {
        ObjectNode root = CellParametersJson.toJson(richCell());
        edit.accept(root);
        TwinException e = assertThrows(TwinException.class, () -> read(root.toString()));
        assertTrue(e.getMessage().startsWith(FILE + ": "), "names the file first: " + e.getMessage());
        return e.getMessage();
    }

    private static void assertMessage(String message, String path, String rule) {
        assertTrue(message.contains(": " + path + ": "), "names JSON path " + path + ": " + message);
        assertTrue(message.contains(rule), "states the rule '" + rule + "': " + message);
    }

    @Test
    void diffusionLagRulesNameTheField() {
        assertMessage(errorAfter(r -> ((ObjectNode) ecm(richLag(r)).get("diffusion")).put("timeConstantS", 0.0)),
                "$.ecm.diffusion.timeConstantS", "must be > 0 (found 0.0)");
        assertMessage(errorAfter(r -> ((ObjectNode) ecm(richLag(r)).get("diffusion")).put("gain", -0.1)),
                "$.ecm.diffusion.gain", "must be > 0 (found -0.1)");
        assertMessage(errorAfter(r -> ((ObjectNode) ecm(richLag(r)).get("diffusion")).put("activationJPerMol", -1.0)),
                "$.ecm.diffusion.activationJPerMol", "must be >= 0 (found -1.0)");
        assertMessage(errorAfter(r -> ((ObjectNode) ecm(richLag(r)).get("diffusion")).remove("gain")),
                "$.ecm.diffusion.gain", "required field is missing");
        assertMessage(errorAfter(r -> ecm(r).put("diffusion", 3.0)), "$.ecm.diffusion", "must be a JSON object");
    }

    /** Adds the rich cell's diffusion object to a tree of the rich cell (which has none). */
    private static ObjectNode richLag(ObjectNode root) {
        ecm(root).set("diffusion", CellParametersJson.toJson(richCellWithLag()).get("ecm").get("diffusion"));
        return root;
    }

    @Test
    void negativeCapacity() {
        String m = errorAfter(r -> r.put("capacityAh", -2.0));
        assertMessage(m, "$.capacityAh", "must be > 0 (found -2.0)");
    }

    @Test
    void nonMonotonicOcvNamesTheElement() {
        String m = errorAfter(r -> ((ArrayNode) ecm(r).get("ocvV").get(0)).set(3, 3.65));
        assertMessage(m, "$.ecm.ocvV[0][3]", "OCV must increase with SoC");
        assertTrue(m.contains("3.65 V at SoC 0.9"), m);
    }

    @Test
    void socGridOutsideZeroToOne() {
        String m = errorAfter(r -> ((ArrayNode) ecm(r).get("socGrid")).set(4, 1.2));
        assertMessage(m, "$.ecm.socGrid", "SoC must be between 0 and 1, found 1.2 at index 4");
        String negative = errorAfter(r -> ((ArrayNode) ecm(r).get("socGrid")).set(0, -0.01));
        assertMessage(negative, "$.ecm.socGrid", "SoC must be between 0 and 1");
    }

    @Test
    void socGridNotStrictlyIncreasing() {
        String m = errorAfter(r -> ((ArrayNode) ecm(r).get("socGrid")).set(2, 0.1));
        assertMessage(m, "$.ecm.socGrid", "SoC grid must increase strictly (index 2");
        String t = errorAfter(r -> ((ArrayNode) ecm(r).get("temperaturesC")).set(1, 0.0));
        assertMessage(t, "$.ecm.temperaturesC", "temperatures must increase strictly (index 1)");
    }

    @Test
    void wrongMatrixShape() {
        String rows = errorAfter(r -> ((ArrayNode) ecm(r).get("r0Ohm")).remove(1));
        assertMessage(rows, "$.ecm.r0Ohm", "must be an array of 2 rows (one per temperature), found an array of 1");
        String columns = errorAfter(r -> ((ArrayNode) ecm(r).get("c1F").get(1)).remove(4));
        assertMessage(columns, "$.ecm.c1F[1]", "must be an array of 5 numbers (one per SoC point), found an array of 4");
        String element = errorAfter(r -> ((ArrayNode) ecm(r).get("r2Ohm").get(1)).set(2, "x"));
        assertMessage(element, "$.ecm.r2Ohm[1][2]", "must be a number, found \"x\"");
    }

    @Test
    void nonPositiveResistanceNamesTheElement() {
        String m = errorAfter(r -> ((ArrayNode) ecm(r).get("r1Ohm").get(1)).set(3, 0.0));
        assertMessage(m, "$.ecm.r1Ohm[1][3]", "must be > 0 (found 0.0)");
    }

    @Test
    void missingField() {
        String m = errorAfter(r -> ((ObjectNode) r.get("thermal")).remove("massKg"));
        assertMessage(m, "$.thermal.massKg", "required field is missing");
        String nulled = errorAfter(r -> ecm(r).putNull("ocvV"));
        assertMessage(nulled, "$.ecm.ocvV", "required field is missing");
    }

    @Test
    void wrongType() {
        assertMessage(errorAfter(r -> r.put("capacityAh", "33 Ah")), "$.capacityAh", "must be a number, found \"33 Ah\"");
        assertMessage(errorAfter(r -> r.putArray("ecm")), "$.ecm", "must be a JSON object");
        assertMessage(errorAfter(r -> r.put("name", 5)), "$.name", "must be a string");
        assertMessage(errorAfter(r -> ecm(r).put("socGrid", 0.5)), "$.ecm.socGrid", "must be a non-empty array");
    }

    @Test
    void otherPhysicalRules() {
        assertMessage(errorAfter(r -> ((ObjectNode) r.get("limits")).put("maxVoltageV", 2.4)), "$.limits.maxVoltageV",
                "must be above minVoltageV (2.5 V)");
        assertMessage(errorAfter(r -> ((ObjectNode) r.get("limits")).put("maxTemperatureC", -30)),
                "$.limits.maxTemperatureC", "must be above minTemperatureC");
        assertMessage(errorAfter(r -> ecm(r).put("coulombicEfficiency", 1.5)), "$.ecm.coulombicEfficiency",
                "must be between 0 and 1 (found 1.5)");
        assertMessage(errorAfter(r -> ecm(r).put("coulombicEfficiency", 0.0)), "$.ecm.coulombicEfficiency",
                "must be > 0");
        assertMessage(errorAfter(r -> ecm(r).put("selfDischargePerDay", -1e-3)), "$.ecm.selfDischargePerDay",
                "must be >= 0");
        assertMessage(errorAfter(r -> ((ObjectNode) r.get("geometry")).put("heightM", 0)), "$.geometry.heightM",
                "must be > 0");
    }

    @Test
    void wrongSchema() {
        String m = errorAfter(r -> r.put("schema", "evtwin.cell/2"));
        assertMessage(m, "$.schema", "unsupported schema \"evtwin.cell/2\", expected \"evtwin.cell/1\"");
    }

    @Test
    void notJsonGivesLineAndColumn() {
        String text = "{\n  \"schema\": \"evtwin.cell/1\",\n  \"capacityAh\": 2.0,,\n}\n";
        TwinException e = assertThrows(TwinException.class, () -> read(text));
        // The second comma on line 3 is its 21st character (2 blanks, 12 for "capacityAh", ": 2.0,").
        assertTrue(e.getMessage().startsWith(FILE + ": line 3, column 21: not valid JSON"), e.getMessage());
    }

    @Test
    void topLevelMustBeAnObject() {
        TwinException e = assertThrows(TwinException.class, () -> read("[1, 2]"));
        assertEquals(FILE + ": $: must be a JSON object", e.getMessage());
    }

    @Test
    void unreadableFileNamesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        TwinException e = assertThrows(TwinException.class, () -> CellParametersJson.read(missing));
        assertTrue(e.getMessage().startsWith(missing + ": cannot read"), e.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void unknownAgeingModelIsRejectedWithPath() {
        assertMessage(errorAfter(r -> r.put("ageingModel", "no-such-model")), "$.ageingModel", "no-such-model");
    }
}
