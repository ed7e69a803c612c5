package org.evtwin.core.ingest.mqtt;

/**
 * Remembers which sequence numbers of one vehicle were seen, so a QoS 1 redelivery (after a reconnect or a broker
 * restart) is recognised: exactly for the {@value #SPAN} numbers below the highest seen, and anything older than
 * that counts as seen. Not thread-safe (the ingest thread owns it).
 */
final class SequenceWindow {
    static final int SPAN = 1 << 16;
    private final long[] bits = new long[SPAN / 64];
    private long highest = -1;

    /** True the first time {@code seq} is offered, false for a repeat (or one too old to tell). */
    boolean firstTime(long seq) {
        if (seq > highest) {
            long from = Math.max(highest + 1, seq - SPAN + 1);
            if (seq - highest >= SPAN) {
                java.util.Arrays.fill(bits, 0L);
            } else {
                for (long s = from; s < seq; s++) {
                    clear(s);
                }
            }
            highest = seq;
            set(seq);
            return true;
        }
        if (highest - seq >= SPAN) {
            return false;
        }
        if (isSet(seq)) {
            return false;
        }
        set(seq);
        return true;
    }

    private void set(long s) {
        int i = (int) (s & (SPAN - 1));
        bits[i >>> 6] |= 1L << (i & 63);
    }

    private void clear(long s) {
        int i = (int) (s & (SPAN - 1));
        bits[i >>> 6] &= ~(1L << (i & 63));
    }

    private boolean isSet(long s) {
        int i = (int) (s & (SPAN - 1));
        return (bits[i >>> 6] & (1L << (i & 63))) != 0;
    }
}
