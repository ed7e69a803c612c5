package org.evtwin.app.datasets;

import java.io.File;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The import dialog's mapping part: where the mapping came from, load/save as JSON, "Use suggested mapping", and the
 * column-by-column editor ({@link MappingEditorPane}).
 */
final class MappingPane {
    private final ImportViewModel vm;
    private final Supplier<Window> window;

    MappingPane(ImportViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.window = window;
    }

    Node root() {
        Label origin = new Label();
        origin.textProperty().bind(Bindings.createStringBinding(() -> vm.mappingOriginProperty().get().isEmpty()
                ? "Column mapping" : "Column mapping (" + vm.mappingOriginProperty().get() + ")",
                vm.mappingOriginProperty()));
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, origin, spacer, use, load, save);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Node editor = MappingEditorPane.create(vm.editor());
        editor.disableProperty().bind(vm.stateProperty().isEqualTo(ImportState.RUNNING)
                .or(vm.fileProperty().isNull()));
        return new VBox(4, head, editor);
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
