package org.evtwin.app.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evtwin.core.alerts.ActiveAlerts;
import org.evtwin.core.alerts.AlertEvent;
import org.evtwin.core.alerts.AlertListener;
import org.evtwin.core.alerts.Severity;

/**
 * The alerts table's data, without scene nodes. {@link #onAlert} runs on the engine thread and only enqueues (lock
 * free); {@link #drainOnPulse} runs on the FX thread once per pulse and moves everything queued into {@link #rows()}
 * in one change, newest first, keeping the newest {@code capacity} rows. If the FX thread falls behind, the queue keeps
 * the newest {@code capacity} events and counts the older ones it drops ({@link #droppedProperty()}).
 *
 * <p>Counts come from the engine's {@link ActiveAlerts} snapshot, read once per pulse, so they stay right even when
 * rows are capped or events dropped. Raised or escalated alerts at or above the notification severity are passed to
 * a {@link NotificationSink} at most once per interval; a burst in between becomes one summary ("12 new alerts").
 */
public final class AlertsViewModel implements AlertListener {
    /** Default number of rows kept. */
    public static final int DEFAULT_CAPACITY = 1000;
    /** Default shortest time between two notifications [ns]: one second. */
    public static final long DEFAULT_NOTIFY_INTERVAL_NANOS = 1_000_000_000L;

    /** Receives notifications on the FX thread; must not block (the view shows a transient popup). */
    @FunctionalInterface
    public interface NotificationSink {
        void show(Notice notice);
    }

    /**
     * One notification.
     *
     * @param severity the worst severity among the alerts it stands for
     * @param title    "Critical alert", "Warning", or "12 new alerts" for a burst
     * @param text     the alert's sentence, or "Latest: " and the newest sentence for a burst
     * @param count    how many alerts it stands for
     */
    public record Notice(Severity severity, String title, String text, int count) {
    }

    private final Supplier<ActiveAlerts> active;
    private final int capacity;
    private final long notifyIntervalNanos;
    private final Severity notifyAtLeast;
    private final ConcurrentLinkedQueue<AlertEvent> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final ObservableList<AlertRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper(this, "activeCount");
    private final ReadOnlyIntegerWrapper criticalCount = new ReadOnlyIntegerWrapper(this, "criticalCount");
    private final ReadOnlyObjectWrapper<Severity> worst = new ReadOnlyObjectWrapper<>(this, "worst", Severity.OK);
    private final ReadOnlyLongWrapper droppedCount = new ReadOnlyLongWrapper(this, "dropped");
    private NotificationSink sink = n -> { };
    private long lastVersion = -1;
    private int pendingCount;
    private Severity pendingWorst = Severity.OK;
    private AlertEvent pendingLatest;
    private boolean notifiedBefore;
    private long lastNoticeNanos;

    /** Defaults: 1,000 rows, notifications for critical alerts at most once per second. */
    public AlertsViewModel(Supplier<ActiveAlerts> active) {
        this(active, DEFAULT_CAPACITY, DEFAULT_NOTIFY_INTERVAL_NANOS, Severity.CRITICAL);
    }

