package org.evtwin.core.replay;

import org.evtwin.core.engine.SourceStatus;

/**
 * The replay thread's loop. Pacing: a frame at recording time t is due at wall time
 * {@code wallAnchor + (t − simAnchor)/speed}; the anchors move only at start, resume, speed change, seek and loop, so
 * no rounding accumulates from frame to frame. A request (pause, seek, speed, stop) wakes the wait at once; the row
 * being waited for is kept and published when due.
 *
 * <p>The model state always corresponds to the published position: a seek forward steps the model silently through
 * the skipped samples, a seek backward (or a loop) restarts it at the window start and steps it silently to the
 * target. The residual statistics therefore always cover the window start up to the cursor, whatever the seeks.
 */
final class ReplayRunner {
    private final ReplayEngine engine;
    private final ReplayControls c;
    private final ReplayClock clock;
    private final ModelAlongside alongside;
    private RowCursor rows;
    private boolean needStart;
    private long seen = -1;
    private boolean paused;
    private double speed;
    private double position;
    private double simAnchor;
    private long wallAnchor;
    private long loops;

    ReplayRunner(ReplayEngine engine, ReplayControls controls, ReplayClock clock, ModelAlongside alongside) {
        this.engine = engine;
        this.c = controls;
        this.clock = clock;
        this.alongside = alongside;
    }

    void run() throws InterruptedException {
        try {
            synchronized (c.lock) {
                seen = c.generation;
                paused = c.paused;
                speed = c.speed;
            }
            position = engine.fromS();
            openWindow();
            feedAndPublish();
            rebase(position);
            while (true) {
                double seek;
                boolean loop;
                boolean changed;
                boolean newPaused;
                double newSpeed;
                synchronized (c.lock) {
                    if (c.stop) {
                        return;
                    }
                    seek = c.seekTo;
                    c.seekTo = Double.NaN;
                    loop = c.loop;
                    changed = seen != c.generation;
                    seen = c.generation;
                    newPaused = c.paused;
                    newSpeed = c.speed;
                }
                if (changed) {
                    applyPauseAndSpeed(newPaused, newSpeed);
                }
                if (!Double.isNaN(seek)) {
                    seek(seek);
                } else if (paused) {
                    engine.setState(SourceStatus.State.PAUSED, position, loops);
                    waitForRequest();
                } else if (!rows.peek()) {
                    if (loop) {
                        loops++;
                        openWindow();
                        feedAndPublish();
                        rebase(position);
                    } else {
                        engine.setState(SourceStatus.State.ENDED, position, loops);
                        waitForRequest();
                    }
                } else if (waitUntilDue(rows.timeS())) {
                    feedAndPublish();
                }
            }
        } finally {
            if (rows != null) {
                rows.close();
            }
        }
    }

    /** Pause/resume and speed changes keep the virtual cursor where it is. */
    private void applyPauseAndSpeed(boolean newPaused, double newSpeed) {
        long now = clock.nanoTime();
        double virtual = virtualTime(now);
        if (newPaused != paused || newSpeed != speed) {
            paused = newPaused;
            speed = newSpeed;
            simAnchor = virtual;
            wallAnchor = now;
        }
    }

    /** Recording time the cursor has reached between two frames (between the last frame and the next row). */
    private double virtualTime(long now) {
        if (paused) {
            return simAnchor;
        }
        if (Double.isInfinite(speed)) {
            return position;
        }
        double v = simAnchor + (now - wallAnchor) / 1e9 * speed;
        double next = rows != null && rows.peek() ? rows.timeS() : position;
        return Math.max(position, Math.min(v, next));
    }

    private void rebase(double simTime) {
        simAnchor = simTime;
        wallAnchor = clock.nanoTime();
    }

    private void seek(double t) {
        if (!(t > position)) {
            openWindow();
        }
        while (rows.peek()) {
            double rt = rows.timeS();
            if (rt >= t) {
                feedAndPublish();
                rebase(position);
                return;
            }
            feed();
        }
        engine.publish(alongside.frame(), loops, paused);   // past the last sample: show the last one again
        rebase(position);
    }

    private void openWindow() {
        if (rows != null) {
            rows.close();
        }
        rows = new RowCursor(engine.reader().open(engine.fromS()), engine.toS());
        needStart = true;
        if (!rows.peek()) {
            throw new org.evtwin.core.TwinException(engine.reader().name() + ": no samples between "
                    + engine.fromS() + " and " + engine.toS() + " s");
        }
    }

    private void feed() {
        if (needStart) {
            alongside.start(rows.block(), rows.row());
            needStart = false;
        } else {
            alongside.advance(rows.block(), rows.row());
        }
        rows.consume();
    }

    private void feedAndPublish() {
        feed();
        position = alongside.timeS();
        engine.publish(alongside.frame(), loops, paused);
    }

    /** Waits until the row at {@code t} is due; false if a request came first. */
    private boolean waitUntilDue(double t) throws InterruptedException {
        if (Double.isInfinite(speed)) {
            return true;
        }
        long due = wallAnchor + Math.round((t - simAnchor) / speed * 1e9);
        synchronized (c.lock) {
            while (true) {
                if (seen != c.generation) {
                    return false;
                }
                long now = clock.nanoTime();
                if (now >= due) {
                    return true;
                }
                clock.await(c.lock, due - now);
            }
        }
    }

    private void waitForRequest() throws InterruptedException {
        synchronized (c.lock) {
            while (seen == c.generation) {
                c.lock.wait();
            }
        }
    }
}
