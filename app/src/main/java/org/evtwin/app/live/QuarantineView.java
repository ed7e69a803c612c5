package org.evtwin.app.live;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The quarantine viewer, a window of its own (the table needs more width than the side panel): time (UTC), vehicle,
 * reason, size and the start of the payload of rejected messages. One window per panel, brought to front on reuse.
 */
final class QuarantineView {
    private final VBox root;
    private Stage stage;

    QuarantineView(QuarantineViewModel vm) {
        TableView<QuarantineViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("live-quarantine-table");
        table.setPrefHeight(360);
        table.setPlaceholder(new Label("Nothing loaded: press Refresh"));
        table.getColumns().add(column("Received (UTC)", 200, QuarantineViewModel.Row::time));
        table.getColumns().add(column("Vehicle", 80, QuarantineViewModel.Row::vehicle));
        table.getColumns().add(column("Reason", 260, QuarantineViewModel.Row::reason));
        TableColumn<QuarantineViewModel.Row, Integer> size = new TableColumn<>("Size [bytes]");
        size.setPrefWidth(100);
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeBytes()));
        table.getColumns().add(size);
        table.getColumns().add(column("Payload (start)", 320, QuarantineViewModel.Row::payloadExcerpt));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<QuarantineViewModel.Row> row = new javafx.scene.control.TableRow<>();
            row.itemProperty().addListener((o, a, item) -> row.setTooltip(item == null ? null
                    : new Tooltip(item.reason() + "\n\n" + item.payloadExcerpt())));
            return row;
        });
        Button refresh = new Button("Refresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setId("live-quarantine-refresh");
        refresh.setDisable(!vm.hasStore());
        refresh.setOnAction(e -> vm.refresh());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox top = new HBox(8, refresh, message);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(6, top, table);
        root.setPadding(new Insets(6));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
    }

    /** Shows the viewer window (created on first use) and reads the newest rows. */
    void show(Window owner, QuarantineViewModel vm) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Quarantine — rejected live messages");
            Scene scene = new Scene(root, 1000, 420);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.setScene(scene);
        }
        vm.refresh();
        stage.show();
        stage.toFront();
    }

    private static TableColumn<QuarantineViewModel.Row, String> column(String title, double width,
            java.util.function.Function<QuarantineViewModel.Row, String> value) {
        TableColumn<QuarantineViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
