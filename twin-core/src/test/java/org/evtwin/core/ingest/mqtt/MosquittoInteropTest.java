package org.evtwin.core.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.ingest.mqtt.broker.MosquittoProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Interoperability with Mosquitto on loopback: MQTT 5 and 3.1.1, {@code mosquitto_pub} as a third-party publisher,
 * password authentication, TLS with a generated CA and hostname verification.
 */
class MosquittoInteropTest {
    private static final VehicleSpec CAR = BadPayloadCorpus.CAR;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsMosquitto() {
        assumeTrue(MosquittoProcess.binary().isPresent(), MosquittoProcess.MISSING);
    }

    /** The corpus's valid message with another sequence number and the current time. */
    static String valid(long seq, long epochMs) {
        return BadPayloadCorpus.VALID.replace("\"seq\":5", "\"seq\":" + seq).replace("1763799999000",
                Long.toString(epochMs)).replace("\n", " ");
    }

    private MqttLiveSource live(MqttSettings s, LiveTestSupport.CollectingRecorder recorder) {
        return new MqttLiveSource(s, TelemetrySchema.TOPIC_FILTER, List.of(CAR), BadPayloadCorpus.RULES, recorder);
    }

    private static void mosquittoPub(List<String> args, String stdin) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mosquitto_pub"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "mosquitto_pub " + args + ": " + out);
    }

    @ParameterizedTest
    @EnumSource(MqttSettings.Protocol.class)
    void messagesFromMosquittoPubAreIngestedAndBadOnesQuarantined(MqttSettings.Protocol protocol) throws Exception {
        try (MosquittoProcess broker = MosquittoProcess.start(dir, List.of("allow_anonymous true"))) {
            var recorder = new LiveTestSupport.CollectingRecorder();
            try (MqttLiveSource live = live(MqttSettings.of(broker.url("tcp"), "twin").withProtocol(protocol),
                    recorder)) {
                live.connect();
                LiveTestSupport.await("connected", 20, () -> live.status().state() == ConnectionState.CONNECTED);
                long now = System.currentTimeMillis();
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < 500; i++) {
                    lines.append(valid(1000 + i, now - 500 + i)).append('\n');
                }
                lines.append("{\"schema\":\"evtwin.battery-telemetry/1\"}\n");
                mosquittoPub(List.of("-h", "127.0.0.1", "-p", Integer.toString(broker.port()), "-q", "1", "-t",
                        TelemetrySchema.topicOf("car-7"), "-l"), lines.toString());
                LiveTestSupport.await("501 messages", 30, () -> live.status().received() == 501);
                assertEquals(500, live.status().accepted());
                assertEquals(500, recorder.messages.size());
                assertEquals(1499, recorder.messages.get(499).seq());
                assertEquals(3.69, recorder.messages.get(499).cellVoltageV()[2]);
                assertEquals(List.of("missing-field: $.seq is required"),
                        recorder.quarantined.stream().map(q -> q.reason()).toList());
            }
        }
    }

    @Test
    void passwordAuthenticationAcceptsTheRightPasswordAndRefusesAWrongOneWithoutShowingIt() throws Exception {
        TestPki.run(dir, "mosquitto_passwd", "-b", "-c", "passwd", "twin-user", "s3cret-pa55");
        List<String> auth = List.of("allow_anonymous false", "password_file " + dir.resolve("passwd"));
        try (MosquittoProcess broker = MosquittoProcess.start(dir, auth)) {
            MqttSettings base = MqttSettings.of(broker.url("tcp"), "twin");
            var recorder = new LiveTestSupport.CollectingRecorder();
            try (MqttLiveSource wrong = live(base.withCredentials("twin-user", "wrong-pa55".toCharArray()),
                    recorder)) {
                wrong.connect();
                LiveTestSupport.await("refusal", 20, () -> wrong.status().state() == ConnectionState.FAILED);
                // Mosquitto answers a wrong password with "not authorized" (MQTT 5 reason 0x87)
                assertEquals("MQTT connect to " + broker.url("tcp") + " failed: the broker refused the connection as"
                        + " not authorized (wrong user name or password, or no access for this client)",
                        wrong.status().detail());
                assertFalse(wrong.status().toString().contains("wrong-pa55"));
            }
            MqttSettings right = base.withCredentials("twin-user", "s3cret-pa55".toCharArray());
            assertFalse(right.toString().contains("s3cret"), right.toString());
            try (MqttLiveSource live = live(right, recorder)) {
                live.connect();
                LiveTestSupport.await("connected", 20, () -> live.status().state() == ConnectionState.CONNECTED);
                mosquittoPub(List.of("-h", "127.0.0.1", "-p", Integer.toString(broker.port()), "-q", "1", "-u",
                        "twin-user", "-P", "s3cret-pa55", "-t", TelemetrySchema.topicOf("car-7"), "-m",
                        valid(7, System.currentTimeMillis())), "");
                LiveTestSupport.await("one message", 20, () -> live.status().accepted() == 1);
                assertEquals(7, recorder.messages.get(0).seq());
            }
        }
    }

    @Test
    void tlsWithGeneratedCaConnectsVerifiesTheHostnameAndRefusesAnUnknownCa() throws Exception {
        assumeTrue(TestPki.opensslAvailable(), "no openssl to generate the test CA");
        TestPki pki = TestPki.create(dir);
        try (MosquittoProcess broker = MosquittoProcess.start(dir, pki.listenerLines())) {
            var recorder = new LiveTestSupport.CollectingRecorder();
            String url = "ssl://localhost:" + broker.port();
            try (MqttLiveSource live = live(MqttSettings.of(url, "twin").withTls(TlsSettings.trusting(pki.caCert)),
                    recorder)) {
                live.connect();
                LiveTestSupport.await("connected", 20, () -> live.status().state() == ConnectionState.CONNECTED);
                mosquittoPub(List.of("-h", "localhost", "-p", Integer.toString(broker.port()), "--cafile",
                        pki.caCert.toString(), "-q", "1", "-t", TelemetrySchema.topicOf("car-7"), "-m",
                        valid(9, System.currentTimeMillis())), "");
                LiveTestSupport.await("one message", 20, () -> live.status().accepted() == 1);
            }
            try (MqttLiveSource other = live(MqttSettings.of(url, "twin-2").withTls(
                    TlsSettings.trusting(pki.otherCaCert)), recorder)) {
                other.connect();
                LiveTestSupport.await("refusal", 20, () -> other.status().state() == ConnectionState.FAILED);
                assertTrue(other.status().detail().startsWith("MQTT connect to " + url + " failed: TLS handshake"
                        + " failed ((certificate_unknown) PKIX path building failed"), other.status().detail());
            }
            // the certificate names localhost only: 127.0.0.1 must be refused while hostname verification is on
            String byIp = "ssl://127.0.0.1:" + broker.port();
            try (MqttLiveSource ip = live(MqttSettings.of(byIp, "twin-3").withTls(TlsSettings.trusting(pki.caCert)),
                    recorder)) {
                ip.connect();
                LiveTestSupport.await("refusal", 20, () -> ip.status().state() == ConnectionState.FAILED);
                assertEquals("MQTT connect to " + byIp + " failed: TLS handshake failed ((certificate_unknown) No"
                        + " subject alternative names matching IP address 127.0.0.1 found)", ip.status().detail());
            }
        }
    }
}
