package org.evtwin.app.live;

import org.evtwin.core.engine.FrameSource;
import org.evtwin.core.ingest.mqtt.MessageRules;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.store.DataSetStore;

/**
 * What the composition root hands the live panel.
 *
 * @param simulator         the simulator's source, whose newest frames the local demo publishes (not the switch:
 *                          while the demo's live source is on screen the switch shows the live frames)
 * @param simulatorTopology the simulator's pack, the demo vehicle's pack
 * @param store             where live sessions and the quarantine are recorded; null to record nothing (the
 *                          counters still work, the quarantine viewer says there is no store)
 * @param rules             limits every message is held to
 */
public record LiveServices(FrameSource simulator, PackTopology simulatorTopology, DataSetStore store,
        MessageRules rules) {

    /** The demo vehicle's id (its topic is {@code ev/twin-demo/battery/telemetry}). */
    public static final String DEMO_VEHICLE = "twin-demo";
}
