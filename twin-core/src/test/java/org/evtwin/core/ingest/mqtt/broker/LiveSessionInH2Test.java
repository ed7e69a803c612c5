package org.evtwin.core.ingest.mqtt.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.ingest.mqtt.LiveTestSupport;
import org.evtwin.core.ingest.mqtt.MessageRules;
import org.evtwin.core.ingest.mqtt.MqttLiveSource;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.MqttTransport;
import org.evtwin.core.ingest.mqtt.StoreRecorder;
import org.evtwin.core.ingest.mqtt.TelemetryPublisher;
import org.evtwin.core.ingest.mqtt.TelemetrySchema;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetKind;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DatabaseLocation;
import org.evtwin.core.store.QuarantineRecord;
import org.evtwin.core.store.SampleCursor;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.PackFrame;
import org.evtwin.core.telemetry.SampleBlock;
import org.evtwin.core.telemetry.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broker → live source → H2: every accepted message is a row of a replayable session (values bit for bit), a
 * redelivery is not stored twice, and a rejected message is in the quarantine table with its reason and bytes.
 */
class LiveSessionInH2Test {
    @TempDir
    Path dir;

    @Test
    void acceptedMessagesFormAReplayableSessionAndRejectsAreQuarantined() {
        VehicleSpec leaf = VehicleSpec.of("leaf-1", LiveTestSupport.LEAF);
        List<PackFrame> frames = LiveTestSupport.leafFrames(40);
        byte[] bad = "{\"schema\":\"evtwin.battery-telemetry/1\",\"seq\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        long sessionId;
        try (EmbeddedBroker broker = EmbeddedBroker.start(0);
                DataSetStore store = DataSetStore.open(DatabaseLocation.embeddedFile(dir.resolve("twin")))) {
            MqttSettings s = MqttSettings.of(broker.url(), "twin").withProtocol(MqttSettings.Protocol.MQTT_3_1_1);
            StoreRecorder recorder = new StoreRecorder(store, broker.url() + " " + TelemetrySchema.TOPIC_FILTER);
            try (MqttLiveSource live = new MqttLiveSource(s, TelemetrySchema.TOPIC_FILTER, List.of(leaf),
                    MessageRules.DEFAULTS, recorder);
                    MqttTransport out = MqttTransport.open(MqttSettings.of(broker.url(), "pub").withProtocol(
                            MqttSettings.Protocol.MQTT_3_1_1), LiveTestSupport.NO_CALLBACKS)) {
                live.connect();
                LiveTestSupport.await("connected", 20, () -> live.status().state() == ConnectionState.CONNECTED);
                out.connect(10_000);
                TelemetryPublisher pub = new TelemetryPublisher(out, leaf, 1);
                long t0 = System.currentTimeMillis() - 60_000;
                for (int i = 0; i < frames.size(); i++) {
                    pub.publish(frames.get(i), t0 + 500L * i);
                }
                pub.publishRaw(bad);
                LiveTestSupport.await("41 messages", 30, () -> live.status().received() == 41);
            }
            recorder.close();
            sessionId = recorder.sessionIds().get("leaf-1");
            assertEquals(40, recorder.sessionStats().get("leaf-1").written());
            DataSetInfo info = store.find(sessionId).orElseThrow();
            assertEquals(DataSetKind.LIVE, info.kind());
            assertEquals("leaf-1", info.vehicle());
            assertEquals(40, info.acceptedRows());
            assertEquals(19.5, info.lastTimeS() - info.firstTimeS(), 1e-9);
            List<Channel> channels;
            try (SampleCursor c = store.openSamples(sessionId, 0)) {
                channels = c.channels();
                int v7 = channels.indexOf(Channel.cell(Signal.CELL_VOLTAGE_V, 7));
                int t191 = channels.indexOf(Channel.cell(Signal.CELL_TEMPERATURE_C, 191));
                int packV = channels.indexOf(Channel.pack(Signal.PACK_VOLTAGE_V));
                int row = 0;
                for (SampleBlock b = c.next(); b != null; b = c.next()) {
                    for (int r = 0; r < b.size(); r++, row++) {
                        assertEquals(0.5 * row, b.timeS(r), 1e-9);
                        assertEquals(frames.get(row).cellVoltageV()[7], b.value(r, v7));
                        assertEquals(frames.get(row).cellTemperatureC()[191], b.value(r, t191));
                        assertEquals(frames.get(row).packVoltageV(), b.value(r, packV));
                    }
                }
                assertEquals(40, row);
            }
            List<QuarantineRecord> q = store.quarantined(10);
            assertEquals(1, q.size());
            assertEquals("wrong-type: $.seq: expected an integer, found a string", q.get(0).entry().reason());
            assertEquals("ev/leaf-1/battery/telemetry", q.get(0).entry().source());
            assertEquals(new String(bad, StandardCharsets.UTF_8),
                    new String(q.get(0).entry().payload(), StandardCharsets.UTF_8));
        }
    }
}
