package org.evtwin.app.pack3d;

import java.util.BitSet;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.PackFrame;

/**
 * State of the 3D pack view without scene nodes: what colours the cells, the legend, the picked cell, the cells in
 * alarm, and one palette index per cell. Use on the FX thread: the owner calls {@link #apply(PackFrame)} at most once
 * per pulse with the newest frame, then {@code Pack3DView.update()}. Per frame it allocates nothing: the index array
 * is reused and a {@link #colourRevision()} tells the view whether to upload it again. The per-cell colours and the
 * legend are {@link CellColouring}; this class adds the selection, the alarms and the view options.
 */
public final class Pack3DViewModel {
    /** Legend note when colouring by residual before any model-vs-measurement comparison exists. */
    public static final String NO_RESIDUAL_NOTE = "no measurement to compare";
    /** Legend note before the first frame. */
    public static final String NO_DATA_NOTE = "waiting for data";

    private final PackTopology topology;
    private final int cells;
    private final CellColouring colouring;
    private final BitSet alarms = new BitSet();
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(this, "colourBy", ColourBy.SOC);
    private final IntegerProperty selectedCell = new SimpleIntegerProperty(this, "selectedCell", -1);
    private final BooleanProperty exploded = new SimpleBooleanProperty(this, "exploded", false);
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");
    private final ReadOnlyIntegerWrapper alarmCount = new ReadOnlyIntegerWrapper(this, "alarmCount", 0);
    private long colourRevision;
    private long alarmRevision;

    /** A view model for a pack; nothing is coloured until the first {@link #apply(PackFrame)}. */
    public Pack3DViewModel(PackTopology topology) {
        this.topology = topology;
        this.cells = topology.cellCount();
        this.colouring = new CellColouring(topology, this);
        colourBy.addListener((obs, old, now) -> {
            if (now == null) {
                colourBy.set(old);
                return;
            }
            recolour();
        });
        selectedCell.addListener((obs, old, now) -> updateSelectionText());
        recolour();
    }

    public PackTopology topology() {
        return topology;
    }

    public int cellCount() {
        return cells;
    }

    /** Colours the cells from a frame (FX thread, at most once per pulse). The frame must match the pack. */
    public void apply(PackFrame newFrame) {
        if (newFrame.cellCount() != cells) {
            throw new IllegalArgumentException("frame has " + newFrame.cellCount() + " cells, the pack " + cells);
        }
        colouring.setFrame(newFrame);
        recolour();
    }

    /**
     * Sets the residual per cell, measured minus model [V] (NaN where a cell has no measurement); copied. Shown
     * when colouring by {@link ColourBy#RESIDUAL}.
     */
    public void applyResidual(double[] volts) {
        if (volts.length != cells) {
            throw new IllegalArgumentException("residual has " + volts.length + " cells, the pack " + cells);
        }
        colouring.setResidual(volts);
        recolour();
    }

    /** Forgets the residual: the legend says {@value #NO_RESIDUAL_NOTE} again. */
    public void clearResidual() {
        colouring.clearResidual();
        recolour();
    }

    /** Marks the cells in alarm (a copy is kept); the view redraws its markers only when the set changed. */
    public void setAlarmCells(BitSet cellsInAlarm) {
        BitSet clipped = cellsInAlarm.get(0, cells);
        if (clipped.equals(alarms)) {
            return;
        }
        alarms.clear();
        alarms.or(clipped);
        alarmCount.set(alarms.cardinality());
        alarmRevision++;
        updateSelectionText();
    }

    /** A copy of the cells in alarm. */
    public BitSet alarmCells() {
        return (BitSet) alarms.clone();
    }

    public boolean isAlarm(int cell) {
        return alarms.get(cell);
    }

    /** Palette index of a cell (0 … {@link Palette#LEVELS} − 1, or {@link Palette#NO_DATA}). */
    public int paletteIndex(int cell) {
        return colouring.indices()[cell] & 0xFF;
    }

    /** The live index array (one unsigned byte per cell) for the view; never modify. */
    byte[] indices() {
        return colouring.indices();
    }

    /** The colour map of the current quantity. */
    public Palette palette() {
        return Palette.of(colourBy.get());
    }

    /** Increases whenever the cell colours (indices or palette) changed. */
    public long colourRevision() {
        return colourRevision;
    }

    /** Increases whenever the alarm set changed. */
    public long alarmRevision() {
        return alarmRevision;
    }

    /** A cell's value in the legend's unit, NaN when there is none. */
    public double displayValue(int cell) {
        return colouring.displayValue(colourBy.get(), cell);
    }

    private void recolour() {
        colouring.recolour(colourBy.get());
        colourRevision++;
        updateSelectionText();
    }

    private void updateSelectionText() {
        int cell = selectedCell.get();
        if (cell < 0 || cell >= cells) {
            selectionText.set("");
            return;
        }
        int group = cell / topology.parallel();
        int module = cell / topology.cellsPerModule();
        String text = String.format(Locale.ROOT, "Cell %d · module %d · group S%d (%d of %d in parallel) · %s", cell,
                module + 1, group + 1, cell % topology.parallel() + 1, topology.parallel(),
                colourBy.get().format(displayValue(cell)));
        selectionText.set(alarms.get(cell) ? text + " · IN ALARM" : text);
    }

    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    public ColourBy getColourBy() {
        return colourBy.get();
    }

    public void setColourBy(ColourBy by) {
        colourBy.set(by);
    }

    /** The picked cell, −1 for none. */
    public IntegerProperty selectedCellProperty() {
        return selectedCell;
    }

    public int getSelectedCell() {
        return selectedCell.get();
    }

    /** Selects a cell (−1 clears); rejects indices outside the pack. */
    public void setSelectedCell(int cell) {
        if (cell < -1 || cell >= cells) {
            throw new IllegalArgumentException("cell " + cell + " is not in 0.." + (cells - 1) + " (or −1)");
        }
        selectedCell.set(cell);
    }

    /** Modules spread apart. */
    public BooleanProperty explodedProperty() {
        return exploded;
    }

    public boolean isExploded() {
        return exploded.get();
    }

    public void setExploded(boolean value) {
        exploded.set(value);
    }

    /** Legend minimum in the display unit; NaN when nothing is shown. */
    public ReadOnlyDoubleProperty legendMinProperty() {
        return colouring.legendMinProperty();
    }

    /** Legend maximum in the display unit; NaN when nothing is shown. */
    public ReadOnlyDoubleProperty legendMaxProperty() {
        return colouring.legendMaxProperty();
    }

    public ReadOnlyStringProperty legendUnitProperty() {
        return colouring.legendUnitProperty();
    }

    public ReadOnlyStringProperty legendTitleProperty() {
        return colouring.legendTitleProperty();
    }

    /** Why there are no numbers (e.g. {@value #NO_RESIDUAL_NOTE}); empty when the legend has a range. */
    public ReadOnlyStringProperty legendNoteProperty() {
        return colouring.legendNoteProperty();
    }

    /** One line about the picked cell (index, module, series group, value); empty with no selection. */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty alarmCountProperty() {
        return alarmCount.getReadOnlyProperty();
    }
}
