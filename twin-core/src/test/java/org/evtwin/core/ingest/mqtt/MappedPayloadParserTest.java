package org.evtwin.core.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.evtwin.core.ingest.mqtt.PayloadMapping.Field;
import org.evtwin.core.ingest.mqtt.TelemetrySchema.CellQuantity;
import org.junit.jupiter.api.Test;

/** Another vendor's shape: millivolts, kelvin, percent, seconds, nested arrays per module, vehicle in the topic. */
class MappedPayloadParserTest {
    private static final long NOW = 1_763_800_000_000L;
    private static final PayloadMapping MAPPING = new PayloadMapping("fleet/{vehicle}/bms", null,
            com.fasterxml.jackson.core.JsonPointer.compile("/ts"), MappedUnit.S, Field.of("/pack/i_ma", "mA"),
            Field.of("/pack/u", "V"), Field.of("/pack/soc_pct", "%"),
            Map.of(CellQuantity.VOLTAGE, Field.of("/cells/mv", "mV"), CellQuantity.TEMPERATURE,
                    Field.of("/cells/temp_k", "K")));
    private static final String PAYLOAD = """
            {"ts": 1763799999.5, "pack": {"i_ma": 12500, "u": 14.8, "soc_pct": 81},
             "cells": {"mv": [[3700, 3710], [3690, 3705]], "temp_k": [298.15, 298.65, 299.15, 300.15]}}""";
    private final MappedPayloadParser parser = new MappedPayloadParser(MAPPING,
            Map.of("car-7", BadPayloadCorpus.CAR), MessageRules.DEFAULTS);

    private TelemetryMessage parse(String topic, String payload) throws RejectedMessageException {
        return parser.parse(topic, payload.getBytes(StandardCharsets.UTF_8), NOW);
    }

    @Test
    void convertsUnitsAndFlattensModulesInTopologyOrder() throws Exception {
        TelemetryMessage m = parse("fleet/car-7/bms", PAYLOAD);
        assertEquals("car-7", m.vehicleId());
        assertEquals(1763799999500L, m.epochMs());
        assertEquals(1763799999500L, m.seq(), "without a sequence pointer the time is the key");
        assertEquals(12.5, m.packCurrentA(), 1e-12);
        assertEquals(0.81, m.packSoc(), 1e-12);
        assertArrayEquals(new double[] {3.7, 3.71, 3.69, 3.705}, m.cellVoltageV(), 1e-12);
        assertArrayEquals(new double[] {25.0, 25.5, 26.0, 27.0}, m.cellTemperatureC(), 1e-9);
        assertTrue(Double.isNaN(m.cellSoc()[0]));
        assertEquals("fleet/+/bms", MAPPING.topicFilter());
    }

    @Test
    void rejectsNameTheJsonPointerAndTheRuleInCoreUnits() {
        assertEquals("out-of-range: /cells/mv/1/0: 7.2 V is outside 0 V to 5 V", assertThrows(
                RejectedMessageException.class, () -> parse("fleet/car-7/bms", PAYLOAD.replace("3690", "7200")))
                .describe());
        assertEquals("wrong-shape: /cells/temp_k: 3 values, vehicle car-7 has 4 cells", assertThrows(
                RejectedMessageException.class, () -> parse("fleet/car-7/bms", PAYLOAD.replace(", 300.15", "")))
                .describe());
        assertEquals("missing-field: /pack/u is required", assertThrows(RejectedMessageException.class,
                () -> parse("fleet/car-7/bms", PAYLOAD.replace("\"u\": 14.8, ", ""))).describe());
        assertEquals("wrong-type: /ts: expected a number, found a string", assertThrows(
                RejectedMessageException.class, () -> parse("fleet/car-7/bms", PAYLOAD.replace("1763799999.5",
                        "\"now\""))).describe());
        assertEquals("unknown-vehicle: topic \"ev/car-7/battery/telemetry\" does not match fleet/{vehicle}/bms",
                assertThrows(RejectedMessageException.class, () -> parse("ev/car-7/battery/telemetry", PAYLOAD))
                        .describe());
    }
}
