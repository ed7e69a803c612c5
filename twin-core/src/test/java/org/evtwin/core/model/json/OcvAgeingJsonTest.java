package org.evtwin.core.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.OcvAgeing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional age-dependent OCV shape of a cell file ({@code $.ecm.ocvAgeing}): round trip and rules. */
class OcvAgeingJsonTest {
    private static final String FILE = "cells/aged-test.json";
    private static final OcvAgeing SHAPE = new OcvAgeing(new double[] {0.0, 0.1, 0.5, 1.0},
            new double[] {0.15, -0.47, 1.0 / 3.0, 0.226}, 0.9957, "synthetic: test values");

    private static CellParameters agedCell() {
        CellParameters c = CellJsonFixtures.richCell();
        return new CellParameters(c.name(), c.chemistry(), c.capacityAh(), c.ecm().withOcvAgeing(SHAPE), c.limits(),
                c.thermal(), c.geometry(), c.ageingModel(), c.provenance());
    }

    private static CellParameters read(String json) {
        return CellParametersJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String errorAfter(Consumer<ObjectNode> editAgeing) {
        ObjectNode root = CellParametersJson.toJson(agedCell());
        editAgeing.accept((ObjectNode) root.get("ecm").get("ocvAgeing"));
        return assertThrows(TwinException.class, () -> read(root.toString())).getMessage();
    }

    @Test
    void roundTripsExactlyAndIsOptional(@TempDir Path dir) {
        Path file = dir.resolve("aged.json");
        CellParametersJson.write(agedCell(), file);
        CellParameters back = CellParametersJson.read(file);
        assertEquals(agedCell(), back);
        assertEquals(SHAPE, back.ecm().ocvAgeing());
        assertFalse(CellParametersJson.toJson(CellJsonFixtures.richCell()).get("ecm").has("ocvAgeing"));
        assertFalse(read(CellParametersJson.toJson(CellJsonFixtures.richCell()).toString()).ecm()
                .hasOcvAgeing());
    }

    @Test
    void knotsMustIncreaseStrictly() {
        assertEquals(FILE + ": $.ecm.ocvAgeing.socKnots[2]: knots must increase strictly (0.1 after 0.1)",
                errorAfter(a -> ((ArrayNode) a.get("socKnots")).set(2, 0.1)));
    }

    @Test
    void knotsWithinZeroToOne() {
        assertEquals(FILE + ": $.ecm.ocvAgeing.socKnots[3]: SoC must be between 0 and 1, found 1.2",
                errorAfter(a -> ((ArrayNode) a.get("socKnots")).set(3, 1.2)));
    }

    @Test
    void oneShiftPerKnot() {
        assertEquals(FILE + ": $.ecm.ocvAgeing.shiftVPerUnitFade: must have one value per SoC knot (4)",
                errorAfter(a -> ((ArrayNode) a.get("shiftVPerUnitFade")).remove(0)));
    }

    @Test
    void notANumberIsRejectedWithItsPath() {
        assertEquals(FILE + ": $.ecm.ocvAgeing.shiftVPerUnitFade[1]: must be a number, found \"NaN\"",
                errorAfter(a -> ((ArrayNode) a.get("shiftVPerUnitFade")).set(1, "NaN")));
        assertThrows(IllegalArgumentException.class, () -> new OcvAgeing(new double[] {0, 1},
                new double[] {0, Double.NaN}, 1.0, ""), "NaN in code is rejected too");
    }

    @Test
    void negativeResistanceGrowthIsRejected() {
        assertEquals(FILE + ": $.ecm.ocvAgeing.resistanceGrowthPerUnitFade: must be finite and >= 0, found -0.5",
                errorAfter(a -> a.put("resistanceGrowthPerUnitFade", -0.5)));
    }

    @Test
    void shapeIsLinearBetweenKnotsScaledByFadeAndZeroForAFreshCell() {
        assertEquals(0.15 + (-0.47 - 0.15) * 0.5, SHAPE.shapeV(0.05), 1e-15);
        assertEquals(0.226, SHAPE.shapeV(1.0), 0.0);
        assertEquals(0.15, SHAPE.shapeV(-0.1), 0.0, "constant outside the knots");
        assertEquals(0.2 * SHAPE.shapeV(0.3), SHAPE.shiftV(0.3, 0.8), 1e-15);
        assertEquals(0.0, SHAPE.shiftV(0.3, 1.0), 0.0);
        assertEquals(0.0, SHAPE.shiftV(0.3, 1.05), 0.0, "above rated capacity: no fade");
        assertEquals(1 + 0.9957 * 0.25, SHAPE.resistanceFactor(0.75), 1e-15);
    }
}
