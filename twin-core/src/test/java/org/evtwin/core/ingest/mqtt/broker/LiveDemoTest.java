package org.evtwin.core.ingest.mqtt.broker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evtwin.core.engine.TwinEngine;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.ingest.mqtt.LiveTestSupport;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** The one-machine demo: the simulator publishes to the embedded broker, the live source shows the same frames. */
class LiveDemoTest {

    @Test
    void liveSourceReceivesTheSimulatorsFramesBitForBit() {
        List<PackFrame> simulated = Collections.synchronizedList(new ArrayList<>());
        var recorder = new LiveTestSupport.CollectingRecorder();
        try (TwinEngine engine = new TwinEngine(() -> new PackModel(LiveTestSupport.LEAF, 25.0, 0.95),
                Experiment.parse("Discharge at 1C for 1 hour"), SimulationSettings.defaults(), 300.0, e -> { })) {
            engine.addFrameListener(simulated::add);
            try (LiveDemo demo = LiveDemo.start(engine, LiveTestSupport.LEAF, "demo-1", recorder)) {
                LiveTestSupport.await("connected", 20,
                        () -> demo.live().status().state() == ConnectionState.CONNECTED);
                engine.start();
                LiveTestSupport.await("30 live frames", 60, () -> demo.live().status().accepted() >= 30);
                assertEquals(List.of("demo-1"), demo.live().status().vehiclesSeen());
                assertEquals(0, demo.live().status().quarantined());
            }
        }
        // QoS 1 does not keep order when the broker re-sends: in seq order, the first frame published is the first
        // the simulator made after the demo started listening
        var bySeq = new java.util.ArrayList<>(recorder.messages);
        bySeq.sort(java.util.Comparator.comparingLong(org.evtwin.core.ingest.mqtt.TelemetryMessage::seq));
        PackFrame first = bySeq.get(0).toFrame(0);
        int at = -1;
        for (int i = 0; i < simulated.size() && at < 0; i++) {
            if (java.util.Arrays.equals(simulated.get(i).cellVoltageV(), first.cellVoltageV())) {
                at = i;
            }
        }
        for (int k = 0; k < 30; k++) {
            PackFrame sim = simulated.get(at + k);
            var m = bySeq.get(k);
            assertArrayEquals(sim.cellVoltageV(), m.cellVoltageV());
            assertArrayEquals(sim.cellTemperatureC(), m.cellTemperatureC());
            assertArrayEquals(sim.cellSoc(), m.cellSoc());
            assertEquals(sim.packCurrentA(), m.packCurrentA());
        }
    }
}
