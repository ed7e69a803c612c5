package org.evtwin.app.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.ColumnSpec;
import org.evtwin.core.ingest.csv.SourceColumns;
import org.evtwin.core.ingest.csv.TimeSpec;

/**
 * The column-by-column mapping editor of the import dialog: one {@link MappingRow} per source column of the file,
 * the time form (seconds, milliseconds, ISO-8601, date + time columns, with pattern and zone). Every edit rebuilds
 * the mapping at once ({@link MappingBuilder}): {@link #builtProperty()} is the valid mapping or null, and
 * {@link #problems()} says per column and rule what is wrong. The dialect (delimiter, header position …) of the
 * mapping the editor was loaded with is kept. No scene classes.
 */
public final class MappingEditor {
    /** Pattern offered when the user switches to date + time columns. */
    public static final String DEFAULT_PATTERN = "yyyy-MM-dd HH:mm:ss";

    private final ObservableList<MappingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TimeSpec.Kind> timeKind = new SimpleObjectProperty<>(this, "timeKind",
            TimeSpec.Kind.SECONDS);
    private final StringProperty pattern = new SimpleStringProperty(this, "pattern", DEFAULT_PATTERN);
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "UTC");
    private final ReadOnlyObjectWrapper<ColumnMapping> built = new ReadOnlyObjectWrapper<>(this, "built");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private ColumnMapping dialect;
    private boolean loading;
    private Consumer<ColumnMapping> onEdited = m -> { };

    public MappingEditor() {
        for (Observable o : List.of(timeKind, pattern, zone)) {
            o.addListener(x -> edited());
        }
    }

    /**
     * Shows the columns of a file with what {@code mapping} says about them (null: all ignored, time in seconds).
     * Columns the mapping names but the file lacks are listed after the file's, marked not in the file. Without
     * columns (no file, or a header too long to list) the editor is empty and says nothing. Does not call the edit
     * listener.
     */
    public void load(SourceColumns columns, ColumnMapping mapping) {
        loading = true;
        try {
            dialect = mapping;
            List<MappingRow> out = new ArrayList<>();
            List<String> names = columns == null ? List.of() : columns.names();
            for (int i = 0; i < names.size(); i++) {
                out.add(new MappingRow(names.get(i), columns.samples().get(i), true));
            }
            TimeSpec t = columns == null || mapping == null ? null : mapping.time();
            timeKind.set(t == null ? TimeSpec.Kind.SECONDS : t.kind());
            pattern.set(t == null || t.pattern() == null ? DEFAULT_PATTERN : t.pattern());
            zone.set(t == null ? "UTC" : t.zone());
            if (t != null) {
                if (t.kind() == TimeSpec.Kind.DATE_TIME) {
                    row(out, t.dateColumn()).targetProperty().set(MappingTarget.DATE);
                    row(out, t.timeColumn()).targetProperty().set(MappingTarget.CLOCK);
                } else {
                    row(out, t.column()).targetProperty().set(MappingTarget.TIME);
                    if (t.offsetColumn() != null) {
                        row(out, t.offsetColumn()).targetProperty().set(MappingTarget.TIME_OFFSET);
                    }
                }
                for (ColumnSpec c : mapping.columns()) {
                    row(out, c.source()).set(c);
                }
            }
            for (MappingRow r : out) {
                for (Observable o : List.of(r.targetProperty(), r.cellProperty(), r.unitProperty(),
                        r.scaleProperty(), r.signProperty(), r.optionalProperty())) {
                    o.addListener(x -> {
                        if (rows.contains(r)) {
                            edited();
                        }
                    });
                }
            }
            rows.setAll(out);
        } finally {
            loading = false;
        }
        rebuild();
    }

    /** The row of a source name as the import finds it: exact, else ignoring case; appended when missing. */
    private static MappingRow row(List<MappingRow> rows, String source) {
        for (MappingRow r : rows) {
            if (r.source().equals(source)) {
                return r;
            }
        }
        for (MappingRow r : rows) {
            if (r.inFile() && r.source().toLowerCase(Locale.ROOT).equals(source.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        MappingRow missing = new MappingRow(source, "", false);
        rows.add(missing);
        return missing;
    }

    private void edited() {
        if (loading) {
            return;
        }
        rebuild();
        onEdited.accept(built.get());
    }

    private void rebuild() {
        MappingBuilder.Built b = MappingBuilder.build(rows, timeKind.get(), pattern.get(), zone.get(), dialect);
        problems.setAll(b.problems());
        built.set(b.mapping());
    }

    /** Called after each user edit with the new mapping, or null when it has problems. */
    public void setOnEdited(Consumer<ColumnMapping> action) {
        onEdited = action;
    }

    /** The source columns, in file order. */
    public ObservableList<MappingRow> rows() {
        return rows;
    }

    /** The row of a source column (exact name). */
    public MappingRow row(String source) {
        return rows.stream().filter(r -> r.source().equals(source)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source column '" + source + "'"));
    }

    public ObjectProperty<TimeSpec.Kind> timeKindProperty() {
        return timeKind;
    }

    /** The {@code DateTimeFormatter} pattern of "date time" (date + time columns only). */
    public StringProperty patternProperty() {
        return pattern;
    }

    /** Zone of times written without an offset (ISO-8601, date + time). */
    public StringProperty zoneProperty() {
        return zone;
    }

    /** The mapping as edited, or null while it has problems. */
    public ReadOnlyObjectProperty<ColumnMapping> builtProperty() {
        return built.getReadOnlyProperty();
    }

    /** What is wrong, one line per column and rule; empty when the mapping is valid. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** What the time form choice shows for a kind. */
    public static String label(TimeSpec.Kind kind) {
        return MappingBuilder.label(kind);
    }
}
