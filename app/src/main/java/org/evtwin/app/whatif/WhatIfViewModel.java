package org.evtwin.app.whatif;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.whatif.WhatIfEngine;
import org.evtwin.core.whatif.WhatIfInputs;
import org.evtwin.core.whatif.WhatIfResult;

/**
 * The what-if panel's state: sliders, baseline and what-if results, chart data, figures and an inline reason. No
 * scene classes; every property is changed on the FX thread.
 *
 * <p>Flow: {@link #start()} asks the twin for a fork (on the twin's thread), keeps it as the <em>reference</em> and
 * computes the baseline on a copy; the sliders are then set to the baseline. A slider move schedules a what-if
 * {@value #DEBOUNCE_MILLIS} ms later on the single worker thread, on a fresh copy of the same reference, so baseline
 * and what-if differ only by the sliders (not by the twin having moved on); {@link #refork()} takes a new reference.
 * Every change bumps a generation number: a run of an older generation sees its cancel flag set and stops at its next
 * solver step, and a result of an older generation is never shown. One {@code fx.execute} per completed computation.
 * The forking and computing on the worker thread is {@link WhatIfComputations}; this class is the FX-thread side.
 *
 * <p>Debouncing uses a {@link java.util.concurrent.ScheduledExecutorService} ({@link LatestOnlyWorker}) rather than a
 * {@code PauseTransition}: the same single thread is the timer and the worker, so timers and computations are
 * serialised without locks, and the debounce is tested without the FX toolkit; a {@code PauseTransition} needs the
 * toolkit and would still need a worker.
 */
public final class WhatIfViewModel implements AutoCloseable {
    /** Quiet time after the last slider change before a what-if starts [ms]. */
    public static final long DEBOUNCE_MILLIS = 150;

    /** Runs one what-if ({@link WhatIfEngine#run} in production). */
    @FunctionalInterface
    interface Runner {
        WhatIfResult run(PackModel fork, WhatIfInputs inputs, BooleanSupplier cancelled);
    }

    private final PackTopology topology;
    private final WhatIfComputations computations;
    private final WhatIfSliders sliders = new WhatIfSliders();
    private final IntegerProperty pickedCell = new SimpleIntegerProperty(this, "pickedCell", 0);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<WhatIfResult> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyObjectWrapper<WhatIfResult> whatIf = new ReadOnlyObjectWrapper<>(this, "whatIf");
    private final ReadOnlyObjectWrapper<WhatIfCharts> charts = new ReadOnlyObjectWrapper<>(this, "charts",
            WhatIfCharts.EMPTY);
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not forked yet");
    private final ReadOnlyIntegerWrapper completedRuns = new ReadOnlyIntegerWrapper(this, "completedRuns");
    private final List<WhatIfFigure> figures = WhatIfFigure.all();
    private WhatIfInputs baselineInputs;
    private WhatIfInputs requested;
    private boolean applying;

    /** For the composition root: forks come from {@code forks} (pass {@code engine::fork}). */
    public WhatIfViewModel(PackTopology topology, Supplier<CompletableFuture<PackModel>> forks) {
        this(topology, forks, new WhatIfEngine());
    }

    /** As above with a shared what-if engine. */
    public WhatIfViewModel(PackTopology topology, Supplier<CompletableFuture<PackModel>> forks, WhatIfEngine engine) {
        this(topology, forks, engine::run, Platform::runLater, DEBOUNCE_MILLIS);
    }

    WhatIfViewModel(PackTopology topology, Supplier<CompletableFuture<PackModel>> forks, Runner runner, Executor fx,
            long debounceMillis) {
        this.topology = topology;
        this.computations = new WhatIfComputations(forks, runner, fx, debounceMillis);
        sliders.all().forEach(p -> p.valueProperty().addListener((o, a, b) -> changed()));
        pickedCell.addListener((o, a, b) -> changed());
    }

    /** Forks the twin now and computes the baseline (call on the FX thread; again = {@link #refork()}). */
    public void start() {
        computations.invalidate();
        busy.set(true);
        status.set("Forking the twin…");
        int cell = Math.max(0, Math.min(topology.cellCount() - 1, pickedCell.get()));
        computations.forkAndBaseline(cell, this::baselineReady, this::failed);
    }

