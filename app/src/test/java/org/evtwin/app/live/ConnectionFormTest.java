package org.evtwin.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection form's rules: the unencrypted-remote gate, secrets kept out of text and files, exact errors. */
class ConnectionFormTest {
    private static final String SECRET = "s3cret-pw!";
    @TempDir
    Path tmp;

    private LiveSourceViewModel vm() {
        return new LiveSourceViewModel(LiveTestKit.services(new LiveTestKit.FedSource(), null));
    }

    @Test
    void unencryptedConnectionToAnotherMachineNeedsAnExplicitConfirmation() {
        try (LiveSourceViewModel vm = vm()) {
            vm.form().vehiclesProperty().set("car-1=leaf-96s2p");
            vm.form().brokerUrlProperty().set("tcp://192.0.2.10:1883");   // TEST-NET-1, never this machine
            assertEquals(LiveSourceViewModel.ConnectCheck.NEEDS_PLAINTEXT_CONFIRMATION, vm.checkBeforeConnect());
            char[] password = SECRET.toCharArray();
            assertFalse(vm.connect(password, null, false));
            assertEquals(LiveSourceViewModel.PLAINTEXT_REFUSED, vm.errorProperty().get());
            assertNull(vm.liveSourceProperty().get());
            assertEquals("\0".repeat(SECRET.length()), new String(password), "refused: password wiped at once");

            for (String safe : new String[] {"tcp://127.0.0.1:1883", "tcp://localhost:1883", "tcp://[::1]:1883",
                "ssl://192.0.2.10:8883"}) {
                vm.form().brokerUrlProperty().set(safe);
                assertEquals(LiveSourceViewModel.ConnectCheck.READY, vm.checkBeforeConnect(), safe);
            }
        }
    }

