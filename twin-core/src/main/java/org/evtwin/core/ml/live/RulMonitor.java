package org.evtwin.core.ml.live;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.evtwin.core.ml.RulService;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;

/**
 * RUL of a running pack on a slow cadence: frames feed a {@link CycleHistoryRecorder} on the source's thread (cheap:
 * a few additions per cell); every {@code periodS} of wall time a daemon thread snapshots the histories, predicts all
 * cells in one batch and publishes a {@link PackRul}. The frame thread never waits for the model.
 */
public final class RulMonitor implements FrameSink, AutoCloseable {
    private volatile RulService service;
    private final CycleHistoryRecorder recorder;
    private final AtomicReference<PackRul> latest = new AtomicReference<>();
    private final Consumer<PackRul> onResult;
    private final ScheduledExecutorService timer;
    private volatile double lastTimeS = Double.NaN;
    /** The last failure logged, so a model that cannot be read is reported once, not every period. */
    private String lastFailure;

    /**
     * @param onResult called on the monitor's thread with each evaluation (e.g. the RUL alert); keep it short
     */
    public RulMonitor(RulService service, CycleHistoryRecorder recorder, Consumer<PackRul> onResult) {
        this.service = service;
        this.recorder = recorder;
        this.onResult = onResult;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rul-monitor");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    /** Starts evaluating every {@code periodS} seconds of wall time (the first one at once). */
    public RulMonitor start(double periodS) {
        timer.scheduleWithFixedDelay(this::evaluateQuietly, 0, Math.round(periodS * 1000), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void accept(PackFrame frame) {
        recorder.accept(frame);
        lastTimeS = frame.timeS();
    }

    /** The newest evaluation, null before the first. */
    public PackRul latest() {
        return latest.get();
    }

    public CycleHistoryRecorder recorder() {
        return recorder;
    }

    public RulService service() {
        return service;
    }

    /** Uses another model from the next evaluation on (a model trained in the app). */
    public void setService(RulService newService) {
        service = java.util.Objects.requireNonNull(newService, "service");
    }

    /** One evaluation now, on the caller's thread (the timer calls this; tests may too). */
    public PackRul evaluate() {
        List<CellHistory> histories = recorder.snapshot();
        long t0 = System.nanoTime();
        PackRul result = PackRul.of(lastTimeS, service.predictAll(histories), System.nanoTime() - t0);
        latest.set(result);
        onResult.accept(result);
        return result;
    }

    private void evaluateQuietly() {
        try {
            evaluate();
            lastFailure = null;
        } catch (RuntimeException e) {
            // a failed evaluation keeps the previous answer; the next period tries again. The same failure in a row
            // (a model that cannot be read) is logged once, with its cause.
            if (!e.toString().equals(lastFailure)) {
                lastFailure = e.toString();
                org.slf4j.LoggerFactory.getLogger(RulMonitor.class).warn("RUL evaluation failed", e);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
