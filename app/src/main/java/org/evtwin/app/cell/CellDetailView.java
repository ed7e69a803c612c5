package org.evtwin.app.cell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The picked cell's figures. */
public final class CellDetailView {
    private final VBox root;

    public CellDetailView(CellDetailViewModel vm) {
        Label title = new Label();
        title.setId("cell-title");
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        Label body = new Label();
        body.setId("cell-body");
        body.setStyle("-fx-font-family: monospace;");
        body.setWrapText(true);
        body.textProperty().bind(vm.bodyProperty());
        root = new VBox(4, title, body);
        root.setPadding(new Insets(8));
        root.setStyle("-fx-background-color: #f4f6f8; -fx-border-color: #d0d5da;");
    }

    public Node root() {
        return root;
    }
}
