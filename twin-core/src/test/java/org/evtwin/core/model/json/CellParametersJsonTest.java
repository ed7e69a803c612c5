package org.evtwin.core.model.json;

import static org.evtwin.core.model.json.CellJsonFixtures.ecm;
import static org.evtwin.core.model.json.CellJsonFixtures.read;
import static org.evtwin.core.model.json.CellJsonFixtures.richCell;
import static org.evtwin.core.model.json.CellJsonFixtures.richCellWithLag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid cell parameter files: exact round trip, documented defaults and the written form. Bad input:
 * {@link CellParametersJsonErrorsTest}.
 */
class CellParametersJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
    void diffusionTimeConstantFollowsArrhenius() {
        EcmParameters.Diffusion d = new EcmParameters.Diffusion(240.0, 0.15, 3.03e4, 25.0);
        double expected = 240.0 * Math.exp(3.03e4 / EcmParameters.GAS_CONSTANT * (1 / 313.15 - 1 / 298.15));
        assertEquals(expected, d.timeConstantS(40.0), 1e-9);
        assertEquals(0.15 * expected, d.steadyLagS(40.0), 1e-9, "the gain does not depend on temperature");
        assertTrue(d.timeConstantS(10.0) > 240.0, "slower diffusion when cold");
        assertThrows(IllegalArgumentException.class, () -> new EcmParameters.Diffusion(-1, 0.1, 0, 25));
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
