package org.evtwin.core.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.evtwin.core.store.QuarantineEntry;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** The ingest thread survives what goes wrong after parsing, and keeps what the network sends it bounded. */
class IngestLoopTest {

    private static byte[] valid(long seq) {
        return BadPayloadCorpus.VALID.replace("\"seq\":5", "\"seq\":" + seq).getBytes(StandardCharsets.UTF_8);
    }

    private static LiveRecorder recorder(java.util.function.BiPredicate<TelemetryMessage, PackFrame> offer,
            java.util.function.Predicate<QuarantineEntry> quarantine) {
        return new LiveRecorder() {
            @Override
            public boolean offer(TelemetryMessage message, PackFrame frame) {
                return offer.test(message, frame);
            }

            @Override
            public boolean quarantine(QuarantineEntry entry) {
                return quarantine.test(entry);
            }

            @Override
            public void close() {
            }
        };
    }

    private static Thread start(IngestLoop loop) {
        Thread t = new Thread(loop, "test-ingest");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Before: the first exception ended the thread, and every later message stayed in the inbox for good. */
    @Test
    void aRecorderThatThrowsCostsThoseMessagesNotTheIngest() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        LiveTestSupport.CollectingRecorder kept = new LiveTestSupport.CollectingRecorder();
        LiveRecorder failingTwice = recorder((m, f) -> {
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("cannot open the live session in /data/twin: disk full");
            }
            return kept.offer(m, f);
        }, kept::quarantine);
        IngestLoop loop = new IngestLoop(16, LiveTestSupport.corpusParser(), failingTwice,
                Set.of(BadPayloadCorpus.CAR.id()), (m, f, n) -> { });
        Thread t = start(loop);
        for (int seq = 1; seq <= 5; seq++) {
            loop.enqueue(BadPayloadCorpus.TOPIC, valid(seq));
        }
        LiveTestSupport.await("5 messages handled", 10, () -> loop.received.get() == 5);
        assertEquals(2, loop.failed.get());
        assertEquals("cannot open the live session in /data/twin: disk full", loop.lastFailure);
        assertEquals(3, kept.messages.size(), "the messages after the failures are recorded");
        assertEquals(java.util.List.of(3L, 4L, 5L), kept.messages.stream().map(TelemetryMessage::seq).toList());
        assertTrue(t.isAlive());
        loop.stop();
        t.join(5_000);
        assertFalse(t.isAlive());
    }

    /** Vehicle ids come from the network: a publisher cycling through ids must not grow the list without end. */
    @Test
    void theSeenVehiclesAreCappedAndTheRestCounted() {
        IngestLoop loop = new IngestLoop(16, LiveTestSupport.corpusParser(), LiveRecorder.NONE,
                Set.of(BadPayloadCorpus.CAR.id()), (m, f, n) -> { });
        int extra = 7;
        for (int i = 0; i < IngestLoop.MAX_SEEN + extra; i++) {
            loop.process(new IngestLoop.Inbound(TelemetrySchema.topicOf("v" + i), valid(1), 0, 0));
        }
        loop.process(new IngestLoop.Inbound(TelemetrySchema.topicOf("v0"), valid(2), 0, 0)); // already kept
        assertEquals(IngestLoop.MAX_SEEN, loop.seen.size());
        assertEquals(IngestLoop.MAX_SEEN, loop.seenCount);
        assertEquals(extra, loop.seenBeyondLimit.get());
        assertEquals(IngestLoop.MAX_SEEN + extra + 1, loop.quarantined.get(), "unknown vehicles are quarantined");
    }

    /** A close that gave up waiting for a recorder that no longer takes messages ends the thread. */
    @Test
    void anInterruptedStopEndsAThreadWaitingForAFullRecorder() throws InterruptedException {
        LiveRecorder full = recorder((m, f) -> false, q -> false);
        IngestLoop loop = new IngestLoop(16, LiveTestSupport.corpusParser(), full, Set.of(BadPayloadCorpus.CAR.id()),
                (m, f, n) -> { });
        Thread t = start(loop);
        loop.enqueue(BadPayloadCorpus.TOPIC, valid(1));
        LiveTestSupport.await("the recorder to be waited for", 10, () -> loop.storeWaits.get() == 1);
        loop.stop();
        t.join(300);
        assertTrue(t.isAlive(), "stop alone keeps trying to hand the message on");
        t.interrupt();
        t.join(5_000);
        assertFalse(t.isAlive());
        assertEquals(1, loop.failed.get());
        assertEquals("live ingest stopped before the recorder took the message", loop.lastFailure);
    }
}
