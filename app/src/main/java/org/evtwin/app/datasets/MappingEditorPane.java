package org.evtwin.app.datasets;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.evtwin.core.ingest.csv.ColumnSpec;
import org.evtwin.core.ingest.csv.TimeSpec;

/**
 * The view of the {@link MappingEditor}: the time form (with pattern and zone where they apply), a table with one row
 * per source column (name, first value, what it is, cell index, unit, scale, positive current, may be empty), and the
 * problems of the mapping in red under it. Thin: every control is bound to the editor's properties.
 */
final class MappingEditorPane {
    private static final double ROW_HEIGHT = 30;

    private MappingEditorPane() {
    }

    static Node create(MappingEditor editor) {
        TableView<MappingRow> t = Tables.table("import-mapping", "Choose a file to map its columns");
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.getColumns().add(Tables.text("Source column", 150, r -> r.source() + (r.inFile() ? "" : " (not in file)")));
        t.getColumns().add(Tables.text("First value", 124, MappingRow::sample));
        t.getColumns().add(MappingCells.column("Maps to", 190, () -> MappingCells.choice("mapping-target",
                MappingRow::targetProperty, r -> MappingTarget.ALL, r -> true, MappingTarget::label)));
        t.getColumns().add(MappingCells.column("Cell", 56, () -> MappingCells.text("mapping-cell", 3,
                MappingRow::cellProperty, r -> r.targetProperty().get().perCell())));
        t.getColumns().add(MappingCells.column("Unit in file", 92, () -> MappingCells.choice("mapping-unit",
                MappingRow::unitProperty, r -> r.targetProperty().get().units(), MappingEditorPane::signal,
                u -> Formats.unit(u.symbol()))));
        t.getColumns().add(MappingCells.column("× Scale", 64, () -> MappingCells.text("mapping-scale", 4,
                MappingRow::scaleProperty, MappingEditorPane::signal)));
        t.getColumns().add(MappingCells.column("Positive is", 110, () -> MappingCells.choice("mapping-sign",
                MappingRow::signProperty, r -> List.of(ColumnSpec.Sign.values()),
                r -> r.targetProperty().get().signed(), s -> s == ColumnSpec.Sign.CHARGE_POSITIVE ? "charge"
                        : "discharge")));
        t.getColumns().add(MappingCells.column("May be empty", 116, () -> MappingCells.check("mapping-optional",
                MappingRow::optionalProperty, MappingEditorPane::signal)));
        t.setItems(editor.rows());
        t.getColumns().forEach(c -> c.setStyle("-fx-alignment: CENTER-LEFT;"));
        t.setFixedCellSize(ROW_HEIGHT);
        // as tall as the file's columns (3 to 8 rows shown), then it scrolls
        t.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> ROW_HEIGHT * (1.2 + Math.max(3,
                Math.min(8, editor.rows().size()))), editor.rows()));
        t.setMinHeight(Region.USE_PREF_SIZE);
        Label problems = new Label();
        problems.setId("import-mapping-problems");
        problems.getStyleClass().add("inline-error");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", editor.problems()),
                editor.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(editor.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        return new VBox(4, timeRow(editor), t, problems);
    }

    private static boolean signal(MappingRow r) {
        return r.targetProperty().get().role() == MappingTarget.Role.SIGNAL;
    }

    private static Node timeRow(MappingEditor editor) {
        ComboBox<TimeSpec.Kind> kind = new ComboBox<>();
        kind.setId("mapping-time-kind");
        kind.getItems().setAll(TimeSpec.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimeSpec.Kind k) {
                return k == null ? "" : MappingEditor.label(k);
            }

            @Override
            public TimeSpec.Kind fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        kind.valueProperty().bindBidirectional(editor.timeKindProperty());
        TextField pattern = new TextField();
        pattern.setId("mapping-time-pattern");
        pattern.setPrefColumnCount(16);
        pattern.setPromptText(MappingEditor.DEFAULT_PATTERN);
        pattern.textProperty().bindBidirectional(editor.patternProperty());
        Label patternLabel = new Label("pattern of \"date time\"");
        TextField zone = new TextField();
        zone.setId("mapping-time-zone");
        zone.setPrefColumnCount(10);
        zone.textProperty().bindBidirectional(editor.zoneProperty());
        Label zoneLabel = new Label("zone of times without offset");
        var dateTime = editor.timeKindProperty().isEqualTo(TimeSpec.Kind.DATE_TIME);
        var absolute = dateTime.or(editor.timeKindProperty().isEqualTo(TimeSpec.Kind.ISO_8601));
        for (Node n : List.of(pattern, patternLabel)) {
            n.visibleProperty().bind(dateTime);
            n.managedProperty().bind(dateTime);
        }
        for (Node n : List.of(zone, zoneLabel)) {
            n.visibleProperty().bind(absolute);
            n.managedProperty().bind(absolute);
        }
        Label title = new Label("Time is read as");
        HBox row = new HBox(8, title, kind, patternLabel, pattern, zoneLabel, zone);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
