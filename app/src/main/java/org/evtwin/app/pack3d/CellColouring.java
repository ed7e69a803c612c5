package org.evtwin.app.pack3d;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.PackFrame;

/**
 * The cells' colours and the legend that explains them: from the newest frame (or the residual) and the chosen
 * quantity, one palette index per cell and the legend's title, unit, range and note. The index and range arrays are
 * reused, so recolouring allocates nothing. FX thread only (the legend properties are bound by the view).
 */
final class CellColouring {
    private final int cells;
    private final byte[] indices;
    private final double[] residualMv;
    private final LegendRange rangePolicy;
    private final double[] range = new double[2];
    private final ReadOnlyDoubleWrapper legendMin;
    private final ReadOnlyDoubleWrapper legendMax;
    private final ReadOnlyStringWrapper legendUnit;
    private final ReadOnlyStringWrapper legendTitle;
    private final ReadOnlyStringWrapper legendNote;
    private PackFrame frame;
    private boolean hasResidual;

    /** Nothing coloured yet; {@code bean} owns the legend properties (the view model). */
    CellColouring(PackTopology topology, Object bean) {
        this.cells = topology.cellCount();
        this.indices = new byte[cells];
        this.residualMv = new double[cells];
        this.rangePolicy = new LegendRange(topology.cell());
        Arrays.fill(indices, (byte) Palette.NO_DATA);
        legendMin = new ReadOnlyDoubleWrapper(bean, "legendMin", Double.NaN);
        legendMax = new ReadOnlyDoubleWrapper(bean, "legendMax", Double.NaN);
        legendUnit = new ReadOnlyStringWrapper(bean, "legendUnit", "");
        legendTitle = new ReadOnlyStringWrapper(bean, "legendTitle", "");
        legendNote = new ReadOnlyStringWrapper(bean, "legendNote", Pack3DViewModel.NO_DATA_NOTE);
    }

    /** The frame the next {@link #recolour} reads (its cell count already checked). */
    void setFrame(PackFrame newFrame) {
        frame = newFrame;
    }

    /** Measured minus model per cell [V], NaN where a cell has no measurement; copied as mV. */
    void setResidual(double[] volts) {
        for (int i = 0; i < cells; i++) {
            residualMv[i] = 1000.0 * volts[i];
        }
        hasResidual = true;
    }

    /** Forgets the residual and its legend span. */
    void clearResidual() {
        hasResidual = false;
        rangePolicy.resetResidual();
    }

    /** A cell's value of quantity {@code by} in the legend's unit, NaN when there is none. */
    double displayValue(ColourBy by, int cell) {
        if (by == ColourBy.RESIDUAL) {
            return hasResidual ? residualMv[cell] : Double.NaN;
        }
        if (frame == null) {
            return Double.NaN;
        }
        return switch (by) {
            case SOC -> 100.0 * frame.cellSoc()[cell];
            case SOH -> 100.0 * frame.cellSoh()[cell];
            case TEMPERATURE -> frame.cellTemperatureC()[cell];
            case VOLTAGE -> frame.cellVoltageV()[cell];
            case CURRENT -> frame.cellCurrentA()[cell];
            case RESIDUAL -> Double.NaN;
        };
    }

    /** Recomputes every cell's palette index and the legend for quantity {@code by}. */
    void recolour(ColourBy by) {
        legendTitle.set(by.displayName());
        legendUnit.set(by.unit());
        boolean available = by == ColourBy.RESIDUAL ? hasResidual : frame != null;
        if (!available) {
            Arrays.fill(indices, (byte) Palette.NO_DATA);
            legendMin.set(Double.NaN);
            legendMax.set(Double.NaN);
            legendNote.set(by == ColourBy.RESIDUAL ? Pack3DViewModel.NO_RESIDUAL_NOTE : Pack3DViewModel.NO_DATA_NOTE);
        } else {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < cells; i++) {
                double v = displayValue(by, i);
                if (v < lo) {
                    lo = v;
                }
                if (v > hi) {
                    hi = v;
                }
            }
            boolean any = lo <= hi;
            rangePolicy.range(by, any ? lo : Double.NaN, any ? hi : Double.NaN, range);
            for (int i = 0; i < cells; i++) {
                indices[i] = (byte) Palette.index(displayValue(by, i), range[0], range[1]);
            }
            legendMin.set(range[0]);
            legendMax.set(range[1]);
            legendNote.set(any ? "" : "no values in this frame");
        }
    }

    /** The live index array (one unsigned byte per cell, a {@link Palette} index); never modify. */
    byte[] indices() {
        return indices;
    }

    ReadOnlyDoubleProperty legendMinProperty() {
        return legendMin.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty legendMaxProperty() {
        return legendMax.getReadOnlyProperty();
    }

    ReadOnlyStringProperty legendUnitProperty() {
        return legendUnit.getReadOnlyProperty();
    }

    ReadOnlyStringProperty legendTitleProperty() {
        return legendTitle.getReadOnlyProperty();
    }

    ReadOnlyStringProperty legendNoteProperty() {
        return legendNote.getReadOnlyProperty();
    }
}
