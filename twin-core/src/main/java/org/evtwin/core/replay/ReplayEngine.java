package org.evtwin.core.replay;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.evtwin.core.TwinException;
import org.evtwin.core.engine.FrameSource;
import org.evtwin.core.engine.LatestFrame;
import org.evtwin.core.engine.SourceStatus;
import org.evtwin.core.telemetry.FrameSink;

/**
 * Replays a recording through the twin on its own thread ("twin-replay"): a time cursor with play, pause, seek,
 * speed {@value #MIN_SPEED}×–{@value #MAX_SPEED}× or as fast as possible, loop and bookmarks. Every sample becomes a
 * frame: the model runs alongside (driven by the measured current and ambient, {@link ModelAlongside}), the
 * {@link ReplayFrame} with measured, model and residual values goes to {@link #latestReplay()} and the replay
 * listeners, and its display frame goes down the same path as the simulator's ({@link #latest()}, frame listeners),
 * so views and alerts work unchanged. The first frame (the window start) is published as soon as the thread starts,
 * also when started paused; a seek publishes the frame at its target at once, also while paused. Requests from any
 * thread are carried out between two frames; {@link #status()} is readable from any thread.
 */
public final class ReplayEngine implements FrameSource {
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 1000;
    /** The speed that means "no pacing". */
    public static final double AS_FAST_AS_POSSIBLE = Double.POSITIVE_INFINITY;

    private final RecordingReader reader;
    private final double fromS;
    private final double toS;
    private final ReplayClock clock;
    private final Consumer<Throwable> onError;
    private final ModelAlongside alongside;
    private final ModelSetup setup;
    private final Bookmarks bookmarks;
    private final ReplayControls controls;
    private final LatestFrame latest = new LatestFrame();
    private final LatestReplayFrame latestReplay = new LatestReplayFrame();
    private final List<FrameSink> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ReplayFrame>> replayListeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<ReplayStatus> status;
    private long frames;
    private Thread thread;

    /**
     * @param fromS   window start [s]; NaN = the recording's start
     * @param toS     window end [s]; NaN = the recording's end
     * @param speed   recording seconds per wall second ({@link #AS_FAST_AS_POSSIBLE} for no pacing)
     * @param onError receives a failure of the replay thread (on that thread)
     * @throws TwinException if the window is outside the recording or the recording cannot drive the model
     */
    public ReplayEngine(RecordingReader reader, ModelSetup setup, double fromS, double toS, double speed,
            ReplayClock clock, Consumer<Throwable> onError) {
        this.reader = reader;
        this.fromS = Double.isNaN(fromS) ? reader.startTimeS() : fromS;
        this.toS = Double.isNaN(toS) ? reader.endTimeS() : toS;
        if (this.fromS < reader.startTimeS() || this.toS > reader.endTimeS() || !(this.fromS <= this.toS)) {
            throw new TwinException(reader.name() + ": replay window " + this.fromS + " to " + this.toS
                    + " s must lie within the recording, " + reader.startTimeS() + " to " + reader.endTimeS() + " s");
        }
        checkSpeed(speed);
        this.clock = clock;
        this.onError = onError;
        this.setup = setup;
        this.alongside = new ModelAlongside(reader.name(), setup, new ChannelMap(reader.name(), reader.channels(),
                setup.topology()));
        this.bookmarks = new Bookmarks(reader.startTimeS(), reader.endTimeS());
        this.controls = new ReplayControls(speed);
        this.status = new AtomicReference<>(new ReplayStatus(SourceStatus.State.STARTING, this.fromS, this.fromS,
                this.toS, speed, false, 0, 0, reader.name()));
    }

