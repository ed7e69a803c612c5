package org.evtwin.core.engine;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.Simulator;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.sim.fault.Fault;
import org.evtwin.core.sim.fault.SensorOffsets;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Runs the simulator on its own thread, paced to wall-clock time × speed, and publishes every frame to a
 * {@link LatestFrame} and to the frame listeners (alerts, recording) on that same thread. This thread is the only
 * one that touches the {@link PackModel}: every request from elsewhere (fault, ambient, fork, reset) is queued and
 * carried out between two frames. The scenario repeats when it ends.
 */
public final class TwinEngine implements FrameSource {
    private final Supplier<PackModel> modelFactory;
    private final SimulationSettings settings;
    private final DriveCycleLibrary profiles = new DriveCycleLibrary();
    private final LatestFrame latest = new LatestFrame();
    private final Queue<Consumer<PackModel>> commands = new ConcurrentLinkedQueue<>();
    private final List<FrameSink> listeners = new CopyOnWriteArrayList<>();
    private final List<Fault.SensorOffset> sensorOffsets = new CopyOnWriteArrayList<>();
    private final Consumer<Throwable> onError;
    private final AtomicReference<EngineStatus> status;
    private volatile Experiment scenario;
    private volatile double speed;
    private volatile boolean paused;
    private volatile boolean stop;
    private volatile boolean restart;
    private volatile boolean resetModel;
    private volatile int stepsRequested;
    private Thread thread;
    private PackModel model;

    /**
     * @param modelFactory builds a fresh pack (at start and on {@link #reset()})
     * @param speed        simulated seconds per wall-clock second (1 = real time)
     * @param onError      receives a failure of the run (called on the engine thread)
     */
    public TwinEngine(Supplier<PackModel> modelFactory, Experiment scenario, SimulationSettings settings, double speed,
            Consumer<Throwable> onError) {
        this.modelFactory = modelFactory;
        this.scenario = scenario;
        this.settings = settings;
        this.speed = speed;
        this.onError = onError;
        this.status = new AtomicReference<>(new EngineStatus(EngineStatus.State.STARTING, speed, "", 0,
                scenario.size(), 0));
    }

    @Override
    public LatestFrame latest() {
        return latest;
    }

    public EngineStatus status() {
        return status.get();
    }

    /** The status in the terms common to all sources (time of the newest frame; no duration: it runs on). */
    @Override
    public SourceStatus sourceStatus() {
        EngineStatus s = status.get();
        LatestFrame.Stamped f = latest.get();
        SourceStatus.State state = switch (s.state()) {
            case STARTING -> SourceStatus.State.STARTING;
            case RUNNING -> SourceStatus.State.RUNNING;
            case PAUSED -> SourceStatus.State.PAUSED;
            case FAILED -> SourceStatus.State.FAILED;
            case STOPPED -> SourceStatus.State.STOPPED;
        };
        return new SourceStatus("simulator", state, s.speed(), f == null ? Double.NaN : f.frame().timeS(), Double.NaN,
                s.activity());
    }

    /** Listener called on the engine thread with every frame (keep it short: it paces the twin). */
    @Override
    public void addFrameListener(FrameSink sink) {
        listeners.add(sink);
    }

    @Override
    public void removeFrameListener(FrameSink sink) {
        listeners.remove(sink);
    }

    @Override
    public void setSpeed(double simulatedSecondsPerSecond) {
        if (!(simulatedSecondsPerSecond > 0)) {
            throw new IllegalArgumentException("speed must be > 0, found " + simulatedSecondsPerSecond);
        }
        speed = simulatedSecondsPerSecond;
    }

    @Override
    public double speed() {
        return speed;
    }

    @Override
    public void setPaused(boolean value) {
        paused = value;
    }

    @Override
    public boolean paused() {
        return paused;
    }

    /** While paused: let one more frame (one output interval of simulated time) through. */
    public void stepOnce() {
        stepsRequested++;
    }

    /** Starts the scenario again on a fresh pack. */
    public void reset() {
        resetModel = true;
        restart = true;
    }

    /** Replaces the scenario; the new one starts from the pack's present state. */
    public void setScenario(Experiment newScenario) {
        scenario = newScenario;
        restart = true;
    }

    public Experiment scenario() {
        return scenario;
    }

    public void setAmbientC(double celsius) {
        commands.add(m -> m.setAmbientC(celsius));
    }

    /** Injects a fault between two frames; a sensor offset changes the published frames from then on. */
    public void inject(Fault fault) {
        if (fault instanceof Fault.SensorOffset offset) {
            sensorOffsets.add(offset);
        } else {
            commands.add(fault::apply);
        }
    }

    /** Runs {@code action} with the model on the engine thread, between two frames. */
    public void submit(Consumer<PackModel> action) {
        commands.add(action);
    }

    /** A copy of the pack as it is now, taken on the engine thread (for what-ifs on other threads). */
    public CompletableFuture<PackModel> fork() {
        CompletableFuture<PackModel> result = new CompletableFuture<>();
        commands.add(m -> result.complete(m.copy()));
        return result;
    }

    /** Starts the engine thread (daemon, named "twin-engine"). */
    @Override
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
        long runs = 0;
        try {
            model = modelFactory.get();
            while (!stop) {
                if (resetModel) {
                    model = modelFactory.get();
                    sensorOffsets.clear();
                    commands.clear();
                    resetModel = false;
                }
                restart = false;
                Experiment current = scenario;
                Simulator simulator = new Simulator(model, settings, profiles);
                final long completed = runs;
                FrameSink publish = frame -> {
                    latest.publish(frame);
                    for (FrameSink l : listeners) {
                        l.accept(frame);
                    }
                    pacer.await(frame);
                };
                simulator.run(current, frame -> {
                    if (sensorOffsets.isEmpty()) {
                        publish.accept(frame);
                    } else {
                        new SensorOffsets(sensorOffsets, publish).accept(frame);
                    }
                }, (i, n, t, activity) -> status.set(new EngineStatus(paused ? EngineStatus.State.PAUSED
                        : EngineStatus.State.RUNNING, speed, activity, Math.min(i, n - 1), n, completed)),
                        () -> stop || restart);
                if (!restart) {
                    runs++;
                }
            }
            status.set(new EngineStatus(EngineStatus.State.STOPPED, speed, "stopped", 0, 0, runs));
        } catch (RuntimeException e) {
            status.set(new EngineStatus(EngineStatus.State.FAILED, speed, String.valueOf(e.getMessage()), 0, 0, runs));
            onError.accept(e);
        }
    }

    private void drainCommands() {
        Consumer<PackModel> c;
        while ((c = commands.poll()) != null) {
            c.accept(model);
        }
    }

    /** Sleeps the engine thread so that simulated time advances at {@code speed} × wall time. */
    private final class Pacer {
        private long wallStart = System.nanoTime();
        private double simStart = Double.NaN;
        private double lastSpeed = Double.NaN;

        void await(PackFrame frame) {
            drainCommands();
            if (paused) {
                EngineStatus s = status.get();
                status.set(new EngineStatus(EngineStatus.State.PAUSED, speed, s.activity(), s.stepIndex(),
                        s.stepCount(), s.scenarioRuns()));
                while (paused && stepsRequested == 0 && !stop && !restart) {
                    sleepMillis(15);
                    drainCommands();
                }
                if (stepsRequested > 0) {
                    stepsRequested--;
                }
                rebase(frame.timeS());
                return;
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
                stop = true;
            }
        }
    }

    @Override
    public void close() {
        stop = true;
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
