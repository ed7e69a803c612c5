package org.evtwin.core.alerts;

import java.util.BitSet;
import java.util.List;

/**
 * An immutable snapshot of the alerts active after one frame, safe to read from any thread (the UI reads it once per
 * pulse and can skip work when {@link #version()} has not changed). Published by {@link AlertEngine} only when
 * something changed.
 */
public final class ActiveAlerts {
    private final long version;
    private final List<AlertEvent> alerts;
    private final byte[] cellSeverity;
    private final BitSet cellsInAlarm;

    /**
     * @param version      increases with every published change
     * @param alerts       for each active (rule, cell) the event that set its present severity
     * @param cellSeverity worst present severity level per cell (copied)
     */
    ActiveAlerts(long version, List<AlertEvent> alerts, byte[] cellSeverity) {
        this.version = version;
        this.alerts = List.copyOf(alerts);
        this.cellSeverity = cellSeverity.clone();
        this.cellsInAlarm = new BitSet(cellSeverity.length);
        for (int k = 0; k < cellSeverity.length; k++) {
            if (cellSeverity[k] != 0) {
                cellsInAlarm.set(k);
            }
        }
    }

    /** Starts at 0 (nothing evaluated yet) and increases each time the set of active alerts changes. */
    public long version() {
        return version;
    }

    /** The active alerts, most severe first, then newest first (unmodifiable). */
    public List<AlertEvent> alerts() {
        return alerts;
    }

    /** Number of active alerts (all rules, pack and cells). */
    public int count() {
        return alerts.size();
    }

    /** Number of active alerts of one severity. */
    public int count(Severity severity) {
        int n = 0;
        for (AlertEvent e : alerts) {
            if (e.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** The worst active severity, OK when none. */
    public Severity worst() {
        return alerts.isEmpty() ? Severity.OK : alerts.get(0).severity();
    }

    public int cellCount() {
        return cellSeverity.length;
    }

    /** The worst severity over the per-cell rules of one cell. */
    public Severity cellSeverity(int cell) {
        return Severity.ofLevel(cellSeverity[cell]);
    }

    /** True when at least one per-cell rule is in alarm for the cell. */
    public boolean inAlarm(int cell) {
        return cellSeverity[cell] != 0;
    }

    /** Number of cells in alarm. */
    public int cellsInAlarmCount() {
        return cellsInAlarm.cardinality();
    }

    /** The cells in alarm (a copy the caller may modify). */
    public BitSet cellsInAlarm() {
        return (BitSet) cellsInAlarm.clone();
    }

    /** Writes {@code inAlarm(k)} into {@code target[k]} for every cell, without allocating (for the 3D view). */
    public void copyCellsInAlarm(boolean[] target) {
        if (target.length != cellSeverity.length) {
            throw new IllegalArgumentException("target has " + target.length + " cells, the pack "
                    + cellSeverity.length);
        }
        for (int k = 0; k < target.length; k++) {
            target[k] = cellSeverity[k] != 0;
        }
    }
}
