package org.evtwin.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.evtwin.core.ingest.mqtt.MessageRules;
import org.evtwin.core.ingest.mqtt.RejectedMessageException;
import org.evtwin.core.ingest.mqtt.TelemetryMessage;
import org.evtwin.core.ingest.mqtt.TelemetryParser;
import org.evtwin.core.ingest.mqtt.TelemetrySchema;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.ingest.mqtt.broker.MosquittoProcess;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code twin bench mqtt}: the lines fed to {@code mosquitto_pub -l} are one whole message each, with distinct
 * sequence numbers and times; a short run with either publisher stores every message exactly once.
 */
class BenchMqttCommandTest {
    private static final VehicleSpec VEHICLE = new VehicleSpec("bench-test", new int[] {2, 2});

    private static List<PackFrame> frames() {
        return List.of(new PackFrame(0, 10.5, 14.8, 0.5, "NONE", new double[] {3.7, 3.71, 3.69, 3.7},
                new double[] {5.25, 5.25, 5.25, 5.25}, new double[] {25, 25.5, 26, 26.5},
                new double[] {0.5, 0.5, 0.5, 0.5}, new double[] {0.98, 0.97, 0.99, 0.98}),
                new PackFrame(1, -20.0, 15.1, 0.49, "CURRENT", new double[] {3.78, 3.77, 3.79, 3.78},
                        new double[] {-10, -10, -10, -10}, new double[] {24, 24.5, 25, 25.5},
                        new double[] {0.49, 0.49, 0.49, 0.49}, new double[] {0.98, 0.97, 0.99, 0.98}));
    }

    @Test
    void everyLineIsOneCompleteMessageWithItsOwnSequenceNumberAndTime() throws RejectedMessageException {
        long n = 30_000; // about 10 MB: more than one 8 MiB chunk
        long seq0 = 1_700_000_000_000_000L;
        long t0 = System.currentTimeMillis() - n;
        MessageLines lines = MessageLines.encode(VEHICLE, frames(), n, seq0, t0);
        assertEquals(n, lines.lines());
        assertEquals(2, lines.chunks().size(), "two chunks of at most 8 MiB");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] c : lines.chunks()) {
            assertEquals('\n', c[c.length - 1], "a chunk ends with a whole line");
            all.writeBytes(c);
        }
        assertEquals(lines.bytes(), all.size());
        List<byte[]> split = split(all.toByteArray());
        assertEquals(n, split.size());
        TelemetryParser parser = new TelemetryParser(Map.of(VEHICLE.id(), VEHICLE), MessageRules.DEFAULTS);
        String topic = TelemetrySchema.topicOf(VEHICLE.id());
        for (int i = 0; i < n; i++) {
            TelemetryMessage m = parser.parse(topic, split.get(i), System.currentTimeMillis());
            assertEquals(seq0 + i, m.seq());
            assertEquals(t0 + i, m.epochMs());
            PackFrame f = frames().get(i % 2);
            assertEquals(f.packCurrentA(), m.packCurrentA(), 0.0);
            assertArrayEquals(f.cellTemperatureC(), m.cellTemperatureC(), 0.0);
        }
    }

    private static List<byte[]> split(byte[] all) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                out.add(Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        assertEquals(all.length, start, "nothing after the last line end");
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mosquitto_pub", "paho"})
    void aShortRunStoresEveryMessageOnceWithEitherPublisher(String publisher) {
        assumeTrue(MosquittoProcess.binary().isPresent(), MosquittoProcess.MISSING);
        assumeTrue(MosquittoPubPublisher.binary().isPresent(), MosquittoPubPublisher.MISSING);
        Cli r = Cli.run("bench", "mqtt", "--messages", "3000", "--array-messages", "30", "--latency-seconds", "0.5",
                "--publisher", publisher, "--json");
        assertEquals(0, r.exit(), r.toString());
        JsonNode j = r.json();
        assertEquals(publisher, j.get("publisher").asText());
        assertEquals(3000, j.get("smallMessages").asLong());
        assertEquals(3000, j.get("smallStored").asLong(), r.toString());
        assertEquals(0, j.get("smallDuplicates").asLong());
        assertEquals(30, j.get("arrayStored").asLong(), r.toString());
        assertTrue(j.get("smallReferenceCpuSeconds").has("broker"), r.toString());
        // only mosquitto_pub runs as a process of its own; Paho's CPU is part of the JVM's
        assertEquals(publisher.equals("mosquitto_pub"), j.get("smallCpuSeconds").has("publisherProcess"));
        assertFalse(j.get("smallCpuSeconds").has("mosquittoSub"), "no mosquitto_sub in our own run");
    }

    @Test
    void anUnknownPublisherIsAUsageError() {
        Cli r = Cli.run("bench", "mqtt", "--publisher", "hivemq");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("--publisher must be paho or mosquitto_pub"), r.toString());
    }
}
