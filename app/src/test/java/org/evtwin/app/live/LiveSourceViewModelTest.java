package org.evtwin.app.live;

import static org.evtwin.app.live.LiveTestKit.pulseUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.ingest.mqtt.LiveStatus;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.MqttTransport;
import org.evtwin.core.ingest.mqtt.TelemetryPublisher;
import org.evtwin.core.ingest.mqtt.TelemetrySchema;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.ingest.mqtt.broker.EmbeddedBroker;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DatabaseLocation;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel's view model without a window, against the core's real embedded broker and a real Paho publisher. */
class LiveSourceViewModelTest {
    @TempDir
    Path tmp;
    private EmbeddedBroker broker;
    private DataSetStore store;
    private LiveSourceViewModel vm;

    @BeforeEach
    void start() {
        broker = EmbeddedBroker.start(0);
        store = DataSetStore.open(DatabaseLocation.embeddedFile(tmp.resolve("twin")));
        vm = new LiveSourceViewModel(LiveTestKit.services(new LiveTestKit.FedSource(), store));
        ConnectionForm f = vm.form();
        f.brokerUrlProperty().set(broker.url());
        f.protocolProperty().set(MqttSettings.Protocol.MQTT_3_1_1);   // Moquette speaks 3.1.1
        f.cleanSessionProperty().set(true);
        f.maxReconnectDelaySProperty().set("2");
        f.vehiclesProperty().set("car-1=leaf-96s2p, car-2=leaf-96s2p");
    }

    @AfterEach
    void stop() {
        vm.close();
        store.close();
        if (broker != null) {
            broker.close();
        }
    }

    private void connect() {
        assertEquals(LiveSourceViewModel.ConnectCheck.READY, vm.checkBeforeConnect());
        assertTrue(vm.connect(null, null, false), vm.errorProperty().get());
        pulseUntil(vm, "connected", 20, () -> vm.status().stateProperty().get() == ConnectionState.CONNECTED);
        assertEquals("Connected", vm.status().chipProperty().get());
    }

    private static long accepted(LiveSourceViewModel vm) {
        LiveStatus s = vm.status().last();
        return s == null ? 0 : s.accepted();
    }

    @Test
    void framesArriveWithThePublishedValues() {
        connect();
        List<PackFrame> frames = LiveTestKit.leafFrames(20, 1.0);
        try (MqttTransport t = LiveTestKit.publisherClient(broker.url(), "test-pub")) {
            TelemetryPublisher pub = new TelemetryPublisher(t, VehicleSpec.of("car-1", LiveTestKit.LEAF), 1);
            long now = System.currentTimeMillis();
            for (int i = 0; i < frames.size(); i++) {
                pub.publish(frames.get(i), now - 20_000 + 1000L * i);
            }
            pulseUntil(vm, "20 accepted", 20, () -> accepted(vm) == 20);
        }
        PackFrame shown = vm.liveSourceProperty().get().latest().get().frame();
        PackFrame sent = frames.get(19);
        assertEquals(sent.packVoltageV(), shown.packVoltageV());
        assertEquals(sent.packCurrentA(), shown.packCurrentA());
        assertEquals(sent.packSoc(), shown.packSoc());
        assertArrayEquals(sent.cellVoltageV(), shown.cellVoltageV());
        assertArrayEquals(sent.cellTemperatureC(), shown.cellTemperatureC());
        assertEquals("20 msg", vm.status().acceptedProperty().get());
        assertEquals("0 msg", vm.status().quarantinedProperty().get());
        assertTrue(vm.status().rateProperty().get().endsWith(" msg/s"), vm.status().rateProperty().get());
        pulseUntil(vm, "a latency sample", 5, () -> vm.status().latencyProperty().get().startsWith("p50 "));
        assertTrue(vm.vehicles().get(0).seenProperty().get(), "car-1 seen");
        assertFalse(vm.vehicles().get(1).seenProperty().get(), "car-2 not seen");
        assertEquals("Sending: car-1 (1 of 2 listed)", vm.status().seenVehiclesProperty().get());
    }

    @Test
    void choosingTheVehicleFiltersFramesAndUnwatchedVehiclesAreIgnored() {
        connect();
        List<PackFrame> slow = LiveTestKit.leafFrames(3, 0.5);
        List<PackFrame> fast = LiveTestKit.leafFrames(3, 2.0);
        vm.onScreenProperty().set(vm.vehicles().get(1));   // car-2 on screen
        assertEquals("car-2", vm.liveSourceProperty().get().status().selected());
        try (MqttTransport t = LiveTestKit.publisherClient(broker.url(), "test-pub")) {
            TelemetryPublisher car1 = new TelemetryPublisher(t, VehicleSpec.of("car-1", LiveTestKit.LEAF), 1);
            TelemetryPublisher car2 = new TelemetryPublisher(t, VehicleSpec.of("car-2", LiveTestKit.LEAF), 1);
            long now = System.currentTimeMillis();
            for (int i = 0; i < 3; i++) {
                car2.publish(fast.get(i), now + i);
                car1.publish(slow.get(i), now + i);
            }
            pulseUntil(vm, "6 accepted", 20, () -> accepted(vm) == 6);
            PackFrame shown = vm.liveSourceProperty().get().latest().get().frame();
            assertEquals(fast.get(2).packCurrentA(), shown.packCurrentA());
            assertArrayEquals(fast.get(2).cellVoltageV(), shown.cellVoltageV());

            vm.vehicles().get(0).watchedProperty().set(false);   // stop recording car-1
            for (int i = 0; i < 3; i++) {
                car1.publish(slow.get(i), now + 10 + i);
            }
            pulseUntil(vm, "3 ignored", 20, () -> vm.status().last().ignored() == 3);
        }
        assertEquals(6, accepted(vm));
        assertEquals(List.of("car-2"), vm.status().last().watched());
    }