    private static void checkSpeed(double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED) && speed != AS_FAST_AS_POSSIBLE) {
            throw new IllegalArgumentException("replay speed must be between " + MIN_SPEED + " and " + MAX_SPEED
                    + " (or as fast as possible), found " + speed);
        }
    }

    /** Starts the replay thread (daemon, named "twin-replay"). */
    @Override
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(this::runThread, "twin-replay");
        thread.setDaemon(true);
        thread.start();
    }

    private void runThread() {
        try {
            new ReplayRunner(this, controls, clock, alongside).run();
            setState(SourceStatus.State.STOPPED, status.get().positionS(), status.get().loops());
        } catch (InterruptedException e) {
            setState(SourceStatus.State.STOPPED, status.get().positionS(), status.get().loops());
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            ReplayStatus s = status.get();
            setStatus(s.with(SourceStatus.State.FAILED, s.positionS(), s.speed(), s.loop(), frames, s.loops(),
                    String.valueOf(e.getMessage())));
            onError.accept(e);
        }
    }

    /** Called by the runner on the replay thread. */
    void publish(ReplayFrame f, long loops, boolean paused) {
        frames++;
        latestReplay.publish(f);
        latest.publish(f.display());
        for (FrameSink l : listeners) {
            l.accept(f.display());
        }
        for (Consumer<ReplayFrame> l : replayListeners) {
            l.accept(f);
        }
        setState(paused ? SourceStatus.State.PAUSED : SourceStatus.State.RUNNING, f.timeS(), loops);
    }

    void setState(SourceStatus.State state, double position, long loops) {
        boolean loop;
        double speed;
        synchronized (controls.lock) {
            loop = controls.loop;
            speed = controls.speed;
        }
        setStatus(status.get().with(state, position, speed, loop, frames, loops, reader.name()));
    }

    private void setStatus(ReplayStatus s) {
        synchronized (controls.lock) {
            status.set(s);
            controls.lock.notifyAll();   // wakes awaitEnd
        }
    }

    /** The recording being replayed. */
    public RecordingReader reader() {
        return reader;
    }

    /** The model running alongside (its topology has the cell's own limits: use it for views and thresholds). */
    public ModelSetup setup() {
        return setup;
    }

    double fromS() {
        return fromS;
    }

    double toS() {
        return toS;
    }

    /** Moves the cursor: the next frame is the first sample at or after {@code timeS}, published at once. */
    public void seek(double timeS) {
        if (!(timeS >= fromS && timeS <= toS)) {
            throw new IllegalArgumentException("seek time " + timeS + " s is outside the replay window, " + fromS
                    + " to " + toS + " s");
        }
        controls.request(() -> controls.seekTo = timeS);
    }

    /** Seeks to a bookmark; the message of an unknown name lists the bookmarks. */
    public void seekBookmark(String name) {
        seek(bookmarks.timeOf(name));
    }

    /** The recording's bookmarks (add, remove, list from any thread). */
    public Bookmarks bookmarks() {
        return bookmarks;
    }

    public void play() {
        setPaused(false);
    }

    public void pause() {
        setPaused(true);
    }

    @Override
    public void setPaused(boolean paused) {
        controls.request(() -> controls.paused = paused);
    }

    @Override
    public boolean paused() {
        synchronized (controls.lock) {
            return controls.paused;
        }
    }

    /** @throws IllegalArgumentException outside {@value #MIN_SPEED}–{@value #MAX_SPEED} (infinity allowed) */
    @Override
    public void setSpeed(double speed) {
        checkSpeed(speed);
        controls.request(() -> controls.speed = speed);
    }

    @Override
    public double speed() {
        synchronized (controls.lock) {
            return controls.speed;
        }
    }

    /** Whether the window restarts (model and statistics too) when it ends. */
    public void setLoop(boolean loop) {
        controls.request(() -> controls.loop = loop);
    }

    public ReplayStatus status() {
        return status.get();
    }

    @Override
    public SourceStatus sourceStatus() {
        ReplayStatus s = status.get();
        return new SourceStatus("replay", s.state(), s.speed(), s.positionS(), s.durationS(), s.message());
    }

    @Override
    public LatestFrame latest() {
        return latest;
    }

    /** The newest frame with model and residuals. */
    public LatestReplayFrame latestReplay() {
        return latestReplay;
    }

    @Override
    public void addFrameListener(FrameSink sink) {
        listeners.add(sink);
    }

    @Override
    public void removeFrameListener(FrameSink sink) {
        listeners.remove(sink);
    }

    /** Called on the replay thread with every frame, after the frame listeners. */
    public void addReplayListener(Consumer<ReplayFrame> listener) {
        replayListeners.add(listener);
    }

    public void removeReplayListener(Consumer<ReplayFrame> listener) {
        replayListeners.remove(listener);
    }

    /**
     * Waits (real time, at most {@code timeoutMs}) until the replay has ended, failed or stopped; returns whether it
     * did. With loop on it never ends.
     */
    public boolean awaitEnd(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        synchronized (controls.lock) {
            while (true) {
                SourceStatus.State s = status.get().state();
                if (s == SourceStatus.State.ENDED || s == SourceStatus.State.FAILED
                        || s == SourceStatus.State.STOPPED) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(controls.lock, left);
            }
        }
    }

    @Override
    public void close() {
        controls.request(() -> controls.stop = true);
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
