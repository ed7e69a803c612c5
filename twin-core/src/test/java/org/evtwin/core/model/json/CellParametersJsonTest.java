package org.evtwin.core.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellGeometry;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.Provenance;
import org.evtwin.core.model.Table2D;
import org.evtwin.core.model.ThermalProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cell parameter files: exact round trip, and every validation error names file, JSON path and rule. */
class CellParametersJsonTest {
    private static final String FILE = "cells/rich-test.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Two temperature rows, five SoC points, values that have no short decimal form. */
    static CellParameters richCell() {
        double[] soc = {0.0, 0.1, 0.5, 0.9, 1.0};
        double[] temps = {0.0, 25.0};
        Table2D ocv = new Table2D(soc, temps, new double[][] {
            {3.0, 3.4 + 1e-13, 3.7, 4.0, 4.15}, {3.01, 0.1 + 0.2 + 3.2, Math.PI + 0.5, 4.02, 4.2}});
        Table2D r0 = new Table2D(soc, temps, new double[][] {
            {0.031, 0.029, 0.027, 0.026, 0.026}, {0.012, 0.011, 0.01, Math.E / 300, 0.0105}});
        Table2D r1 = new Table2D(soc, temps, new double[][] {{0.004, 0.004, 0.004, 0.004, 0.004},
            {0.002, 0.002, 1.0 / 3.0 / 150, 0.002, 0.002}});
        Table2D c1 = new Table2D(soc, temps, new double[][] {{1500, 1600, 1700, 1800, 1900},
            {2000, 2100, 2200, 2300, 2400}});
        Table2D r2 = new Table2D(soc, temps, new double[][] {{0.01, 0.01, 0.01, 0.01, 0.01},
            {0.005, 0.005, 0.005, 0.005, 0.005}});
        Table2D c2 = new Table2D(soc, temps, new double[][] {{4e4, 4e4, 4e4, 4e4, 4e4}, {5e4, 5e4, 5e4, 5e4, 5e4}});
        EcmParameters ecm = new EcmParameters(ocv, r0, r1, c1, r2, c2, 0.9987, 0.0003, 2.9e4, 25.0);
        CellLimits limits = new CellLimits(2.5, 4.2, -20, 55, 3.0, 1.0, 10.0, 45.0);
        Provenance provenance = new Provenance("synthetic rich cell", List.of("data/a.csv sha256=00ff", "b.csv"),
                "hand-made", Map.of("hppc25_rmse_v", 0.0041, "ocv_rmse_v", 1.0 / 7.0), "2024-01-02T03:04:05Z");
        return new CellParameters("rich-test", "NMC/graphite", 2.0 / 3.0 * 100, ecm, limits,
                new ThermalProperties(0.0465, 1034.5, 0.00418), new CellGeometry("cylindrical", 0.0185, 0.0185,
                0.0652), "schmalstieg-nmc", provenance);
    }

