package org.evtwin.core.ingest.mqtt;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Messages per second over the last few whole seconds: one thread marks, any thread reads. Buckets are keyed by the
 * second they count, so a quiet source reads as zero instead of its last busy rate.
 */
final class RateMeter {
    private static final int BUCKETS = 8;
    private static final int WINDOW = 3;
    private final AtomicLongArray second = new AtomicLongArray(BUCKETS);
    private final AtomicLongArray count = new AtomicLongArray(BUCKETS);

    void mark(long nowNanos) {
        long s = Math.floorDiv(nowNanos, 1_000_000_000L);
        int i = Math.floorMod(s, BUCKETS);
        if (second.get(i) != s) {
            count.set(i, 0);
            second.set(i, s);
        }
        count.incrementAndGet(i);
    }

    /** Mean rate over the {@value #WINDOW} complete seconds before now [1/s]. */
    double perSecond(long nowNanos) {
        long s = Math.floorDiv(nowNanos, 1_000_000_000L);
        long sum = 0;
        for (long k = s - WINDOW; k < s; k++) {
            int i = Math.floorMod(k, BUCKETS);
            if (second.get(i) == k) {
                sum += count.get(i);
            }
        }
        return (double) sum / WINDOW;
    }
}
