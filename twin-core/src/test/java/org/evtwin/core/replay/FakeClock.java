package org.evtwin.core.replay;

import java.util.concurrent.atomic.AtomicLong;

/** A wall clock that only moves when the replay waits (by exactly the wait) or when the test advances it. */
final class FakeClock implements ReplayClock {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void await(Object monitor, long nanos) {
        now.addAndGet(nanos);
    }

    /** Lets wall time pass (e.g. while paused). */
    void advance(long nanos) {
        now.addAndGet(nanos);
    }
}
