package org.evtwin.core.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SyntheticCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pack topology files: the three ways to give the cell, and errors that name file, JSON path and rule. */
class TopologyJsonTest {
    private static final String RESOURCE = "/org/evtwin/core/testdata/synthetic-2s3p.json";
    private static final String FILE = "packs/test-pack.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Function<String, CellParameters> NO_BUILT_INS = name -> null;

    private static ObjectNode resource() {
        try (InputStream in = TopologyJsonTest.class.getResourceAsStream(RESOURCE)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static PackTopology read(ObjectNode root, Path baseDir, Function<String, CellParameters> builtIns) {
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        return TopologyJson.read(new ByteArrayInputStream(bytes), FILE, baseDir, builtIns);
    }

    private static String errorAfter(Consumer<ObjectNode> edit) {
        ObjectNode root = resource();
        edit.accept(root);
        TwinException e = assertThrows(TwinException.class, () -> read(root, null, NO_BUILT_INS));
        assertTrue(e.getMessage().startsWith(FILE + ": "), "names the file first: " + e.getMessage());
        return e.getMessage();
    }

    private static void assertMessage(String message, String path, String rule) {
        assertTrue(message.contains(": " + path + ": "), "names JSON path " + path + ": " + message);
        assertTrue(message.contains(rule), "states the rule '" + rule + "': " + message);
    }

    private static ObjectNode layout(ObjectNode root) {
        return (ObjectNode) root.get("layout");
    }

    @Test
    void embeddedCellPackReadsAllFields() {
        PackTopology t = read(resource(), null, NO_BUILT_INS);
        assertEquals("synthetic-2s3p", t.name());
        assertEquals(6, t.cellCount());
        assertEquals("2s3p", t.configuration());
        assertEquals(6.0, t.capacityAh(), 1e-12, "3 cells of 2 Ah in parallel");
        assertEquals(1e-4, t.interconnectResistanceOhm(), 0.0);
        assertEquals(10.0, t.cooling().heatTransferCoefficientWPerM2K(), 0.0);
        assertEquals(0.5, t.cooling().neighbourConductanceWPerK(), 0.0);
        assertEquals(6, t.layout().cellsPerModule());
        assertEquals(7L, t.spread().seed());
        assertEquals(0.03, t.spread().resistanceSigma(), 0.0);
        assertEquals(3.6, t.cell().ecm().ocv(0.5, 25.0), 1e-12);
        assertEquals(5.0, t.cell().limits().maxDischargeCRate(), 0.0);
    }

    @Test
    void cellFileIsResolvedAgainstTheTopologyDirectory(@TempDir Path dir) throws IOException {
        CellParameters cell = CellJsonFixtures.richCell();
        CellParametersJson.write(cell, dir.resolve("cells/rich.json"));
        ObjectNode root = resource();
        root.remove("cell");
        root.put("cellFile", "cells/rich.json");
        Path topologyFile = dir.resolve("pack.json");
        Files.writeString(topologyFile, root.toString());
        PackTopology t = TopologyJson.read(topologyFile, NO_BUILT_INS);
        assertEquals(cell, t.cell());
    }

    @Test
    void errorInsideAReferencedCellFileNamesThatFile(@TempDir Path dir) throws IOException {
        ObjectNode cellJson = CellParametersJson.toJson(CellJsonFixtures.richCell());
        cellJson.put("capacityAh", 0);
        Files.writeString(dir.resolve("bad-cell.json"), cellJson.toString());
        ObjectNode root = resource();
        root.remove("cell");
        root.put("cellFile", "bad-cell.json");
        TwinException e = assertThrows(TwinException.class, () -> read(root, dir, NO_BUILT_INS));
        assertTrue(e.getMessage().startsWith(dir.resolve("bad-cell.json") + ": $.capacityAh: must be > 0"),
                e.getMessage());
    }

    @Test
    void embeddedCellErrorsCarryTheFullPath() {
        String m = errorAfter(r -> ((ObjectNode) r.get("cell")).put("capacityAh", -1));
        assertMessage(m, "$.cell.capacityAh", "must be > 0 (found -1.0)");
    }

    @Test
    void builtInCellNameIsLookedUp() {
        CellParameters cell = SyntheticCells.linear();
        ObjectNode root = resource();
        root.remove("cell");
        root.put("cellName", "my-cell");
        PackTopology t = read(root, null, name -> name.equals("my-cell") ? cell : null);
        assertSame(cell, t.cell());
    }

    @Test
    void unknownCellName() {
        String m = errorAfter(r -> {
            r.remove("cell");
            r.put("cellName", "no-such-cell");
        });
        assertMessage(m, "$.cellName", "no built-in cell named \"no-such-cell\"");
    }

    @Test
    void missingCellFile(@TempDir Path dir) {
        ObjectNode root = resource();
        root.remove("cell");
        root.put("cellFile", "cells/missing.json");
        TwinException e = assertThrows(TwinException.class, () -> read(root, dir, NO_BUILT_INS));
        assertMessage(e.getMessage(), "$.cellFile", "cell file not found: " + dir.resolve("cells/missing.json"));
    }

    @Test
    void noCellAtAll() {
        String m = errorAfter(r -> r.remove("cell"));
        assertMessage(m, "$", "one of \"cell\", \"cellFile\" or \"cellName\" is required");
    }

    @Test
    void layoutGridMustHoldTheModuleCells() {
        String m = errorAfter(r -> layout(r).put("cellsX", 2));
        assertMessage(m, "$.layout", "cellsX·cellsY·cellsZ = 4 must equal the cells per module "
                + "seriesPerModule·parallel = 6");
    }

    @Test
    void badNumbers() {
        assertMessage(errorAfter(r -> r.put("modules", 2.5)), "$.modules", "must be a whole number > 0, found 2.5");
        assertMessage(errorAfter(r -> r.put("parallel", 0)), "$.parallel", "must be a whole number > 0, found 0");
        assertMessage(errorAfter(r -> r.put("seriesPerModule", "2")), "$.seriesPerModule",
                "must be a whole number > 0, found \"2\"");
        assertMessage(errorAfter(r -> r.put("modules", 1e12)), "$.modules", "must be a whole number > 0");
        assertMessage(errorAfter(r -> layout(r).put("pitchXM", -0.02)), "$.layout.pitchXM", "must be > 0");
        assertMessage(errorAfter(r -> ((ObjectNode) r.get("cooling")).put("heatTransferCoefficientWPerM2K", -1)),
                "$.cooling.heatTransferCoefficientWPerM2K", "must be >= 0 (found -1.0)");
        assertMessage(errorAfter(r -> ((ObjectNode) r.get("spread")).put("capacitySigma", 1.5)),
                "$.spread.capacitySigma", "must be between 0 and 1 (found 1.5)");
        assertMessage(errorAfter(r -> r.put("interconnectResistanceOhm", "small")), "$.interconnectResistanceOhm",
                "must be a number");
        assertMessage(errorAfter(r -> r.remove("cooling")), "$.cooling", "required field is missing");
    }

    @Test
    void wrongSchemaAndNotJson() {
        assertMessage(errorAfter(r -> r.put("schema", "evtwin.cell/1")), "$.schema",
                "unsupported schema \"evtwin.cell/1\", expected \"evtwin.pack/1\"");
        TwinException e = assertThrows(TwinException.class, () -> TopologyJson.read(
                new ByteArrayInputStream("{\"schema\": }".getBytes(StandardCharsets.UTF_8)), FILE, null,
                NO_BUILT_INS));
        assertTrue(e.getMessage().startsWith(FILE + ": line 1, column "), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test

    void largeSeedIsKeptExactly() {
        ObjectNode root = resource();
        ((ObjectNode) root.get("spread")).put("seed", 9_007_199_254_740_993L);   // 2^53 + 1
        assertEquals(9_007_199_254_740_993L, read(root, null, NO_BUILT_INS).spread().seed());
    }
}
