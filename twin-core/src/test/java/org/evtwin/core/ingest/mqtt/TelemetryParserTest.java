package org.evtwin.core.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TelemetryParserTest {
    private final TelemetryParser car = new TelemetryParser(Map.of("car-7", BadPayloadCorpus.CAR),
            BadPayloadCorpus.RULES);

    static List<BadPayloadCorpus.Case> corpus() {
        return BadPayloadCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyBadPayloadIsRejectedWithItsExactReason(BadPayloadCorpus.Case c) {
        RejectedMessageException e = assertThrows(RejectedMessageException.class,
                () -> car.parse(c.topic(), c.payload(), BadPayloadCorpus.NOW));
        assertEquals(c.reason(), e.describe());
    }

    @Test
    void theValidTemplateIsAcceptedWithItsValuesAndNanForAbsentQuantities() throws Exception {
        TelemetryMessage m = car.parse(BadPayloadCorpus.TOPIC,
                BadPayloadCorpus.VALID.getBytes(StandardCharsets.UTF_8), BadPayloadCorpus.NOW);
        assertEquals("car-7", m.vehicleId());
        assertEquals(5, m.seq());
        assertEquals(1763799999000L, m.epochMs());
        assertEquals(10.5, m.packCurrentA());
        assertEquals(7.4, m.packVoltageV());
        assertEquals(0.5, m.packSoc());
        assertArrayEquals(new double[] {3.7, 3.71, 3.69, 3.7}, m.cellVoltageV());
        assertArrayEquals(new double[] {25, 25.5, 26, 26.5}, m.cellTemperatureC());
        assertTrue(Double.isNaN(m.cellSoc()[0]) && Double.isNaN(m.cellCurrentA()[3]) && Double.isNaN(m.cellSoh()[1]));
        PackFrame f = m.toFrame(1763799998000L);
        assertEquals(1.0, f.timeS());
    }

    @Test
    void simulatorFramesSurviveEncodeAndParseBitForBit() throws Exception {
        VehicleSpec leaf = VehicleSpec.of("leaf-1", LiveTestSupport.LEAF);
        TelemetryParser parser = new TelemetryParser(Map.of("leaf-1", leaf), MessageRules.DEFAULTS);
        TelemetryEncoder encoder = new TelemetryEncoder(leaf);
        PackFrame frame = LiveTestSupport.leafFrames(30).get(29);
        long t = System.currentTimeMillis();
        TelemetryMessage m = parser.parse("ev/leaf-1/battery/telemetry", encoder.encode(frame, 42, t), t);
        assertEquals(42, m.seq());
        assertEquals(t, m.epochMs());
        assertEquals(frame.packCurrentA(), m.packCurrentA());
        assertEquals(frame.packVoltageV(), m.packVoltageV());
        assertEquals(frame.packSoc(), m.packSoc());
        assertEquals(frame.limit(), m.limit());
        assertArrayEquals(frame.cellVoltageV(), m.cellVoltageV());
        assertArrayEquals(frame.cellCurrentA(), m.cellCurrentA());
        assertArrayEquals(frame.cellTemperatureC(), m.cellTemperatureC());
        assertArrayEquals(frame.cellSoc(), m.cellSoc());
        assertArrayEquals(frame.cellSoh(), m.cellSoh());
        // 1C discharge of a 2p pack: each cell carries about half the pack current
        assertEquals(LiveTestSupport.LEAF.capacityAh() / 2, m.cellCurrentA()[0], 0.1 * LiveTestSupport.LEAF.capacityAh());
    }
}
