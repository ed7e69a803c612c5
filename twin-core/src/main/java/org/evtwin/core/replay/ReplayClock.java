package org.evtwin.core.replay;

import java.util.concurrent.TimeUnit;

/**
 * Wall time for the replay's pacing. The real one reads {@link System#nanoTime()} and waits on the replay's monitor
 * (so a pause, seek or speed change wakes it at once); a test clock advances its own time by exactly the requested
 * wait and returns at once, which makes frame timing deterministic and tests need no real waiting.
 */
public interface ReplayClock {
    /** The system clock. */
    ReplayClock SYSTEM = new ReplayClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void await(Object monitor, long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
        }
    };

    /** Monotonic wall time [ns]. */
    long nanoTime();

    /**
     * Waits at most {@code nanos} on {@code monitor}, whose lock the caller holds; may return earlier (when the
     * monitor is notified, or spuriously): the caller re-checks the time.
     */
    void await(Object monitor, long nanos) throws InterruptedException;
}
