package org.evtwin.core.replay;

/**
 * The requests other threads make of the replay thread, under one monitor. Every request bumps {@link #generation}
 * and wakes the replay thread, which notices the change in its waits and applies it between two frames.
 */
final class ReplayControls {
    final Object lock = new Object();
    long generation;
    boolean paused;
    double speed;
    boolean loop;
    double seekTo = Double.NaN;
    boolean stop;

    ReplayControls(double speed) {
        this.speed = speed;
    }

    /** Applies a change under the lock and wakes the replay thread. */
    void request(Runnable change) {
        synchronized (lock) {
            change.run();
            generation++;
            lock.notifyAll();
        }
    }
}
