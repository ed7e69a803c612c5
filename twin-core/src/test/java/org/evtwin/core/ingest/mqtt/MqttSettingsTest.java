package org.evtwin.core.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MqttSettingsTest {

    @Test
    void plaintextToAnotherMachineNeedsAnExplicitChoiceLoopbackAndTlsDoNot() {
        MqttSettings remote = MqttSettings.of("tcp://192.0.2.10:1883", "twin");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, remote::requireEncryptedOrLocal);
        assertEquals("broker tcp://192.0.2.10:1883 is not on this machine and the connection would not be encrypted:"
                + " use ssl:// or explicitly allow an unencrypted connection", e.getMessage());
        assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class,
                () -> MqttTransport.open(remote, LiveTestSupport.NO_CALLBACKS)).getMessage(), "no client is opened");
        remote.withPlaintextRemoteAllowed(true).requireEncryptedOrLocal(); // the explicit choice
        MqttSettings.of("tcp://127.0.0.1:1883", "twin").requireEncryptedOrLocal();
        MqttSettings.of("tcp://localhost:1883", "twin").requireEncryptedOrLocal();
        MqttSettings.of("ssl://192.0.2.10:8883", "twin").requireEncryptedOrLocal();
        assertEquals("broker URL \"http://x:1\" must be tcp://host:port or ssl://host:port", assertThrows(
                IllegalArgumentException.class, () -> MqttSettings.of("http://x:1", "twin")).getMessage());
        assertEquals("QoS must be 0 or 1, found 2", assertThrows(IllegalArgumentException.class,
                () -> MqttSettings.of("tcp://127.0.0.1:1", "twin").withQos(2)).getMessage());
    }

    @Test
    void thePasswordNeverAppearsInTextAndCanBeWiped() {
        char[] secret = "hunter2-Secret".toCharArray();
        MqttSettings s = MqttSettings.of("ssl://broker.example:8883", "twin").withCredentials("ops", secret)
                .withTls(TlsSettings.SYSTEM_TRUST);
        assertEquals("MqttSettings[ssl://broker.example:8883, client twin, user ops, password set, MQTT_5, QoS 1,"
                + " persistent session]", s.toString());
        assertFalse(s.toString().contains("hunter2"));
        s.clearPassword();
        assertArrayEquals(new char[secret.length], s.password());
    }

    /** Decided without DNS: the UI thread asks, and a DNS answer could change between the check and the connect. */
    @Test
    void thisMachineIsLocalhostOrALoopbackLiteralNeverANameLookedUp() {
        for (String host : List.of("localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "[::1]", "::1")) {
            assertTrue(MqttSettings.isLoopback(host), host);
        }
        for (String host : List.of("192.0.2.10", "[2001:db8::1]", "broker.example", "ip6-localhost", "localhost.",
                "127.0.0.1.example")) {
            assertFalse(MqttSettings.isLoopback(host), host);
        }
        assertFalse(MqttSettings.isLoopback(null));
    }

    /** The URL is logged, shown and stored with a live session: a password in it would leak through all three. */
    @Test
    void aUrlCarryingCredentialsIsRefusedWithoutRepeatingThem() {
        for (String url : List.of("tcp://alice:s3cret@broker.example:1883", "ssl://alice:s3cret@broker.example",
                "tcp://alice:s3cret@127.0.0.1:1883/x")) {
            String message = assertThrows(IllegalArgumentException.class, () -> MqttSettings.of(url, "twin"))
                    .getMessage();
            assertFalse(message.contains("s3cret"), message);
            assertFalse(message.contains("alice"), message);
        }
        assertEquals("broker URL \"tcp://broker.example:1883\" must not contain a user name or password: give them"
                + " separately", assertThrows(IllegalArgumentException.class,
                        () -> MqttSettings.of("tcp://alice:s3cret@broker.example:1883", "twin")).getMessage());
        // a URL that does not parse is not repeated with its credentials either
        assertFalse(assertThrows(IllegalArgumentException.class,
                () -> MqttSettings.of("alice:s3cret@broker.example:1883", "twin")).getMessage().contains("s3cret"));
        assertEquals("tcp://broker.example:1883", MqttSettings.withoutUserInfo(" tcp://a:b@broker.example:1883 "));
        assertEquals("tcp://h:1/p@q", MqttSettings.withoutUserInfo("tcp://h:1/p@q"), "an @ in the path is kept");
        assertEquals("", MqttSettings.withoutUserInfo(null));
    }

    @Test
    void eachWithChangesItsOwnComponentOnly() {
        MqttSettings a = MqttSettings.of("tcp://127.0.0.1:1883", "twin");
        char[] secret = "pw".toCharArray();
        MqttSettings b = a.withCredentials("ops", secret).withTls(TlsSettings.SYSTEM_TRUST)
                .withProtocol(MqttSettings.Protocol.MQTT_3_1_1).withQos(0).withCleanSession(true)
                .withKeepAlive(Duration.ofSeconds(7)).withMaxReconnectDelay(Duration.ofSeconds(3)).withMaxInflight(9)
                .withPlaintextRemoteAllowed(true);
        assertEquals(List.of("tcp://127.0.0.1:1883", "twin", "ops", TlsSettings.SYSTEM_TRUST,
                MqttSettings.Protocol.MQTT_3_1_1, 0, true, Duration.ofDays(1), Duration.ofSeconds(7),
                Duration.ofSeconds(3), 9, true), List.of(b.brokerUrl(), b.clientId(), b.username(), b.tls(),
                b.protocol(), b.qos(), b.cleanSession(), b.sessionExpiry(), b.keepAlive(), b.maxReconnectDelay(),
                b.maxInflight(), b.allowPlaintextRemote()));
        assertSame(secret, b.password());
        // the original is untouched
        assertEquals(List.of(MqttSettings.Protocol.MQTT_5, 1, false, Duration.ofSeconds(30), Duration.ofSeconds(30),
                1000, false), List.of(a.protocol(), a.qos(), a.cleanSession(), a.keepAlive(), a.maxReconnectDelay(),
                a.maxInflight(), a.allowPlaintextRemote()));
        assertNull(a.username());
        assertNull(a.password());
        assertEquals("max in-flight must be >= 1, found 0", assertThrows(IllegalArgumentException.class,
                () -> a.withMaxInflight(0)).getMessage());
    }
}
