package org.evtwin.app.datasets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.evtwin.core.ingest.csv.ColumnSpec;
import org.evtwin.core.ingest.csv.SourceUnit;

/**
 * One source column in the mapping editor: its name and first value in the file, and what the user says it is
 * (target, cell index, unit, scale, which current direction is positive, whether it may be empty). Changing the target
 * keeps the unit when it still fits, else takes the target's core unit, and resets the sign where none applies.
 */
public final class MappingRow {
    private final String source;
    private final String sample;
    private final boolean inFile;
    private final ObjectProperty<MappingTarget> target = new SimpleObjectProperty<>(this, "target",
            MappingTarget.IGNORE);
    private final StringProperty cell = new SimpleStringProperty(this, "cell", "0");
    private final ObjectProperty<SourceUnit> unit = new SimpleObjectProperty<>(this, "unit");
    private final StringProperty scale = new SimpleStringProperty(this, "scale", "1");
    private final ObjectProperty<ColumnSpec.Sign> sign = new SimpleObjectProperty<>(this, "sign",
            ColumnSpec.Sign.DISCHARGE_POSITIVE);
    private final BooleanProperty optional = new SimpleBooleanProperty(this, "optional");

    /**
     * @param source the header name or {@code #<n>}
     * @param sample the first data line's value ("" when none)
     * @param inFile false for a column a loaded mapping names but the file lacks
     */
    public MappingRow(String source, String sample, boolean inFile) {
        this.source = source;
        this.sample = sample;
        this.inFile = inFile;
        target.addListener((o, was, now) -> {
            if (now == null) {
                target.set(MappingTarget.IGNORE);
                return;
            }
            if (unit.get() == null || !now.units().contains(unit.get())) {
                unit.set(now.units().isEmpty() ? null : SourceUnit.coreUnit(now.quantity()));
            }
            if (!now.signed()) {
                sign.set(ColumnSpec.Sign.DISCHARGE_POSITIVE);
            }
        });
    }

    /** Sets everything from a column of a mapping. */
    void set(ColumnSpec c) {
        var ch = c.toChannel();
        target.set(MappingTarget.of(ch.signal()));
        cell.set(ch.signal().perCell() ? Integer.toString(ch.cell()) : "0");
        unit.set(c.unit());
        scale.set(c.scale() == 1.0 ? "1" : Double.toString(c.scale()));
        sign.set(c.sign());
        optional.set(c.optional());
    }

    public String source() {
        return source;
    }

    public String sample() {
        return sample;
    }

    /** False for a column of a loaded mapping that this file does not have. */
    public boolean inFile() {
        return inFile;
    }

    public ObjectProperty<MappingTarget> targetProperty() {
        return target;
    }

    /** The cell index as typed (checked when the mapping is built). */
    public StringProperty cellProperty() {
        return cell;
    }

    /** The file's unit; null for ignored columns and time parts. */
    public ObjectProperty<SourceUnit> unitProperty() {
        return unit;
    }

    /** The extra factor as typed (checked when the mapping is built). */
    public StringProperty scaleProperty() {
        return scale;
    }

    public ObjectProperty<ColumnSpec.Sign> signProperty() {
        return sign;
    }

    /** Whether an empty value means "not recorded" instead of a bad row. */
    public BooleanProperty optionalProperty() {
        return optional;
    }
}
