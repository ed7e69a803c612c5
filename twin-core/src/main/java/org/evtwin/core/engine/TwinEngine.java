package org.evtwin.core.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationResult;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.Simulator;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Runs the simulator on its own thread, paced to wall-clock time × speed, and publishes every frame to a
 * {@link LatestFrame}. This thread is the only one that touches the {@link PackModel}.
 */
public final class TwinEngine implements AutoCloseable {
    private final PackModel model;
    private final Experiment experiment;
    private final SimulationSettings settings;
    private final LatestFrame latest = new LatestFrame();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Consumer<Throwable> onError;
    private volatile double speed;
    private volatile boolean paused;
    private Thread thread;

    /**
     * @param speed   simulated seconds per wall-clock second (1 = real time)
     * @param onError receives a failure of the run (called on the engine thread)
     */
    public TwinEngine(PackModel model, Experiment experiment, SimulationSettings settings, double speed,
            Consumer<Throwable> onError) {
        this.model = model;
        this.experiment = experiment;
        this.settings = settings;
        this.speed = speed;
        this.onError = onError;
    }

    public LatestFrame latest() {
        return latest;
    }

    public void setSpeed(double simulatedSecondsPerSecond) {
        speed = simulatedSecondsPerSecond;
    }

    public double speed() {
        return speed;
    }

    public void setPaused(boolean value) {
        paused = value;
    }

    public boolean paused() {
        return paused;
    }

    /** Starts the engine thread (daemon, named "twin-engine"). */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(this::runLoop, "twin-engine");
        thread.setDaemon(true);
        thread.start();
    }

    private void runLoop() {
        Pacer pacer = new Pacer();
        try {
            Simulator simulator = new Simulator(model, settings, new DriveCycleLibrary());
            SimulationResult ignored = simulator.run(experiment, frame -> {
                latest.publish(frame);
                pacer.await(frame);
            }, Simulator.ProgressListener.none(), stop::get);
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    /** Sleeps the engine thread so that simulated time advances at {@code speed} × wall time. */
    private final class Pacer {
        private long wallStart = System.nanoTime();
        private double simStart = Double.NaN;
        private double lastSpeed = Double.NaN;

        void await(PackFrame frame) {
            while (paused && !stop.get()) {
                sleepMillis(20);
                rebase(frame.timeS());
            }
            double s = speed;
            if (Double.isNaN(simStart) || s != lastSpeed) {
                rebase(frame.timeS());
                lastSpeed = s;
                return;
            }
            double dueNanos = (frame.timeS() - simStart) / s * 1e9;
            long ahead = (long) dueNanos - (System.nanoTime() - wallStart);
            if (ahead > 1_000_000L) {
                sleepMillis(ahead / 1_000_000L);
            }
        }

        private void rebase(double simTime) {
            simStart = simTime;
            wallStart = System.nanoTime();
        }

        private void sleepMillis(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
        }
    }

    @Override
    public void close() {
        stop.set(true);
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