    /** Takes a new reference from the twin's present state (the baseline moves with it). */
    public void refork() {
        start();
    }

    /** Sliders back to the baseline; shows the baseline result without computing. */
    public void reset() {
        if (baselineInputs == null) {
            return;
        }
        applying = true;
        sliders.set(baselineInputs);
        applying = false;
        showBaseline("Reset to the baseline");
    }

    private void baselineReady(WhatIfInputs in, WhatIfResult result, String text) {
        baselineInputs = in;
        applying = true;
        sliders.set(in);
        pickedCell.set(in.pickedCell());
        applying = false;
        baseline.set(result);
        ready.set(true);
        showBaseline(text);
    }

    private void showBaseline(String text) {
        computations.invalidate();
        requested = inputs();
        whatIf.set(baseline.get());
        publishViews(baseline.get());
        busy.set(false);
        status.set(text);
    }

    /** A slider or the picked cell changed (FX thread): schedule a what-if after the quiet time. */
    private void changed() {
        if (applying || baselineInputs == null) {
            return;
        }
        WhatIfInputs in = inputs();
        if (in.equals(requested)) {
            return;   // moved within one resolution step
        }
        if (in.equals(baselineInputs)) {
            showBaseline("Back at the baseline");
            return;
        }
        requested = in;
        busy.set(true);
        computations.submit(in, this::published, this::failed);
    }

    /** The newest what-if's result, {@code ms} its computing time (FX thread). */
    private void published(WhatIfResult r, double ms) {
        whatIf.set(r);
        publishViews(r);
        completedRuns.set(completedRuns.get() + 1);
        busy.set(false);
        status.set(String.format(Locale.ROOT, "What-if computed in %.0f ms", ms));
    }

    private void publishViews(WhatIfResult shown) {
        charts.set(WhatIfCharts.of(baseline.get(), shown));
        for (WhatIfFigure f : figures) {
            f.update(baseline.get(), shown);
        }
        reason.set(WhatIfFormat.reason(shown));
    }

    private void failed(String message) {
        busy.set(false);
        reason.set(message);
        status.set(message);
    }

    /**
     * The what-if the sliders describe now (FX thread). The picked cell only matters when its factors differ from
     * 100 % (so picking cells in the 3D view computes nothing until then); an index outside the pack (-1: nothing
     * picked) keeps the baseline's cell.
     */
    WhatIfInputs inputs() {
        int cell = pickedCell.get();
        int keep = baselineInputs.pickedCell();
        WhatIfInputs in = sliders.inputs(baselineInputs, cell >= 0 && cell < topology.cellCount() ? cell : keep);
        return in.changesPickedCell() ? in : in.withPickedCell(keep, 1.0, 1.0);
    }

    /** The sliders, in display order. */
    public List<WhatIfParameter> parameters() {
        return sliders.all();
    }

    /** The slider with {@code id} (see {@link WhatIfSliders}). */
    public WhatIfParameter parameter(String id) {
        return sliders.byId(id);
    }

    /** The cell whose capacity and resistance the last two sliders change (bind the 3D pick to it). */
    public IntegerProperty pickedCellProperty() {
        return pickedCell;
    }

    public int cellCount() {
        return topology.cellCount();
    }

    /** True once the baseline is there (the sliders mean something). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while a fork or a what-if is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WhatIfResult> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** The what-if shown (the baseline itself when the sliders are at the baseline). */
    public ReadOnlyObjectProperty<WhatIfResult> whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WhatIfCharts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** Baseline and what-if figures side by side, as text with units. */
    public List<WhatIfFigure> figures() {
        return figures;
    }

    /** What the cells could not meet, invalid combinations, remarks; "" when there is nothing to say. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Number of what-if computations shown so far (not counting the baseline). */
    public ReadOnlyIntegerProperty completedRunsProperty() {
        return completedRuns.getReadOnlyProperty();
    }

    /** Stops the worker thread (a running what-if is cancelled). */
    @Override
    public void close() {
        computations.close();
    }
}
