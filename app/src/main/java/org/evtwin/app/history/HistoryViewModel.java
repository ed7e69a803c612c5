package org.evtwin.app.history;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Time histories of the pack and of the selected cell, decimated: a point is kept only when at least
 * {@code minSpacingS} of simulated time has passed since the last one, so at 1000× the charts still get a few points
 * per screen refresh and never slow the UI. Changing the selected cell clears the cell histories (they belong to one
 * cell). No scene classes: the view reads the buffers when {@link #revisionProperty()} changes.
 */
public final class HistoryViewModel {
    /** Points kept per signal (at 1 s spacing: the last 40 minutes of simulated time). */
    public static final int CAPACITY = 2400;
    private final Map<Signal, TimeSeriesBuffer> buffers = new EnumMap<>(Signal.class);
    private final IntegerProperty selectedCell = new SimpleIntegerProperty(-1);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private double minSpacingS = 1.0;
    private double lastTimeS = Double.NEGATIVE_INFINITY;

    public HistoryViewModel() {
        for (Signal s : Signal.values()) {
            buffers.put(s, new TimeSeriesBuffer(CAPACITY));
        }
        selectedCell.addListener((obs, old, now) -> {
            for (Signal s : Signal.values()) {
                if (s.perCell()) {
                    buffers.get(s).clear();
                }
            }
            revision.set(revision.get() + 1);
        });
    }

    public IntegerProperty selectedCellProperty() {
        return selectedCell;
    }

    /** Increments whenever points were added; the view redraws on change. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public TimeSeriesBuffer buffer(Signal s) {
        return buffers.get(s);
    }

    /** Minimum simulated time between kept points [s] (the view widens it at high speed). */
    public void setMinSpacingS(double seconds) {
        minSpacingS = seconds;
    }

    /** Adds a frame if it is far enough from the last kept one; a jump back in time (reset) clears everything. */
    public void apply(PackFrame f) {
        if (f.timeS() < lastTimeS) {
            buffers.values().forEach(TimeSeriesBuffer::clear);
            lastTimeS = Double.NEGATIVE_INFINITY;
        }
        if (f.timeS() - lastTimeS < minSpacingS) {
            return;
        }
        lastTimeS = f.timeS();
        int cell = selectedCell.get();
        for (Signal s : Signal.values()) {
            if (!s.perCell()) {
                buffers.get(s).add(f.timeS(), s.read(f, -1));
            } else if (cell >= 0 && cell < f.cellCount()) {
                buffers.get(s).add(f.timeS(), s.read(f, cell));
            }
        }
        revision.set(revision.get() + 1);
    }
}
