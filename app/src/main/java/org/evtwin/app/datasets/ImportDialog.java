package org.evtwin.app.datasets;

import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.store.RejectRecord;
import org.evtwin.core.telemetry.Channel;

/**
 * The import dialog: file, detected format, mapping (load/save JSON), preview of the first rows with their rejects,
 * error policy, then the import with progress, rows/s, time left and Cancel, and the summary with the rejects.
 */
public final class ImportDialog {
    private final ImportViewModel vm;
    private final VBox root;

    public ImportDialog(ImportViewModel vm) {
        this.vm = vm;
        Node preview = previewSection();
        VBox.setVgrow(preview, Priority.ALWAYS);   // the preview takes the height the mapping leaves
        root = new VBox(8, fileRow(), detection(), new MappingPane(vm, this::window).root(),
                preview, policyRow(), progressSection(),
                resultSection(), buttons());
        root.setPadding(new Insets(12));
        root.setId("import-dialog");
        root.setPrefWidth(980);
    }

    /** Opens the dialog in its own window (not modal: the workstation keeps running while a file imports). */
    public static Stage open(Window owner, ImportViewModel vm, String stylesheet) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Import a data set");
        ImportDialog dialog = new ImportDialog(vm);
        Scene scene = new Scene(dialog.root, 1000, 860);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.cancel());
        stage.show();
        return stage;
    }

    private Node fileRow() {
        Label path = new Label();
        path.setId("import-file");
        path.textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get() == null
                ? "No file chosen" : vm.fileProperty().get().toString(), vm.fileProperty()));
        path.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button("Choose file…");
        choose.setId("import-choose");
        choose.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle("Import a CSV file");
            c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV and text", "*.csv", "*.txt",
                    "*.tsv"), new FileChooser.ExtensionFilter("All files", "*"));
            File f = c.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                vm.chooseFile(f.toPath());
            }
        });
        TextField name = new TextField();
        name.setId("import-name");
        name.setPrefColumnCount(22);
        name.textProperty().bindBidirectional(vm.nameProperty());
        return new HBox(8, label("File"), path, choose, label("Name"), name);
    }

    private Node detection() {
        Label d = new Label();
        d.setId("import-detection");
        d.setWrapText(true);
        d.textProperty().bind(Bindings.createStringBinding(() -> vm.detectionProperty().get().isEmpty()
                ? vm.stateProperty().get().text() : vm.detectionProperty().get(), vm.detectionProperty(),
                vm.stateProperty()));
        return d;
    }

    private Node previewSection() {
        Label title = new Label("Preview: the first " + ImportViewModel.PREVIEW_ROWS + " lines as they will be"
                + " imported (values in core units; rejected lines in red)");
        title.getStyleClass().add("section-title");
        TableView<ImportPreview.Row> t = Tables.table("import-preview", "Choose a file to see its first rows");
        t.getStyleClass().add("preview-table");
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.setItems(vm.previewRows());
        t.setPrefHeight(260);
        ((Label) t.getPlaceholder()).textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get()
                == null ? "Choose a file to see its first rows" : vm.mappingProperty().get() == null
                ? "Map a time column and at least one signal to see the first rows as they will be imported" : "",
                vm.fileProperty(), vm.mappingProperty()));
        t.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ImportPreview.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("preview-reject");
                if (!empty && row != null && row.reject() != null) {
                    getStyleClass().add("preview-reject");
                }
            }
        });
        vm.previewChannels().addListener((javafx.collections.ListChangeListener<Channel>) c -> columns(t));
        columns(t);
        Label problem = new Label();
        problem.getStyleClass().add("inline-error");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.previewProblemProperty());
        problem.visibleProperty().bind(vm.previewProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(4, title, t, problem);
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private void columns(TableView<ImportPreview.Row> t) {
        t.getColumns().clear();
        t.getColumns().add(Tables.number("Line", 50, r -> Long.toString(r.line())));
        t.getColumns().add(Tables.number("time [s]", 80, r -> r.reject() != null ? "" : num(r.timeS())));
        for (int i = 0; i < vm.previewChannels().size(); i++) {
            Channel ch = vm.previewChannels().get(i);
            int k = i;
            String header = ch.columnName() + " [" + Formats.unit(ch.signal().unit()) + "]";
            t.getColumns().add(Tables.number(header, Math.max(110, 7.5 * header.length() + 14),
                    r -> r.reject() != null ? "" : num(r.values()[k])));
        }
        t.getColumns().add(Tables.text("Status", 320, r -> r.reject() == null ? "ok" : (r.reject().column().isEmpty()
                ? "" : r.reject().column() + ": ") + r.reject().detail()));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.6g", v);
    }

    private Node policyRow() {
        ToggleGroup g = new ToggleGroup();
        RadioButton stop = new RadioButton("Stop at the first error");
        stop.setId("import-policy-stop");
        RadioButton skip = new RadioButton("Skip bad rows and report them, up to");
        skip.setId("import-policy-skip");
        stop.setToggleGroup(g);
        skip.setToggleGroup(g);
        (vm.errorPolicy().modeProperty().get() == ImportPolicy.Mode.STOP ? stop : skip).setSelected(true);
        g.selectedToggleProperty().addListener((o, a, now) -> vm.errorPolicy().modeProperty().set(now == stop
                ? ImportPolicy.Mode.STOP : ImportPolicy.Mode.SKIP));
        TextField max = new TextField(Long.toString(vm.errorPolicy().maxRejectsProperty().get()));
        max.setId("import-max-rejects");
        max.setPrefColumnCount(7);
        max.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,12}") ? c : null));
        max.textProperty().addListener((o, a, text) -> vm.errorPolicy().maxRejectsProperty().set(text.isEmpty() ? 0
                : Long.parseLong(text)));
        max.disableProperty().bind(stop.selectedProperty());
        HBox row = new HBox(10, label("Bad rows"), stop, skip, max, new Label("rows (then the import fails)"));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Node progressSection() {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(300);
        bar.progressProperty().bind(vm.progressProperty());
        Label text = new Label();
        text.setId("import-progress-text");
        text.textProperty().bind(vm.progressTextProperty());
        HBox row = new HBox(10, bar, text);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.progressTextProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Node resultSection() {
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.styleProperty().bind(Bindings.when(vm.stateProperty().isEqualTo(ImportState.FAILED)
                .or(vm.stateProperty().isEqualTo(ImportState.DUPLICATE))).then("-fx-text-fill: #c62828;")
                .otherwise(""));
        TableView<RejectRecord> rejects = Tables.table("import-rejects", "No rejected rows");
        rejects.getColumns().add(Tables.text("File", 200, r -> vm.fileProperty().get() == null ? ""
                : vm.fileProperty().get().getFileName().toString()));
        rejects.getColumns().add(Tables.number("Line", 60, r -> Formats.count(r.line())));
        rejects.getColumns().add(Tables.text("Column", 130, r -> r.column().isEmpty() ? "(row)" : r.column()));
        rejects.getColumns().add(Tables.text("Value", 100, RejectRecord::value));
        rejects.getColumns().add(Tables.text("Rule", 320, RejectRecord::rule));
        rejects.setItems(vm.rejects());
        rejects.setPrefHeight(120);
        rejects.visibleProperty().bind(Bindings.isNotEmpty(vm.rejects()));
        rejects.managedProperty().bind(rejects.visibleProperty());
        return new VBox(4, message, rejects);
    }

    private Node buttons() {
        Button start = new Button("Import");
        start.setId("import-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.stateProperty().get().canStart(),
                vm.stateProperty()));
        start.setOnAction(e -> vm.startImport());
        Button cancel = new Button("Cancel import");
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(vm.stateProperty().isNotEqualTo(ImportState.RUNNING));
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button("Close");
        close.setId("import-close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            vm.cancel();
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage s) {
                s.close();
            }
        });
        HBox row = new HBox(8, spacer(), start, cancel, close);
        return row;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }
}
