package org.evtwin.core.ingest.mqtt;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.evtwin.core.store.QuarantineEntry;
import org.evtwin.core.telemetry.PackFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest thread: takes raw messages from the bounded inbox (filled by Paho's callback thread), parses and checks
 * them, skips redeliveries, and hands the result on — frames of the selected vehicle to the screen path, every
 * accepted message of a watched vehicle to the recorder, every rejected one to the quarantine.
 */
final class IngestLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestLoop.class);
    /** Vehicle ids kept for the "seen on the topic" list; more are only counted (the ids come from the network). */
    static final int MAX_SEEN = 1000;

    /** A message as it arrived. */
    record Inbound(String topic, byte[] payload, long receivedEpochMs, long receivedNanos) {
    }

    private final BlockingQueue<Inbound> inbox;
    private final PayloadParser parser;
    private final LiveRecorder recorder;
    private final TelemetryListener toScreen;
    private final List<TelemetryListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, SequenceWindow> windows = new HashMap<>();
    private final Map<String, Long> origins = new HashMap<>();
    final Set<String> seen = new ConcurrentSkipListSet<>();
    /** Written by the ingest thread only; readers use it to tell whether {@link #seen} changed. */
    volatile int seenCount;
    final AtomicLong seenBeyondLimit = new AtomicLong();
    final RateMeter rate = new RateMeter();
    final AtomicLong received = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong quarantined = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong ignored = new AtomicLong();
    final AtomicLong storeWaits = new AtomicLong();
    final AtomicLong inboxWaits = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    volatile String lastReject = "";
    volatile String lastFailure = "";
    volatile Set<String> watched;
    private volatile boolean stop;

    IngestLoop(int capacity, PayloadParser parser, LiveRecorder recorder, Set<String> watched, TelemetryListener toScreen) {
        this.inbox = new ArrayBlockingQueue<>(capacity);
        this.parser = parser;
        this.recorder = recorder;
        this.watched = Set.copyOf(watched);
        this.toScreen = toScreen;
    }

    void addListener(TelemetryListener l) {
        listeners.add(l);
    }

    void removeListener(TelemetryListener l) {
        listeners.remove(l);
    }

    /**
     * Called on Paho's thread: copies nothing, only queues. Waits only when the inbox is full (the ingest is
     * saturated), which stops Paho reading the socket: TCP back-pressure to the broker instead of a lost message.
     */
    void enqueue(String topic, byte[] payload) {
        Inbound in = new Inbound(topic, payload, System.currentTimeMillis(), System.nanoTime());
        if (!inbox.offer(in)) {
            inboxWaits.incrementAndGet();
            try {
                while (!stop && !inbox.offer(in, 100, TimeUnit.MILLISECONDS)) {
                    // keep waiting: the ingest thread is draining
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    int queued() {
        return inbox.size();
    }

    void stop() {
        stop = true;
    }

    @Override
    public void run() {
        while (!stop || !inbox.isEmpty()) {
            Inbound in;
            try {
                in = inbox.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (in != null) {
                processSurvivingFailures(in);
            }
        }
    }

    /**
     * A failure while handing a message on (the database cannot open the session, a listener throws) must not end
     * the ingest: the thread would die, the inbox fill and Paho's thread wait for good. The message is counted as
     * failed, the reason shown, and each distinct reason logged once.
     */
    private void processSurvivingFailures(Inbound in) {
        try {
            process(in);
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!reason.equals(lastFailure)) {
                LOG.error("live message on {} not handled: {}", in.topic(), reason, e);
            }
            lastFailure = reason;
        }
    }

    /** Counts the message as received only once it has been handled, so the counters add up whenever read. */
    void process(Inbound in) {
        rate.mark(in.receivedNanos());
        try {
            handle(in);
        } finally {
            received.incrementAndGet();
        }
    }

    private void handle(Inbound in) {
        String vehicle = TelemetrySchema.vehicleOfTopic(in.topic());
        if (vehicle != null && !seen.contains(vehicle)) {
            if (seenCount < MAX_SEEN) {
                seen.add(vehicle);
                seenCount++;
            } else {
                seenBeyondLimit.incrementAndGet();
            }
        }
        TelemetryMessage m;
        try {
            m = parser.parse(in.topic(), in.payload(), in.receivedEpochMs());
        } catch (RejectedMessageException e) {
            quarantined.incrementAndGet();
            lastReject = e.describe();
            QuarantineEntry q = QuarantineEntry.of(Instant.ofEpochMilli(in.receivedEpochMs()), in.topic(), vehicle,
                    e.describe(), in.payload());
            offerUntilTaken(() -> recorder.quarantine(q));
            return;
        }
        if (!watched.contains(m.vehicleId())) {
            ignored.incrementAndGet();
            return;
        }
        if (!windows.computeIfAbsent(m.vehicleId(), v -> new SequenceWindow()).firstTime(m.seq())) {
            duplicates.incrementAndGet();
            return;
        }
        long origin = origins.computeIfAbsent(m.vehicleId(), v -> m.epochMs());
        PackFrame frame = m.toFrame(origin);
        accepted.incrementAndGet();
        offerUntilTaken(() -> recorder.offer(m, frame));
        toScreen.accept(m, frame, in.receivedNanos());
        for (TelemetryListener l : listeners) {
            l.accept(m, frame, in.receivedNanos());
        }
    }

    /**
     * Offers until the recorder's queue takes it (back-pressure, counted), or the loop is stopped and interrupted
     * (a close that gave up waiting for the recorder).
     */
    private void offerUntilTaken(BooleanSupplier offer) {
        if (offer.getAsBoolean()) {
            return;
        }
        storeWaits.incrementAndGet();
        while (!offer.getAsBoolean()) {
            LockSupport.parkNanos(200_000L);
            if (stop && Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("live ingest stopped before the recorder took the message");
            }
        }
    }
}
