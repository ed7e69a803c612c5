package org.evtwin.app.whatif;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The what-if panel: sliders with their values and units, reset and re-fork buttons on the left; baseline and what-if
 * figures side by side with the inline reason in the middle; SoH, SoC and temperature charts on the right. Laid out
 * in one row so it fits a short tab; it scrolls rather than squeezes below its minimum size.
 */
public final class WhatIfView {
    private static final String CSS = String.join("\n",
            ".whatif-chart .chart-series-line { -fx-stroke-width: 2px; }",
            ".whatif-chart .chart-title { -fx-font-size: 12px; -fx-font-weight: bold; }",
            ".whatif-legend { -fx-font-size: 11px; -fx-text-fill: #37474f; }",
            ".whatif-chart .axis-label { -fx-font-size: 11px; }",
            ".whatif-chart { -fx-padding: 4px 6px 2px 2px; }",
            line(0, "#78909c", "-fx-stroke-dash-array: 7 5;"),
            line(1, "#1565c0", ""),
            line(2, "#ef6c00", ""),
            line(3, "#c62828", "-fx-stroke-width: 1px; -fx-stroke-dash-array: 3 4;"),
            line(4, "#6a1b9a", "-fx-stroke-width: 1px; -fx-stroke-dash-array: 3 4;"),
            ".whatif-changed { -fx-text-fill: #0d47a1; -fx-font-weight: bold; }",
            ".whatif-reason { -fx-background-color: #fff3e0; -fx-border-color: #ffb74d; -fx-text-fill: #bf360c;"
                    + " -fx-padding: 5px 7px; -fx-background-radius: 3px; -fx-border-radius: 3px; }",
            ".whatif-header { -fx-font-weight: bold; -fx-text-fill: #37474f; }",
            ".whatif-muted { -fx-text-fill: #607d8b; -fx-font-size: 11px; }");

    private final ScrollPane root;

    public WhatIfView(WhatIfViewModel model) {
        VBox controls = controls(model);
        VBox figures = figures(model);
        WhatIfChartPane charts = new WhatIfChartPane(20.0);
        charts.show(model.chartsProperty().get());
        model.chartsProperty().addListener((o, a, now) -> charts.show(now));
        HBox row = new HBox(12, controls, figures, charts.root());
        HBox.setHgrow(charts.root(), Priority.ALWAYS);
        row.setPadding(new Insets(8));
        row.setMinSize(1380, 330);
        row.getStylesheets().add("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8)));
        row.setStyle("-fx-background-color: #fafafa;");
        root = new ScrollPane(row);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setId("whatif-panel");
    }

    public Parent root() {
        return root;
    }

    private static String line(int n, String colour, String extra) {
        return ".whatif-chart .default-color" + n + ".chart-series-line { -fx-stroke: " + colour + "; " + extra + " }\n"
                + ".whatif-key" + n + " { -fx-background-color: " + colour + "; }";
    }

    private static VBox controls(WhatIfViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(3);
        ColumnConstraints label = new ColumnConstraints(112);
        ColumnConstraints slider = new ColumnConstraints(100, 130, Double.MAX_VALUE);
        slider.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints(62);
        value.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(label, slider, value);
        int row = 0;
        for (WhatIfParameter p : model.parameters()) {
            if (p.id().equals("capacity")) {
                grid.addRow(row++, new Label("Picked cell"), cellSpinner(model));
            }
            Slider s = new Slider(p.min(), p.max(), p.valueProperty().get());
            s.setBlockIncrement(p.resolution());
            s.valueProperty().bindBidirectional(p.valueProperty());
            s.setId("slider-" + p.id());
            Label v = new Label();
            v.textProperty().bind(p.textProperty());
            v.setId("value-" + p.id());
            v.setStyle("-fx-font-family: monospace;");
            Label name = new Label(p.label());
            name.setTooltip(new Tooltip(p.label() + ": " + p.format(p.min()) + " to " + p.format(p.max())));
            grid.addRow(row++, name, s, v);
        }
        grid.disableProperty().bind(model.readyProperty().not());

        Button reset = new Button("Reset to baseline");
        reset.setTooltip(new Tooltip("Sliders back to the baseline (no computation)"));
        reset.setId("whatif-reset");
        reset.setOnAction(e -> model.reset());
        reset.disableProperty().bind(model.readyProperty().not());
        Button refork = new Button("Fork again");
        refork.setTooltip(new Tooltip("Take a new baseline from the twin's present state"));
        refork.setId("whatif-refork");
        refork.setOnAction(e -> model.refork());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, reset, refork, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("whatif-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("whatif-muted");
        VBox box = new VBox(8, grid, buttons, status);
        box.setMinWidth(320);
        box.setPrefWidth(330);
        return box;
    }

    /** The picked cell's index; follows the view model both ways (the 3D pick sets it there). */
    private static Spinner<Integer> cellSpinner(WhatIfViewModel model) {
        Spinner<Integer> cell = new Spinner<>(0, Math.max(0, model.cellCount() - 1), model.pickedCellProperty().get());
        cell.setEditable(true);
        cell.setId("whatif-cell");
        cell.setPrefWidth(90);
        cell.valueProperty().addListener((o, a, now) -> model.pickedCellProperty().set(now));
        model.pickedCellProperty().addListener((o, a, now) -> {
            if (now.intValue() >= 0) {   // -1 = nothing picked in the 3D view: keep the shown cell
                cell.getValueFactory().setValue(now.intValue());
            }
        });
        return cell;
    }

    private static VBox figures(WhatIfViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints name = new ColumnConstraints(156);
        ColumnConstraints base = new ColumnConstraints(121);
        ColumnConstraints what = new ColumnConstraints(121);
        grid.getColumnConstraints().addAll(name, base, what);
        Label baselineHeader = new Label("Baseline");
        baselineHeader.getStyleClass().add("whatif-header");
        Label whatIfHeader = new Label("What-if");
        whatIfHeader.getStyleClass().add("whatif-header");
        grid.addRow(0, new Label(), baselineHeader, whatIfHeader);
        int row = 1;
        for (WhatIfFigure f : model.figures()) {
            Label b = new Label();
            b.textProperty().bind(f.baselineProperty());
            b.setId("baseline-" + f.id());
            Label w = new Label();
            w.textProperty().bind(f.whatIfProperty());
            w.setId("whatif-" + f.id());
            w.textProperty().addListener((o, a, now) -> {
                w.getStyleClass().remove("whatif-changed");
                if (f.differs()) {
                    w.getStyleClass().add("whatif-changed");
                }
            });
            grid.addRow(row++, new Label(f.label()), b, w);
        }
        Label reason = new Label();
        reason.setId("whatif-reason");
        reason.textProperty().bind(model.reasonProperty());
        reason.setWrapText(true);
        reason.getStyleClass().add("whatif-reason");
        reason.visibleProperty().bind(model.reasonProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());
        reason.setMaxWidth(414);
        VBox box = new VBox(8, grid, reason);
        box.setMinWidth(414);
        box.setPrefWidth(414);
        return box;
    }
}
