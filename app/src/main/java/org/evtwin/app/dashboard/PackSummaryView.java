package org.evtwin.app.dashboard;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** A plain table of the pack's headline numbers with units (the full dashboard comes with issue #3). */
public final class PackSummaryView {
    private final VBox root;

    public PackSummaryView(PackSummaryViewModel model) {
        Label title = new Label(model.packDescription());
        title.setFont(Font.font(null, FontWeight.BOLD, 15));
        title.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.ALWAYS);
        ColumnConstraints values = new ColumnConstraints(120);
        values.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints units = new ColumnConstraints(70);
        grid.getColumnConstraints().addAll(labels, values, units);
        int row = 0;
        for (PackSummaryViewModel.Figure f : model.figures()) {
            Label name = new Label(f.label());
            Label value = new Label();
            value.textProperty().bind(f.valueProperty());
            value.setFont(Font.font("Monospaced", FontWeight.BOLD, 15));
            value.setId("figure-" + row);
            Label unit = new Label(f.unit());
            unit.setStyle("-fx-text-fill: #555;");
            grid.addRow(row++, name, value, unit);
        }
        Label note = new Label("Built-in simulator: a day of driving (UDDS, HWFET), parking and an overnight CC-CV"
                + " charge, per cell, at 60× real time. Current is positive on discharge.");
        note.setWrapText(true);
        note.setStyle("-fx-text-fill: #555;");
        root = new VBox(14, title, grid, note);
        root.setPadding(new Insets(18));
        root.setAlignment(Pos.TOP_LEFT);
        root.setStyle("-fx-font-size: 14px; -fx-background-color: #fafafa;");
    }

    public Parent root() {
        return root;
    }
}