    /**
     * @param active              the engine's snapshot, e.g. {@code alertEngine::active}
     * @param capacity            rows kept (and events queued at most between two pulses)
     * @param notifyIntervalNanos shortest time between two notifications [ns]
     * @param notifyAtLeast       the lowest severity that is notified (WARNING or CRITICAL)
     */
    public AlertsViewModel(Supplier<ActiveAlerts> active, int capacity, long notifyIntervalNanos,
            Severity notifyAtLeast) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be > 0, found " + capacity);
        }
        if (notifyIntervalNanos < 0) {
            throw new IllegalArgumentException("notification interval must be >= 0 ns, found " + notifyIntervalNanos);
        }
        if (!Objects.requireNonNull(notifyAtLeast, "notifyAtLeast").isAlarm()) {
            throw new IllegalArgumentException("notifications need WARNING or CRITICAL, found " + notifyAtLeast);
        }
        this.active = Objects.requireNonNull(active, "active");
        this.capacity = capacity;
        this.notifyIntervalNanos = notifyIntervalNanos;
        this.notifyAtLeast = notifyAtLeast;
    }

    /** Engine thread: enqueues the event; drops the oldest queued one beyond the capacity. */
    @Override
    public void onAlert(AlertEvent event) {
        inbox.offer(event);
        if (queued.incrementAndGet() > capacity && inbox.poll() != null) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
        }
    }

    /** Where notifications go (the view registers itself); replaces the previous sink. */
    public void setNotificationSink(NotificationSink newSink) {
        sink = Objects.requireNonNull(newSink, "sink");
    }

    /**
     * FX thread, once per pulse: applies every queued event to the rows in one change, refreshes the counts if the
     * snapshot changed, and shows a pending notification if the interval has passed.
     *
     * @param nowNanos the pulse time, e.g. the argument of {@code AnimationTimer.handle}
     */
    public void drainOnPulse(long nowNanos) {
        if (!inbox.isEmpty()) {
            List<AlertEvent> batch = new ArrayList<>();
            for (AlertEvent e = inbox.poll(); e != null; e = inbox.poll()) {
                queued.decrementAndGet();
                batch.add(e);
                collectNotice(e);
            }
            int oldest = Math.max(0, batch.size() - capacity);
            List<AlertRow> newestFirst = new ArrayList<>(batch.size() - oldest);
            for (int k = batch.size() - 1; k >= oldest; k--) {
                newestFirst.add(AlertRow.of(batch.get(k)));
            }
            if (rows.size() + newestFirst.size() <= capacity) {
                rows.addAll(0, newestFirst);
            } else {
                int keep = capacity - newestFirst.size();
                List<AlertRow> next = new ArrayList<>(capacity);
                next.addAll(newestFirst);
                next.addAll(rows.subList(0, keep));
                rows.setAll(next);
            }
        }
        ActiveAlerts snapshot = active.get();
        if (snapshot.version() != lastVersion) {
            lastVersion = snapshot.version();
            activeCount.set(snapshot.count());
            criticalCount.set(snapshot.count(Severity.CRITICAL));
            worst.set(snapshot.worst());
        }
        droppedCount.set(dropped.get());
        notifyIfDue(nowNanos);
    }

    private void collectNotice(AlertEvent e) {
        boolean worse = e.severity().compareTo(e.previous()) > 0;
        if (worse && e.severity().compareTo(notifyAtLeast) >= 0) {
            pendingCount++;
            pendingWorst = Severity.max(pendingWorst, e.severity());
            pendingLatest = e;
        }
    }

    private void notifyIfDue(long nowNanos) {
        if (pendingCount == 0 || (notifiedBefore && nowNanos - lastNoticeNanos < notifyIntervalNanos)) {
            return;
        }
        Notice notice = pendingCount == 1
                ? new Notice(pendingWorst, pendingWorst == Severity.CRITICAL ? "Critical alert" : "Warning",
                        pendingLatest.message(), 1)
                : new Notice(pendingWorst, pendingCount + " new alerts", "Latest: " + pendingLatest.message(),
                        pendingCount);
        pendingCount = 0;
        pendingWorst = Severity.OK;
        pendingLatest = null;
        notifiedBefore = true;
        lastNoticeNanos = nowNanos;
        sink.show(notice);
    }

    /** The newest rows first, at most {@code capacity} (read-only; sort a {@code SortedList} over it). */
    public ObservableList<AlertRow> rows() {
        return readOnlyRows;
    }

    public int capacity() {
        return capacity;
    }

    /** Alerts active now (all rules, pack and cells). */
    public ReadOnlyIntegerProperty activeCountProperty() {
        return activeCount.getReadOnlyProperty();
    }

    /** Critical alerts active now. */
    public ReadOnlyIntegerProperty criticalCountProperty() {
        return criticalCount.getReadOnlyProperty();
    }

    /** The worst active severity (OK when none): for a status badge. */
    public ReadOnlyObjectProperty<Severity> worstProperty() {
        return worst.getReadOnlyProperty();
    }

    /** Events dropped because the FX thread fell behind by more than {@code capacity} events. */
    public ReadOnlyLongProperty droppedProperty() {
        return droppedCount.getReadOnlyProperty();
    }
}
