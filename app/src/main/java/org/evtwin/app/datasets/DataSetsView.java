package org.evtwin.app.datasets;

import java.io.File;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.evtwin.core.store.ChannelInfo;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetKind;
import org.evtwin.core.store.RejectRecord;

/**
 * The data-set browser: a table of data sets, the selected one's provenance, channels and rejects, and the actions
 * import, replay, export (to a chosen file, with progress) and delete (after confirmation).
 */
public final class DataSetsView {
    private final BorderPane root = new BorderPane();
    private final DataSetsViewModel vm;
    private final TableView<DataSetInfo> table;

    public DataSetsView(DataSetsViewModel vm) {
        this.vm = vm;
        this.table = dataSetTable(vm);
        TabPane details = new TabPane(new Tab("Provenance", provenance(vm)), new Tab("Channels", channels(vm)),
                rejectsTab(vm));
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.setId("dataset-details");
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        root.setTop(toolbar());
        root.setCenter(split);
        root.setBottom(statusBar());
        root.setId("datasets-view");
        root.getStyleClass().add("datasets-view");
    }

    private static TableView<DataSetInfo> dataSetTable(DataSetsViewModel vm) {
        TableView<DataSetInfo> t = Tables.table("datasets-table", "No data sets: import a CSV file (Import…)");
        t.getColumns().add(Tables.text("Name", 210, DataSetInfo::name));
        t.getColumns().add(Tables.text("Kind", 60, d -> d.kind() == DataSetKind.IMPORT ? "import" : "live"));
        t.getColumns().add(Tables.number("Accepted", 80, d -> Formats.count(d.acceptedRows())));
        t.getColumns().add(Tables.number("Rejected", 80, d -> Formats.count(d.rejectedRows())));
        t.getColumns().add(Tables.number("Span (h:mm:ss)", 120, d -> Formats.hms(d.lastTimeS() - d.firstTimeS())));
        t.getColumns().add(Tables.text("Imported", 140, d -> Formats.when(d.createdAt())));
        t.setItems(vm.dataSets());
        t.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> vm.selectedProperty().set(d));
        vm.selectedProperty().addListener((o, a, d) -> {
            if (t.getSelectionModel().getSelectedItem() != d) {
                t.getSelectionModel().select(d);
            }
        });
        t.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.replaySelected();
            }
        });
        return t;
    }

    private ToolBar toolbar() {
        Button importButton = button("Import…", "datasets-import", "Import a CSV file into the database",
                vm::openImport);
        Button replay = button("Replay", "datasets-replay", "Replay the selected data set with the model alongside"
                + " (double-click a row does the same)", vm::replaySelected);
        Button export = button("Export…", "datasets-export", "Write the selected data set as telemetry CSV",
                this::export);
        Button delete = button("Delete…", "datasets-delete", "Delete the selected data set from the database",
                this::delete);
        Button refresh = button("Refresh", "datasets-refresh", "Reload the list from the database", vm::refresh);
        var none = vm.selectedProperty().isNull();
        replay.disableProperty().bind(none);
        export.disableProperty().bind(none.or(vm.busyProperty()));
        delete.disableProperty().bind(none.or(vm.busyProperty()));
        return new ToolBar(importButton, replay, export, delete, refresh);
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void export() {
        DataSetInfo d = vm.selectedProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export \"" + d.name() + "\" as telemetry CSV");
        chooser.setInitialFileName(d.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-telemetry.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file", "*.csv"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.export(d, f.toPath());
        }
    }

    private void delete() {
        DataSetInfo d = vm.selectedProperty().get();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, String.format(Locale.ROOT, "Delete data set %d"
                + " \"%s\" (%s rows, %s) with its samples and rejects? This cannot be undone.", d.id(), d.name(),
                Formats.count(d.acceptedRows()), Formats.span(d.firstTimeS(), d.lastTimeS())), ButtonType.CANCEL,
                ButtonType.OK);
        confirm.initOwner(root.getScene().getWindow());
        confirm.setTitle("Delete data set");
        confirm.setHeaderText("Delete \"" + d.name() + "\"?");
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.delete(d));
    }

    private static Node provenance(DataSetsViewModel vm) {
        GridPane grid = new GridPane();
        grid.setId("dataset-provenance");
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        Label empty = new Label("Select a data set to see where it came from.");
        grid.add(empty, 0, 0);
        vm.provenance().addListener((javafx.collections.ListChangeListener<Provenance.Line>) c -> {
            grid.getChildren().clear();
            int r = 0;
            for (Provenance.Line line : vm.provenance()) {
                Label key = new Label(line.label());
                key.getStyleClass().add("grid-header");
                Label value = new Label(line.value());
                value.setWrapText(true);
                value.getStyleClass().add(line.label().equals("SHA-256") ? "provenance-hash" : "provenance-value");
                key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.addRow(r++, key, value);
                javafx.scene.layout.GridPane.setValignment(key, javafx.geometry.VPos.TOP);
            }
            if (r == 0) {
                grid.add(empty, 0, 0);
            }
        });
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Node channels(DataSetsViewModel vm) {
        TableView<ChannelInfo> t = Tables.table("dataset-channels", "No data set selected");
        t.getColumns().add(Tables.number("#", 40, c -> Integer.toString(c.index())));
        t.getColumns().add(Tables.text("Channel", 170, c -> c.channel().columnName()));
        t.getColumns().add(Tables.text("Unit", 70, c -> Formats.unit(c.unit())));
        t.getColumns().add(Tables.text("Source column", 150, c -> c.sourceColumn().isEmpty() ? "–"
                : c.sourceColumn()));
        t.getColumns().add(Tables.text("Source unit", 80, c -> c.sourceUnit().isEmpty() ? "–" : c.sourceUnit()));
        vm.selectedProperty().addListener((o, a, d) -> {
            if (d == null) {
                t.getItems().clear();
            } else {
                t.getItems().setAll(d.channels());
            }
        });
        return t;
    }

    private static Tab rejectsTab(DataSetsViewModel vm) {
        TableView<RejectRecord> t = Tables.table("dataset-rejects", "No rejected rows");
        t.getColumns().add(Tables.text("File", 170, r -> vm.selectedProperty().get() == null ? ""
                : vm.selectedProperty().get().sourceName()));
        t.getColumns().add(Tables.number("Line", 60, r -> Formats.count(r.line())));
        t.getColumns().add(Tables.text("Column", 110, r -> r.column().isEmpty() ? "(row)" : r.column()));
        t.getColumns().add(Tables.text("Value", 90, RejectRecord::value));
        t.getColumns().add(Tables.text("Rule", 260, RejectRecord::rule));
        t.setItems(vm.rejects());
        Tab tab = new Tab("Rejects", t);
        tab.textProperty().bind(vm.rejectsTitleProperty());
        return tab;
    }

    private Node statusBar() {
        Label message = new Label();
        message.setId("datasets-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        ProgressBar progress = new ProgressBar();
        progress.setId("datasets-export-progress");
        progress.progressProperty().bind(vm.exportProgressProperty());
        progress.visibleProperty().bind(vm.exportingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox bar = new HBox(8, progress, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    /** The table (tests select rows through it). */
    TableView<DataSetInfo> table() {
        return table;
    }

    public Node root() {
        return root;
    }
}
