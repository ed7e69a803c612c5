package org.evtwin.app.live;

import java.util.List;
import org.evtwin.core.ingest.mqtt.LiveRecorder;
import org.evtwin.core.ingest.mqtt.MqttLiveSource;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.StoreRecorder;
import org.evtwin.core.ingest.mqtt.TlsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection of the panel: the live source, its recorder (the store's live sessions and quarantine, or nothing)
 * and the latency meter. Closing disconnects, lets the ingest thread hand everything received to the recorder,
 * closes the recorder, and wipes the passwords, on a background thread so the window never waits for the network.
 */
final class LiveConnection {
    private static final Logger LOG = LoggerFactory.getLogger(LiveConnection.class);
    private final MqttSettings settings;
    private final MqttLiveSource source;
    private final LiveRecorder recorder;
    private final LatencyMeter latency = new LatencyMeter();
    private final boolean demo;
    private Thread closer;

    private LiveConnection(MqttSettings settings, MqttLiveSource source, LiveRecorder recorder, boolean demo) {
        this.settings = settings;
        this.source = source;
        this.recorder = recorder;
        this.demo = demo;
    }

    /** Creates the source and starts connecting (in the background; the state says how it goes). */
    static LiveConnection open(MqttSettings settings, String topic, List<VehicleList.Vehicle> vehicles,
            LiveServices services, boolean demo) {
        LiveRecorder recorder = services.store() == null ? LiveRecorder.NONE
                : new StoreRecorder(services.store(), settings.brokerUrl() + " " + topic);
        MqttLiveSource source;
        try {
            source = new MqttLiveSource(settings, topic, vehicles.stream().map(VehicleList.Vehicle::spec).toList(),
                    services.rules(), recorder);
        } catch (RuntimeException e) {
            try {
                recorder.close();
            } finally {
                wipePasswords(settings);
            }
            throw e;
        }
        LiveConnection c = new LiveConnection(settings, source, recorder, demo);
        source.addTelemetryListener(c.latency);
        try {
            source.connect();
        } catch (RuntimeException e) {
            c.closeNow();
            throw e;
        }
        LOG.info("live source: connecting to {} topic {} ({} vehicles)", settings.brokerUrl(), topic,
                vehicles.size());
        return c;
    }

    MqttLiveSource source() {
        return source;
    }

    MqttSettings settings() {
        return settings;
    }

    LatencyMeter latency() {
        return latency;
    }

    boolean isDemo() {
        return demo;
    }

    synchronized void closeInBackground() {
        if (closer == null) {
            closer = new Thread(this::closeNow, "live-close");
            closer.setDaemon(true);
            closer.start();
        }
    }

    private void closeNow() {
        try {
            source.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the live source for {}: {}", settings.brokerUrl(), e.getMessage());
        } finally {
            try {
                recorder.close();   // even when the source failed to close: it holds the live sessions
            } catch (RuntimeException e) {
                LOG.warn("closing the live recorder for {}: {}", settings.brokerUrl(), e.getMessage());
            } finally {
                wipePasswords(settings);
            }
        }
    }

    private static void wipePasswords(MqttSettings settings) {
        settings.clearPassword();
        TlsSettings tls = settings.tls();
        if (tls != null) {
            LiveSourceViewModel.wipe(tls.clientKeyStorePassword());
        }
    }

    void awaitClosed(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = closer;
        }
        if (t != null) {
            t.join(millis);
        }
    }
}