    @Test
    void theCoreRefusesTheUnconfirmedSettingsTooAndAcceptsTheConfirmedOnes() {
        ConnectionForm f = new ConnectionForm();
        f.brokerUrlProperty().set("tcp://192.0.2.10:1883");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.toSettings(null, null,
                false));
        assertEquals("broker tcp://192.0.2.10:1883 is not on this machine and the connection would not be encrypted:"
                + " use ssl:// or explicitly allow an unencrypted connection", e.getMessage());
        MqttSettings s = f.toSettings(null, null, true);
        assertTrue(s.allowPlaintextRemote());
        assertNull(s.tls(), "no TLS settings for tcp://");
    }

    @Test
    void tlsSettingsFollowTheFormWithHostnameVerificationOnByDefault() throws Exception {
        ConnectionForm f = new ConnectionForm();
        f.brokerUrlProperty().set("ssl://broker.example.org:8883");
        MqttSettings system = f.toSettings(null, null, false);
        assertNull(system.tls().caFile());
        assertTrue(system.tls().hostnameVerification());
        f.trustProperty().set(ConnectionForm.Trust.CA_FILE);
        f.caFileProperty().set(tmp.resolve("missing.pem").toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.toSettings(null, null,
                false));
        assertEquals("CA certificate file: " + tmp.resolve("missing.pem") + " is not a readable file", e.getMessage());
        Path ca = Files.writeString(tmp.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        f.caFileProperty().set(ca.toString());
        assertEquals(ca, f.toSettings(null, null, false).tls().caFile());
    }

    @Test
    void credentialsAppearNeitherInTextNorInTheSettingsFile() throws Exception {
        try (LiveSourceViewModel vm = vm()) {
            ConnectionForm f = vm.form();
            f.brokerUrlProperty().set("ssl://broker.example.org:8883");
            f.usernameProperty().set("alice-operator");
            f.hostnameVerificationProperty().set(false);
            MqttSettings s = f.toSettings(SECRET.toCharArray(), "p12-pass".toCharArray(), false);
            assertFalse(s.toString().contains(SECRET), s.toString());
            assertFalse(f.toString().contains("alice-operator"), f.toString());
            assertFalse(f.toString().contains(SECRET));
            UserSettings settings = new UserSettings(tmp);
            vm.save(settings);
            settings.save();
            String file = Files.readString(tmp.resolve("settings.properties"));
            assertTrue(file.contains("live.brokerUrl=ssl\\://broker.example.org\\:8883"), file);
            assertFalse(file.contains(SECRET), file);
            assertFalse(file.contains("p12-pass"), file);
            assertFalse(file.contains("alice-operator"), file);
            assertFalse(file.toLowerCase(java.util.Locale.ROOT).contains("password"), file);
        }
    }

    @Test
    void savedFormLoadsBackButHostnameVerificationStartsOn() {
        ConnectionForm a = new ConnectionForm();
        a.brokerUrlProperty().set("ssl://fleet.example.org:8883");
        a.clientIdProperty().set("depot-7");
        a.protocolProperty().set(MqttSettings.Protocol.MQTT_3_1_1);
        a.qosProperty().set(0);
        a.cleanSessionProperty().set(true);
        a.keepAliveSProperty().set("45");
        a.topicFilterProperty().set("fleet/+/battery/telemetry");
        a.vehiclesProperty().set("bus-1=leaf-96s2p");
        a.hostnameVerificationProperty().set(false);
        UserSettings settings = new UserSettings(tmp);
        a.save(settings);
        ConnectionForm b = new ConnectionForm();
        b.load(settings);
        assertEquals("ssl://fleet.example.org:8883", b.brokerUrlProperty().get());
        assertEquals("depot-7", b.clientIdProperty().get());
        assertEquals(MqttSettings.Protocol.MQTT_3_1_1, b.protocolProperty().get());
        assertEquals(0, b.qosProperty().get());
        assertTrue(b.cleanSessionProperty().get());
        assertEquals("45", b.keepAliveSProperty().get());
        assertEquals("fleet/+/battery/telemetry", b.topicFilterProperty().get());
        assertEquals("bus-1=leaf-96s2p", b.vehiclesProperty().get());
        assertTrue(b.hostnameVerificationProperty().get());
    }

    @Test
    void badFieldsAreRefusedWithTheFieldAndTheRule() {
        try (LiveSourceViewModel vm = vm()) {
            ConnectionForm f = vm.form();
            f.brokerUrlProperty().set("tcp://127.0.0.1:1883");
            f.vehiclesProperty().set("car-1");
            assertFalse(vm.connect(null, null, false));
            assertEquals("Vehicles, entry 1 \"car-1\": expected id=pack, for example car-1=leaf-96s2p",
                    vm.errorProperty().get());
            f.vehiclesProperty().set("car-1=leaf-96s2p, car-2=no-such-pack");
            assertFalse(vm.connect(null, null, false));
            assertEquals("Vehicles, entry 2 \"car-2=no-such-pack\": \"no-such-pack\" is neither a topology file nor"
                    + " a built-in pack; built-in packs: leaf-96s2p, model-s-like-96s74p", vm.errorProperty().get());
            f.vehiclesProperty().set("car-1=leaf-96s2p");
            f.keepAliveSProperty().set("abc");
            assertFalse(vm.connect(null, null, false));
            assertEquals("Keep-alive: \"abc\" is not a whole number of seconds from 0 to 65535",
                    vm.errorProperty().get());
            f.keepAliveSProperty().set("30");
            f.brokerUrlProperty().set("http://127.0.0.1:1883");
            assertFalse(vm.connect(null, null, false));
            assertEquals("broker URL \"http://127.0.0.1:1883\" must be tcp://host:port or ssl://host:port",
                    vm.errorProperty().get());
            f.brokerUrlProperty().set("ssl://alice:" + SECRET + "@broker.example.org:8883");
            assertFalse(vm.connect(null, null, false));
            assertEquals("Broker URL: put the user name and password in their fields, not in the URL (it is shown"
                    + " and remembered)", vm.errorProperty().get());
            UserSettings settings = new UserSettings(tmp);
            vm.save(settings);
            assertEquals("ssl://broker.example.org:8883", settings.get("live.brokerUrl", ""));
            // pasted with a leading blank: still refused, and still remembered without the credentials
            f.brokerUrlProperty().set(" tcp://alice:" + SECRET + "@broker.example.org:1883");
            assertFalse(vm.connect(null, null, true));
            assertEquals("Broker URL: put the user name and password in their fields, not in the URL (it is shown"
                    + " and remembered)", vm.errorProperty().get());
            vm.save(settings);
            assertEquals("tcp://broker.example.org:1883", settings.get("live.brokerUrl", ""));
            assertNull(vm.liveSourceProperty().get());
        }
    }
}
