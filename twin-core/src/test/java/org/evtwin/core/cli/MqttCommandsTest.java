package org.evtwin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.evtwin.core.ingest.mqtt.broker.EmbeddedBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code twin publish} and {@code twin record} through the embedded broker (MQTT 3.1.1): the recorder's persistent
 * session keeps what is published while it is away, and the second run stores exactly the published frames.
 */
class MqttCommandsTest {

    @Test
    void publishedFramesAreRecordedIntoTheDatabaseThroughAPersistentSession(@TempDir Path dir) {
        String db = "jdbc:h2:file:" + dir.resolve("twin").toAbsolutePath();
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            String url = broker.url();
            // first run: creates the persistent session and its subscription, then leaves
            Cli first = Cli.run("record", "--broker", url, "--protocol", "3.1.1", "--client-id", "rec-1",
                    "--vehicle", "demo-1=leaf-96s2p", "--duration", "1", "--db", db, "--json");
            assertEquals(0, first.exit(), first.toString());
            Cli pub = Cli.run("publish", "--broker", url, "--protocol", "3.1.1", "--pack", "leaf-96s2p",
                    "--experiment", "Discharge at 1C for 10 minutes", "--vehicle", "demo-1", "--rate", "100",
                    "--count", "25", "--json");
            assertEquals(0, pub.exit(), pub.toString());
            JsonNode p = pub.json();
            assertEquals(25, p.get("messages").asInt());
            assertEquals(192, p.get("cells").asInt());
            assertEquals("ev/demo-1/battery/telemetry", p.get("topic").asText());
            // second run: the broker hands over what it kept for the session
            Cli second = Cli.run("record", "--broker", url, "--protocol", "3.1.1", "--client-id", "rec-1",
                    "--vehicle", "demo-1=leaf-96s2p", "--count", "25", "--duration", "60", "--db", db, "--json");
            assertEquals(0, second.exit(), second.toString());
            JsonNode r = second.json();
            assertTrue(r.has("sessions") && r.get("sessions").has("demo-1"), second + "\n" + first + "\n" + pub);
            assertEquals(25, r.get("sessions").get("demo-1").get("stored").asInt(), second + "\n" + first + "\n" + pub);
            assertEquals(0, r.get("sessions").get("demo-1").get("dropped").asInt());
            assertEquals(0, r.get("quarantined").asInt());
        }
    }

    @Test
    void unencryptedConnectionToAnotherMachineNeedsAnExplicitChoice() {
        Cli r = Cli.run("publish", "--broker", "tcp://192.0.2.10:1883", "--pack", "leaf-96s2p", "--experiment",
                "Rest for 1 minute");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.toString().contains("twin publish: broker tcp://192.0.2.10:1883 is not on this machine and the"
                + " connection would not be encrypted: use ssl:// or explicitly allow an unencrypted connection"),
                r.toString());
    }
}
