package org.evtwin.app.live;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The quarantine viewer: time (UTC), vehicle, reason, size and the start of the payload of rejected messages. */
final class QuarantineView {
    private final VBox root;

    QuarantineView(QuarantineViewModel vm) {
        TableView<QuarantineViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("live-quarantine-table");
        table.setPrefHeight(180);
        table.setPlaceholder(new Label("Nothing loaded: press Refresh"));
        table.getColumns().add(column("Received (UTC)", 170, QuarantineViewModel.Row::time));
        table.getColumns().add(column("Vehicle", 80, QuarantineViewModel.Row::vehicle));
        table.getColumns().add(column("Reason", 260, QuarantineViewModel.Row::reason));
        TableColumn<QuarantineViewModel.Row, Integer> size = new TableColumn<>("Size [bytes]");
        size.setPrefWidth(90);
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
        refresh.setId("live-quarantine-refresh");
        refresh.setDisable(!vm.hasStore());
        refresh.setOnAction(e -> vm.refresh());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        root = new VBox(6, new HBox(8, refresh, message), table);
        root.setPadding(new Insets(6));
    }

    private static TableColumn<QuarantineViewModel.Row, String> column(String title, double width,
            java.util.function.Function<QuarantineViewModel.Row, String> value) {
        TableColumn<QuarantineViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    Node root() {
        return root;
    }
}
