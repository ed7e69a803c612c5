package org.evtwin.app.live;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evtwin.core.engine.LatestFrame;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.ingest.mqtt.LiveStatus;

/**
 * The status block of the panel as read-only properties, set once per pulse from the live source's
 * {@link LiveStatus}. Properties are set only when their text changes, so an idle panel costs no layout.
 */
public final class LiveStatusModel {
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(
            ConnectionState.DISCONNECTED);
    private final ReadOnlyStringWrapper chip = new ReadOnlyStringWrapper(StatusText.chip(ConnectionState.DISCONNECTED,
            0));
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("not connected");
    private final ReadOnlyStringWrapper broker = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper topic = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper(StatusText.rate(0));
    private final ReadOnlyStringWrapper accepted = new ReadOnlyStringWrapper(StatusText.count(0));
    private final ReadOnlyStringWrapper quarantined = new ReadOnlyStringWrapper(StatusText.count(0));
    private final ReadOnlyStringWrapper extra = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper(StatusText.latency(0, 0, 0));
    private final ReadOnlyStringWrapper lastReject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unknownVehicles = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper seenVehicles = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper demo = new ReadOnlyStringWrapper("");
    private volatile LiveStatus last;
    private long reconnectingSinceNanos = -1;

    void connected(String brokerText, String topicText) {
        broker.set(brokerText);
        topic.set(topicText);
        last = null;
        reconnectingSinceNanos = -1;
    }

    void disconnected() {
        state.set(ConnectionState.DISCONNECTED);
        chip.set(StatusText.chip(ConnectionState.DISCONNECTED, 0));
        detail.set("disconnected");
        rate.set(StatusText.rate(0));
        unknownVehicles.set("");
        seenVehicles.set("");
        reconnectingSinceNanos = -1;
    }

    void show(LiveStatus s, LatencyMeter meter, LatestFrame.Stamped shown) {
        long now = System.nanoTime();
        meter.onPulse(shown == null ? null : shown.frame(), now);
        last = s;
        if (s.state() == ConnectionState.RECONNECTING) {
            reconnectingSinceNanos = reconnectingSinceNanos < 0 ? now : reconnectingSinceNanos;
        } else {
            reconnectingSinceNanos = -1;
        }
        double reconnectingS = reconnectingSinceNanos < 0 ? 0 : (now - reconnectingSinceNanos) / 1e9;
        state.set(s.state());
        set(chip, StatusText.chip(s.state(), reconnectingS));
        set(detail, s.detail());
        set(rate, StatusText.rate(s.messagesPerSecond()));
        set(accepted, StatusText.count(s.accepted()));
        set(quarantined, StatusText.count(s.quarantined()));
        set(extra, StatusText.extra(s));
        set(lastReject, s.lastReject().isEmpty() ? "" : "Last reject: " + s.lastReject());
        set(latency, StatusText.latency(meter.percentileMs(0.5), meter.percentileMs(0.99), meter.count()));
    }

    void seenVehicles(List<String> listedAndSeen, int listed) {
        set(seenVehicles, StatusText.seen(listedAndSeen, listed));
    }

    void unknownVehicles(List<String> ids, long beyondLimit) {
        set(unknownVehicles, StatusText.unlisted(ids, beyondLimit));
    }

    void demo(String text) {
        set(demo, text);
    }

    private static void set(ReadOnlyStringWrapper p, String value) {
        if (!value.equals(p.get())) {
            p.set(value);
        }
    }

    /** The newest status read from the source (null before the first pulse of a connection). */
    public LiveStatus last() {
        return last;
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The chip's words: Disconnected, Connecting…, Connected, Reconnecting (for n s), Failed. */
    public ReadOnlyStringProperty chipProperty() {
        return chip.getReadOnlyProperty();
    }

    /** One line from the core: the broker, or why it failed or reconnects (never credentials). */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty brokerProperty() {
        return broker.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topicProperty() {
        return topic.getReadOnlyProperty();
    }

    /** Messages per second over the last seconds ("12.0 msg/s"). */
    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty acceptedProperty() {
        return accepted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quarantinedProperty() {
        return quarantined.getReadOnlyProperty();
    }

    /** Duplicates skipped and messages of unwatched vehicles. */
    public ReadOnlyStringProperty extraProperty() {
        return extra.getReadOnlyProperty();
    }

    /** Ingest-to-screen latency percentiles in ms. */
    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastRejectProperty() {
        return lastReject.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unknownVehiclesProperty() {
        return unknownVehicles.getReadOnlyProperty();
    }

    /** Which listed vehicles have sent messages ("Sending: car-1 (1 of 2 listed)"). */
    public ReadOnlyStringProperty seenVehiclesProperty() {
        return seenVehicles.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }
}