    private static CellParameters read(String json) {
        return CellParametersJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

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

    private static ObjectNode ecm(ObjectNode root) {
        return (ObjectNode) root.get("ecm");
    }

    @Test
    void roundTripThroughFileGivesEqualRecordAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        CellParameters cell = richCell();
        Path file = dir.resolve("sub/rich.json");
        CellParametersJson.write(cell, file);
        CellParameters back = CellParametersJson.read(file);
        assertEquals(cell, back);
        // Record equality compares doubles bit for bit; spot-check a few values that have no short decimal form.
        assertEquals(Double.doubleToLongBits(Math.PI + 0.5), Double.doubleToLongBits(back.ecm().ocvV().value(1, 2)));
        assertEquals(Double.doubleToLongBits(2.0 / 3.0 * 100), Double.doubleToLongBits(back.capacityAh()));
        assertEquals(1.0 / 7.0, back.provenance().residuals().get("ocv_rmse_v"), 0.0);
        assertEquals(List.of("rich.json"), Files.list(file.getParent()).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void roundTripThroughStreamIsAFixedPoint() {
        ObjectNode once = CellParametersJson.toJson(richCell());
        ObjectNode twice = CellParametersJson.toJson(read(once.toString()));
        assertEquals(once, twice, "same JSON tree (object members compared by name)");
    }

    /** Guards the fix of Map.copyOf residuals, whose order changed from JVM to JVM (noisy diffs of fitted files). */
    @Test
    void residualsAreWrittenInAStableOrder() {
        Map<String, Double> residuals = new LinkedHashMap<>();
        for (String key : List.of("k", "c", "x", "a", "q", "f", "m", "b", "z", "e")) {
            residuals.put(key + "_rmse_v", 0.001);
        }
        CellParameters c = richCell();
        CellParameters withResiduals = new CellParameters(c.name(), c.chemistry(), c.capacityAh(), c.ecm(),
                c.limits(), c.thermal(), c.geometry(), c.ageingModel(), new Provenance("s", List.of(), "m",
                residuals, ""));
        List<String> written = new ArrayList<>();
        CellParametersJson.toJson(withResiduals).get("provenance").get("residuals").fieldNames()
                .forEachRemaining(written::add);
        List<String> sorted = written.stream().sorted().toList();
        assertTrue(written.equals(List.copyOf(residuals.keySet())) || written.equals(sorted),
                "insertion or sorted order, found " + written);
    }

    @Test
    void optionalFieldsTakeDocumentedDefaults() {
        ObjectNode root = CellParametersJson.toJson(richCell());
        ecm(root).remove(List.of("coulombicEfficiency", "selfDischargePerDay", "resistanceActivationJPerMol",
                "referenceTemperatureC"));
        ((ObjectNode) root.get("limits")).remove(List.of("deratingLowC", "deratingHighC"));
        root.remove(List.of("ageingModel", "provenance"));
        CellParameters cell = read(root.toString());
        assertEquals(1.0, cell.ecm().coulombicEfficiency(), 0.0);
        assertEquals(0.0, cell.ecm().selfDischargePerDay(), 0.0);
        assertEquals(25.0, cell.ecm().referenceTemperatureC(), 0.0);
        assertEquals(-20.0, cell.limits().deratingLowC(), 0.0, "derating starts at the temperature limit");
        assertEquals(55.0, cell.limits().deratingHighC(), 0.0);
        assertEquals("none", cell.ageingModel());
    }

    /** The rich cell with a diffusion lag whose values have no short decimal form. */
    private static CellParameters richCellWithLag() {
        CellParameters c = richCell();
        return new CellParameters(c.name(), c.chemistry(), c.capacityAh(),
                c.ecm().withDiffusion(new EcmParameters.Diffusion(200.0 / 3.0, 0.1 + 0.2, 3.03e4, 23.5)), c.limits(),
                c.thermal(), c.geometry(), c.ageingModel(), c.provenance());
    }

    @Test
    void diffusionLagRoundTripsAndIsOptional(@TempDir Path dir) {
        CellParameters cell = richCellWithLag();
        Path file = dir.resolve("lag.json");
        CellParametersJson.write(cell, file);
        CellParameters back = CellParametersJson.read(file);
        assertEquals(cell, back);
        assertEquals(Double.doubleToLongBits(200.0 / 3.0),
                Double.doubleToLongBits(back.ecm().diffusion().timeConstantS()));
        assertFalse(CellParametersJson.toJson(richCell()).get("ecm").has("diffusion"), "absent when not set");
        assertFalse(read(CellParametersJson.toJson(richCell()).toString()).ecm().hasDiffusion());
    }

    @Test
    void diffusionLagDefaults() {
        ObjectNode root = CellParametersJson.toJson(richCellWithLag());
        ((ObjectNode) ecm(root).get("diffusion")).remove(List.of("activationJPerMol", "referenceTemperatureC"));
        ecm(root).put("referenceTemperatureC", 20.0);
        EcmParameters.Diffusion d = read(root.toString()).ecm().diffusion();
        assertEquals(0.0, d.activationJPerMol(), 0.0);
        assertEquals(20.0, d.referenceTemperatureC(), 0.0, "defaults to the ecm reference temperature");
        assertEquals(d.timeConstantS(), d.timeConstantS(60.0), 0.0, "no activation energy: no temperature effect");
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
    void diffusionTimeConstantFollowsArrhenius() {
        EcmParameters.Diffusion d = new EcmParameters.Diffusion(240.0, 0.15, 3.03e4, 25.0);
        double expected = 240.0 * Math.exp(3.03e4 / EcmParameters.GAS_CONSTANT * (1 / 313.15 - 1 / 298.15));
        assertEquals(expected, d.timeConstantS(40.0), 1e-9);
        assertEquals(0.15 * expected, d.steadyLagS(40.0), 1e-9, "the gain does not depend on temperature");
        assertTrue(d.timeConstantS(10.0) > 240.0, "slower diffusion when cold");
        assertThrows(IllegalArgumentException.class, () -> new EcmParameters.Diffusion(-1, 0.1, 0, 25));
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

    @Test
    void toJsonWritesSchemaAndArraysAsTheReaderExpects() throws Exception {
        var node = MAPPER.readTree(CellParametersJson.toJson(richCell()).toString());
        assertEquals(CellParametersJson.SCHEMA, node.get("schema").asText());
        assertEquals(2, node.at("/ecm/ocvV").size());
        assertEquals(5, node.at("/ecm/ocvV/1").size());
        assertEquals(4.2, node.at("/ecm/ocvV/1/4").asDouble(), 0.0);
    }
}