    @Test
    void badPayloadIsQuarantinedCountedAndShownInTheViewer() {
        connect();
        byte[] bad = "this is not json".getBytes(StandardCharsets.UTF_8);
        try (MqttTransport t = LiveTestKit.publisherClient(broker.url(), "test-pub")) {
            new TelemetryPublisher(t, VehicleSpec.of("car-1", LiveTestKit.LEAF), 1).publishRaw(bad);
            pulseUntil(vm, "1 quarantined", 20, () -> vm.status().last().quarantined() == 1);
        }
        assertEquals("1 msg", vm.status().quarantinedProperty().get());
        String reason = vm.status().last().lastReject();
        assertTrue(reason.startsWith("not-json"), reason);
        assertEquals("Last reject: " + reason, vm.status().lastRejectProperty().get());
        // the store's quarantine writer works on its own thread: refresh until the row is there
        pulseUntil(vm, "the quarantined row", 20, () -> {
            if (!vm.quarantine().rows().isEmpty()) {
                return true;
            }
            vm.quarantine().refresh();
            return false;
        });
        QuarantineViewModel.Row row = vm.quarantine().rows().get(0);
        assertEquals(reason, row.reason());
        assertEquals("car-1", row.vehicle());
        assertEquals("this is not json", row.payloadExcerpt());
        assertEquals(bad.length, row.sizeBytes());
    }

    @Test
    void brokerOutageShowsReconnectingThenConnectedAgain() {
        connect();
        int port = broker.port();
        broker.close();
        broker = null;
        pulseUntil(vm, "reconnecting", 20, () -> vm.status().stateProperty().get() == ConnectionState.RECONNECTING);
        assertTrue(vm.status().chipProperty().get().startsWith("Reconnecting (for "), vm.status().chipProperty().get());
        // first "connection … lost (…)"; under load the pulse may already see the next report of the retries
        String detail = vm.status().detailProperty().get();
        assertTrue(detail.contains("lost") || detail.matches(".*reconnect attempt \\d+ abandoned.*"), detail);
        broker = EmbeddedBroker.start(port);
        pulseUntil(vm, "connected again", 30, () -> vm.status().stateProperty().get() == ConnectionState.CONNECTED);
        List<PackFrame> frames = LiveTestKit.leafFrames(1, 1.0);
        try (MqttTransport t = LiveTestKit.publisherClient(broker.url(), "test-pub")) {
            new TelemetryPublisher(t, VehicleSpec.of("car-1", LiveTestKit.LEAF), 1).publish(frames.get(0),
                    System.currentTimeMillis());
            pulseUntil(vm, "a frame after the outage", 20, () -> accepted(vm) == 1);
        }
    }

    @Test
    void aSourceClosedByTheWorkstationIsCleanedUpOnTheNextPulse() {
        char[] password = "pw-1234".toCharArray();
        assertTrue(vm.connect(password, null, false), vm.errorProperty().get());
        pulseUntil(vm, "connected", 20, () -> vm.status().stateProperty().get() == ConnectionState.CONNECTED);
        vm.liveSourceProperty().get().close();   // what SourceHost.use does to a replaced source
        pulseUntil(vm, "the panel to notice", 20, () -> !vm.isConnected());
        assertNull(vm.liveSourceProperty().get());
        assertEquals("Disconnected", vm.status().chipProperty().get());
        pulseUntil(vm, "the password wiped", 20, () -> new String(password).equals("\0".repeat(7)));
    }

    @Test
    void disconnectAndConnectAgainWithoutRestartingAndThePasswordIsWiped() throws Exception {
        vm.form().usernameProperty().set("alice");
        char[] password = "s3cret-pw!".toCharArray();
        assertTrue(vm.connect(password, null, false), vm.errorProperty().get());
        pulseUntil(vm, "connected", 20, () -> vm.status().stateProperty().get() == ConnectionState.CONNECTED);
        vm.disconnect();
        assertNull(vm.liveSourceProperty().get());
        assertEquals("Disconnected", vm.status().chipProperty().get());
        pulseUntil(vm, "the password wiped", 20, () -> new String(password).equals("\0".repeat(10)));
        connect();
        assertEquals(TelemetrySchema.TOPIC_FILTER, vm.status().topicProperty().get());
    }
}
