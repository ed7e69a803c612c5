package org.evtwin.app.datasets;

import java.io.File;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.evtwin.core.ingest.csv.ColumnSpec;

/** The import dialog's mapping part: where the mapping came from, its time and columns, load/save as JSON. */
final class MappingPane {
    private final ImportViewModel vm;
    private final Supplier<Window> window;

    MappingPane(ImportViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.window = window;
    }

    Node root() {
        Label origin = new Label();
        origin.textProperty().bind(Bindings.concat("Column mapping (", vm.mappingOriginProperty(), ")"));
        origin.getStyleClass().add("section-title");
        Button load = new Button("Load mapping…");
        load.setId("import-load-mapping");
        load.setOnAction(e -> chooseJson(false));
        Button save = new Button("Save mapping…");
        save.setId("import-save-mapping");
        save.disableProperty().bind(vm.mappingProperty().isNull());
        save.setOnAction(e -> chooseJson(true));
        Button use = new Button("Use suggested mapping");
        use.setId("import-use-suggestion");
        use.visibleProperty().bind(vm.stateProperty().isEqualTo(ImportState.NEEDS_MAPPING)
                .and(vm.mappingProperty().isNotNull()));
        use.managedProperty().bind(use.visibleProperty());
        use.setOnAction(e -> vm.useSuggestedMapping());
        TableView<ColumnSpec> t = Tables.table("import-mapping", "No mapping: load one (JSON)");
        t.getColumns().add(Tables.text("Source column", 180, ColumnSpec::source));
        t.getColumns().add(Tables.text("Source unit", 90, c -> c.unit().symbol()));
        t.getColumns().add(Tables.text("→ Channel", 190, ColumnSpec::channel));
        t.getColumns().add(Tables.text("Core unit", 80, c -> Formats.unit(c.toChannel().signal().unit())));
        t.getColumns().add(Tables.number("Scale", 60, c -> c.scale() == null ? "1" : String.valueOf(c.scale())));
        t.getColumns().add(Tables.text("Positive", 120, c -> c.sign() == ColumnSpec.Sign.CHARGE_POSITIVE
                ? "charge (negated)" : "discharge"));
        t.setItems(vm.mappedColumns());
        t.setPrefHeight(130);
        Label time = new Label();
        time.textProperty().bind(Bindings.createStringBinding(() -> vm.mappingProperty().get() == null ? ""
                : "Time: " + describe(vm.mappingProperty().get().time()), vm.mappingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, origin, spacer, use, load, save);
        return new VBox(4, head, time, t);
    }

    private static String describe(org.evtwin.core.ingest.csv.TimeSpec t) {
        return switch (t.kind()) {
            case SECONDS -> "column " + t.column() + " in s";
            case MILLISECONDS -> "column " + t.column() + " in ms (converted to s)";
            default -> t.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " from " + (t.column() != null
                    ? t.column() : t.dateColumn() + " + " + t.timeColumn()) + " (seconds from the first row)";
        };
    }

    private void chooseJson(boolean save) {
        FileChooser c = new FileChooser();
        c.setTitle(save ? "Save the column mapping" : "Load a column mapping");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Column mapping (JSON)", "*.json"));
        if (save && vm.fileProperty().get() != null) {
            c.setInitialFileName(vm.nameProperty().get() + "-mapping.json");
        }
        File f = save ? c.showSaveDialog(window.get()) : c.showOpenDialog(window.get());
        if (f != null) {
            if (save) {
                vm.saveMapping(f.toPath());
            } else {
                vm.loadMapping(f.toPath());
            }
        }
    }

}
