package org.evtwin.core.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the {@link AlertRule}s on every frame with hysteresis and reports changes of severity.
 *
 * <p>Wiring: register it as a frame listener of the engine ({@code engine.addFrameListener(alerts)}); it then runs
 * on the engine thread for every frame. Pack-level rules: SoC and cell voltage spread; per-cell rules: SoH,
 * temperature, under- and over-voltage. The residual and RUL rules are evaluated when their values are supplied
 * ({@link #evaluateResidual}, {@link #evaluateRul}).
 *
 * <p>Cost: one severity level per (rule, cell) is kept in {@code byte} arrays, and a frame in which no severity
 * changes allocates nothing (a few comparisons per cell and rule). Only a change creates an {@link AlertEvent}, updates
 * the active list and publishes a new {@link ActiveAlerts} snapshot; listeners are then called after the snapshot is
 * published, in order, on the evaluating thread. A listener that throws is logged and does not stop the others.
 *
 * <p>Threads: the evaluate methods are synchronized (uncontended on the engine thread), so a RUL predictor on another
 * thread may call {@link #evaluateRul} directly; {@link #active()} and {@link #setThresholds} may be called from any
 * thread.
 */
public final class AlertEngine implements FrameSink {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);
    private static final Comparator<AlertEvent> MOST_SEVERE_NEWEST_FIRST = Comparator
            .comparing(AlertEvent::severity).reversed()
            .thenComparing(Comparator.comparingDouble(AlertEvent::timeS).reversed())
            .thenComparing(AlertEvent::rule)
            .thenComparingInt(AlertEvent::cell);
    private static final AlertRule[] CELL_RULES = Arrays.stream(AlertRule.values())
            .filter(r -> r.scope() == AlertRule.Scope.CELL).toArray(AlertRule[]::new);

    private final int cellCount;
    private final byte[][] level;
    private final int[][] position;
    private final byte[] worst;
    private final List<AlertEvent> activeList = new ArrayList<>();
    private final List<AlertEvent> pending = new ArrayList<>();
    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();
    private volatile AlertThresholds thresholds;
    private volatile ActiveAlerts active;
    private long version;

    /**
     * @param thresholds the levels, e.g. {@code AlertThresholds.defaults(topology.cell().limits())}
     * @param cellCount  cells per frame (the topology's cell count)
     */
    public AlertEngine(AlertThresholds thresholds, int cellCount) {
        if (cellCount <= 0) {
            throw new IllegalArgumentException("cell count must be > 0, found " + cellCount);
        }
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.cellCount = cellCount;
        AlertRule[] rules = AlertRule.values();
        level = new byte[rules.length][];
        position = new int[rules.length][];
        for (AlertRule r : rules) {
            int slots = r.scope() == AlertRule.Scope.CELL ? cellCount : 1;
            level[r.ordinal()] = new byte[slots];
            position[r.ordinal()] = new int[slots];
            Arrays.fill(position[r.ordinal()], -1);
        }
        worst = new byte[cellCount];
        active = new ActiveAlerts(0, List.of(), worst);
    }

    /** Adds a listener for alert events (called on the evaluating thread). */
    public void addListener(AlertListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(AlertListener listener) {
        listeners.remove(listener);
    }

    public int cellCount() {
        return cellCount;
    }

    public AlertThresholds thresholds() {
        return thresholds;
    }

    /** Replaces the thresholds; the next evaluation uses them, starting from the present severities. */
    public void setThresholds(AlertThresholds newThresholds) {
        thresholds = Objects.requireNonNull(newThresholds, "thresholds");
    }

    /** The alerts active after the last evaluation: an immutable snapshot, cheap to read from any thread. */
    public ActiveAlerts active() {
        return active;
    }

    /** Same as {@link #evaluate}: lets the engine call this as a frame listener. */
    @Override
    public void accept(PackFrame frame) {
        evaluate(frame);
    }

    /** Evaluates the frame rules (pack SoC, spread, cell SoH, temperature, under- and over-voltage). */
    public synchronized void evaluate(PackFrame f) {
        if (f.cellCount() != cellCount) {
            throw new IllegalArgumentException("frame has " + f.cellCount() + " cells, the alert engine was built for "
                    + cellCount);
        }
        AlertThresholds t = thresholds;
        double time = f.timeS();
        pack(AlertRule.PACK_SOC, t.packSoc(), f.packSoc(), time);
        pack(AlertRule.VOLTAGE_SPREAD, t.voltageSpread(), spread(f.cellVoltageV()), time);
        cells(AlertRule.CELL_SOH, t.cellSoh(), f.cellSoh(), time);
        cells(AlertRule.CELL_TEMPERATURE, t.cellTemperature(), f.cellTemperatureC(), time);
        cells(AlertRule.CELL_UNDER_VOLTAGE, t.cellUnderVoltage(), f.cellVoltageV(), time);
        cells(AlertRule.CELL_OVER_VOLTAGE, t.cellOverVoltage(), f.cellVoltageV(), time);
        publish();
    }

    /** Evaluates the pack's predicted remaining useful life [cycles] (from the RUL predictor, when it has one). */
    public synchronized void evaluateRul(double timeS, double rulCycles) {
        pack(AlertRule.RUL, thresholds.rul(), rulCycles, timeS);
        publish();
    }

    /** Evaluates per-cell model − measurement voltage residuals [V] (replay or live, with the model alongside). */
    public synchronized void evaluateResidual(double timeS, double[] residualV) {
        cells(AlertRule.RESIDUAL, thresholds.residual(), residualV, timeS);
        publish();
    }

    /**
     * Clears every active alert of one rule, e.g. {@link AlertRule#RESIDUAL} when the replay that supplied residuals
     * stops; emits a CLEARED event for each.
     */
    public synchronized void clear(AlertRule rule, double timeS) {
        byte[] levels = level[rule.ordinal()];
        for (int slot = 0; slot < levels.length; slot++) {
            if (levels[slot] != 0) {
                int cell = rule.scope() == AlertRule.Scope.CELL ? slot : AlertEvent.PACK;
                Severity previous = Severity.ofLevel(levels[slot]);
                record(new AlertEvent(timeS, cell, rule, Severity.OK, previous, Double.NaN, rule.displayUnit(),
                        AlertMessages.notEvaluated(rule, cell, previous)), slot);
            }
        }
        publish();
    }

    private void pack(AlertRule rule, Threshold t, double value, double timeS) {
        int previous = level[rule.ordinal()][0];
        int next = t.level(rule.magnitude() ? Math.abs(value) : value, previous);
        if (next != previous) {
            change(rule, t, AlertEvent.PACK, 0, previous, next, value, timeS);
        }
    }

    private void cells(AlertRule rule, Threshold t, double[] values, double timeS) {
        if (values.length != cellCount) {
            throw new IllegalArgumentException(rule.label() + ": " + values.length + " values for " + cellCount
                    + " cells");
        }
        byte[] levels = level[rule.ordinal()];
        boolean magnitude = rule.magnitude();
        for (int k = 0; k < cellCount; k++) {
            double v = values[k];
            int previous = levels[k];
            int next = t.level(magnitude ? Math.abs(v) : v, previous);
            if (next != previous) {
                change(rule, t, k, k, previous, next, v, timeS);
            }
        }
    }

    private void change(AlertRule rule, Threshold t, int cell, int slot, int previous, int next, double value,
            double timeS) {
        Severity from = Severity.ofLevel(previous);
        Severity to = Severity.ofLevel(next);
        record(new AlertEvent(timeS, cell, rule, to, from, rule.toDisplay(value), rule.displayUnit(),
                AlertMessages.of(rule, t, cell, from, to, value)), slot);
    }

    /** Stores the new level, keeps the active list (swap-remove by position) and the per-cell worst up to date. */
    private void record(AlertEvent e, int slot) {
        int r = e.rule().ordinal();
        level[r][slot] = (byte) e.severity().ordinal();
        int at = position[r][slot];
        if (!e.active()) {
            int last = activeList.size() - 1;
            AlertEvent moved = activeList.remove(last);
            if (at != last) {
                activeList.set(at, moved);
                position[moved.rule().ordinal()][moved.isPack() ? 0 : moved.cell()] = at;
            }
            position[r][slot] = -1;
        } else if (at >= 0) {
            activeList.set(at, e);
        } else {
            position[r][slot] = activeList.size();
            activeList.add(e);
        }
        if (!e.isPack()) {
            int w = 0;
            for (AlertRule rule : CELL_RULES) {
                w = Math.max(w, level[rule.ordinal()][slot]);
            }
            worst[slot] = (byte) w;
        }
        pending.add(e);
    }

    /** After an evaluation: if anything changed, publish a new snapshot, then tell the listeners. */
    private void publish() {
        if (pending.isEmpty()) {
            return;
        }
        List<AlertEvent> sorted = new ArrayList<>(activeList);
        sorted.sort(MOST_SEVERE_NEWEST_FIRST);
        active = new ActiveAlerts(++version, sorted, worst);
        for (AlertEvent e : pending) {
            for (AlertListener l : listeners) {
                try {
                    l.onAlert(e);
                } catch (RuntimeException ex) {
                    LOG.warn("alert listener {} failed on \"{}\"", l, e.message(), ex);
                }
            }
        }
        pending.clear();
    }

    /** Highest minus lowest of the finite values; NaN when there are none. */
    private static double spread(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (x < lo) {
                lo = x;
            }
            if (x > hi) {
                hi = x;
            }
        }
        return hi >= lo && Double.isFinite(hi - lo) ? hi - lo : Double.NaN;
    }
}
