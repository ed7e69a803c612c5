package org.evtwin.app.pack3d;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Benchmark data that is synthetic in its demand but physical in its response: a real {@link PackModel} of the pack
 * (2-RC cells, parallel groups solved exactly, lumped thermal, cell-to-cell spread) stepped on its own thread with
 * 1 s steps under a repeating pack-current pattern — 30 s at 2C discharge, 10 s rest, 20 s at 1C regenerative
 * charge — and published as the newest {@link PackFrame} at a fixed rate. Every published frame has new values for
 * every cell (current, voltage, SoC, temperature).
 */
final class SimulatedFeed implements AutoCloseable {
    /** A published frame and its sequence number. */
    record Stamped(long sequence, PackFrame frame) {
    }

    private final PackModel model;
    private final double oneC;
    private final long periodNanos;
    private final AtomicReference<Stamped> latest = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    SimulatedFeed(PackTopology topology, double framesPerSecond) {
        this.model = new PackModel(topology, 25.0, 0.8);
        this.oneC = topology.capacityAh();
        this.periodNanos = (long) (1e9 / framesPerSecond);
        this.thread = new Thread(this::run, "benchmark-feed");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    long threadId() {
        return thread.threadId();
    }

    /** The newest frame, or null before the first. */
    Stamped latest() {
        return latest.get();
    }

    /** Why the feed stopped, or null while it runs. */
    Throwable failure() {
        return failure;
    }

    /** Pack current [A] of the pattern at a time [s] (positive on discharge). */
    double demandA(double timeS) {
        double t = timeS % 60.0;
        if (t < 30) {
            return 2 * oneC;
        }
        return t < 40 ? 0.0 : -oneC;
    }

    private void run() {
        long sequence = 0;
        long next = System.nanoTime();
        try {
            while (running) {
                double t = model.state().timeS();
                model.step(1.0, Control.Mode.CURRENT, demandA(t), Double.NaN, Double.NaN);
                latest.set(new Stamped(++sequence, PackFrame.capture(model.state())));
                next += periodNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                } else {
                    next = System.nanoTime();
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
