package org.evtwin.core.ingest.mqtt;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evtwin.core.engine.FrameSource;
import org.evtwin.core.engine.LatestFrame;
import org.evtwin.core.engine.SourceStatus;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;

/**
 * The live MQTT source of the twin: subscribes to the telemetry topic, ingests on its own thread
 * ({@link IngestLoop}), records every accepted message of the watched vehicles and quarantines every rejected one,
 * and publishes the selected vehicle's frames like any {@link FrameSource}. Connect and disconnect at any time;
 * the state is in {@link #status()}. Live data runs at 1×: pause freezes the screen while recording goes on.
 */
public final class MqttLiveSource implements FrameSource {
    private final MqttSettings settings;
    private final String topicFilter;
    private final IngestLoop loop;
    private final Connector connector;
    private final LatestFrame latest = new LatestFrame();
    private final List<FrameSink> frameListeners = new CopyOnWriteArrayList<>();
    private final Thread ingestThread;
    private volatile String selected;
    private volatile boolean paused;
    private volatile double lastTimeS = Double.NaN;
    private List<String> seenCopy = List.of();
    private int seenCopiedAt;

    /**
     * @param vehicles the known vehicles; all are watched until {@link #watch} says otherwise; the first is selected
     * @throws IllegalArgumentException for {@code tcp://} to another machine without the user's explicit choice
     * @param recorder where accepted and rejected messages go (closed by the caller after {@link #close()})
     */
    public MqttLiveSource(MqttSettings settings, String topicFilter, Collection<VehicleSpec> vehicles,
            MessageRules rules, LiveRecorder recorder) {
        this(settings, topicFilter, vehicles, new TelemetryParser(byId(vehicles), rules), recorder);
    }

    /** With another payload shape ({@link MappedPayloadParser}). */
    public MqttLiveSource(MqttSettings settings, String topicFilter, Collection<VehicleSpec> vehicles,
            PayloadParser parser, LiveRecorder recorder) {
        settings.requireEncryptedOrLocal();
        this.settings = settings;
        this.topicFilter = topicFilter;
        Map<String, VehicleSpec> known = byId(vehicles);
        this.selected = vehicles.isEmpty() ? null : vehicles.iterator().next().id();
        this.loop = new IngestLoop(8192, parser, recorder, known.keySet(), this::toScreen);
        this.connector = new Connector(settings, topicFilter, loop::enqueue);
        this.ingestThread = new Thread(loop, "mqtt-ingest");
        ingestThread.setDaemon(true);
        ingestThread.start();
    }

    private static Map<String, VehicleSpec> byId(Collection<VehicleSpec> vehicles) {
        return vehicles.stream().collect(Collectors.toMap(VehicleSpec::id, Function.identity()));
    }

    private void toScreen(TelemetryMessage m, PackFrame frame, long receivedNanos) {
        if (!m.vehicleId().equals(selected) || paused) {
            return;
        }
        if (frame.timeS() <= lastTimeS) {
            return;   // a late QoS 1 redelivery of an older frame: recorded, but the screen and alerts only go forward
        }
        lastTimeS = frame.timeS();
        latest.publish(frame);
        for (FrameSink l : frameListeners) {
            l.accept(frame);
        }
    }

    /** Connects in the background (state CONNECTING, then CONNECTED; retries with back-off). */
    public void connect() {
        connector.connect();
    }

    /** Disconnects; messages already received are still ingested. */
    public void disconnect() {
        connector.disconnect();
    }

    /** Which of the known vehicles to record (and to offer for the screen). */
    public void watch(Collection<String> vehicleIds) {
        loop.watched = Set.copyOf(vehicleIds);
    }

    /** The vehicle whose frames go to the screen. */
    public void select(String vehicleId) {
        if (!java.util.Objects.equals(selected, vehicleId)) {
            lastTimeS = Double.NaN;   // the next vehicle's clock starts afresh
        }
        selected = vehicleId;
    }

    /** Listener for every accepted message of a watched vehicle, on the ingest thread (keep it short). */
    public void addTelemetryListener(TelemetryListener listener) {
        loop.addListener(listener);
    }

    public LiveStatus status() {
        return new LiveStatus(connector.state(), connector.detail(), loop.rate.perSecond(System.nanoTime()),
                loop.received.get(), loop.accepted.get(), loop.quarantined.get(), loop.duplicates.get(),
                loop.ignored.get(), loop.storeWaits.get(), loop.lastReject, loop.failed.get(), loop.lastFailure,
                seenVehicles(), loop.seenBeyondLimit.get(), List.copyOf(new TreeSet<>(loop.watched)), selected);
    }

    /** The seen ids, copied only when one was added since the last call (the panel asks several times a second). */
    private synchronized List<String> seenVehicles() {
        int count = loop.seenCount;
        if (count != seenCopiedAt) {
            seenCopy = List.copyOf(loop.seen);
            seenCopiedAt = count;
        }
        return seenCopy;
    }

    @Override
    public LatestFrame latest() {
        return latest;
    }

    @Override
    public void addFrameListener(FrameSink sink) {
        frameListeners.add(sink);
    }

    @Override
    public void removeFrameListener(FrameSink sink) {
        frameListeners.remove(sink);
    }

    @Override
    public SourceStatus sourceStatus() {
        LiveStatus s = status();
        SourceStatus.State state = switch (s.state()) {
            case CONNECTED -> paused ? SourceStatus.State.PAUSED : SourceStatus.State.RUNNING;
            case CONNECTING, RECONNECTING -> SourceStatus.State.STARTING;
            case FAILED -> SourceStatus.State.FAILED;
            case DISCONNECTED -> SourceStatus.State.STOPPED;
        };
        String activity = String.format(java.util.Locale.ROOT, "%s %s: %.1f msg/s, %d accepted, %d quarantined",
                settings.brokerUrl(), topicFilter, s.messagesPerSecond(), s.accepted(), s.quarantined());
        return new SourceStatus("live", state, 1.0, lastTimeS, Double.NaN,
                s.state() == ConnectionState.CONNECTED ? activity : s.detail());
    }

    @Override
    public void setPaused(boolean value) {
        paused = value;
    }

    @Override
    public boolean paused() {
        return paused;
    }

    @Override
    public void setSpeed(double speed) {
        if (speed != 1.0) {
            throw new IllegalArgumentException("live data runs at 1x only, found " + speed);
        }
    }

    @Override
    public double speed() {
        return 1.0;
    }

    @Override
    public void start() {
        connect();
    }

    /** Disconnects, then lets the ingest thread hand everything received to the recorder before it ends. */
    @Override
    public void close() {
        connector.disconnect();
        loop.stop();
        try {
            ingestThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Still waiting for a recorder that stopped taking messages: end it, or it would spin on a closed recorder.
        ingestThread.interrupt();
    }
}
