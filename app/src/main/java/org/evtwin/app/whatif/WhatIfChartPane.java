package org.evtwin.app.whatif;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The three what-if charts side by side: SoH over years (baseline, what-if, picked cell, 80 % and 70 % lines), and the
 * fast charge's pack SoC and hottest cell over minutes, with one legend for all three below them. Series keep their
 * order, so colours (set by the view's style sheet on {@code default-colorN}) stay with their meaning.
 */
final class WhatIfChartPane {
    /** SoH levels drawn as horizontal lines [%]: the usual end of first (vehicle) life and a deeper threshold. */
    static final double[] SOH_LINES = {80.0, 70.0};
    private final GridPane grid = new GridPane();
    private final VBox root;
    /**
     * SoH axis 40–100 %: the 80/70 % thresholds with room below; further down the ageing laws extrapolate far past
     * their data (no knee), so curves leave the plot there rather than stretch it to a meaningless 0 %.
     */
    private final NumberAxis sohAxis = axis("SoH [%]", 40, 100, 10);
    private final Label pickedLegend = new Label("What-if, picked cell");
    private final LineChart<Number, Number> soh;
    private final LineChart<Number, Number> soc;
    private final LineChart<Number, Number> temperature;

    WhatIfChartPane(double horizonYears) {
        NumberAxis years = axis("Years from now", 0, horizonYears, 5);
        soh = chart("soh", "State of health, long term", years, sohAxis, 5);
        for (double level : SOH_LINES) {
            XYChart.Series<Number, Number> s = soh.getData().get(SOH_LINES[0] == level ? 3 : 4);
            s.setName(String.format(java.util.Locale.ROOT, "%.0f %% SoH", level));
            s.getData().setAll(List.of(new XYChart.Data<>(0, level), new XYChart.Data<>(horizonYears, level)));
        }
        soc = chart("soc", "Fast charge: pack SoC", axis("Minutes", 0, 0, 0), axis("Pack SoC [%]", 0, 100, 20), 2);
        temperature = chart("temperature", "Fast charge: hottest cell", axis("Minutes", 0, 0, 0),
                axis("Temperature [°C]", 0, 0, 0), 2);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(c == 0 ? 38 : 31);
            col.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(col);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().add(row);
        grid.addRow(0, soh, soc, temperature);
        grid.setHgap(4);
        HBox legend = new HBox(14, key(0, new Label("Baseline")), key(1, new Label("What-if")), key(2, pickedLegend),
                key(3, new Label("80 % SoH")), key(4, new Label("70 % SoH")));
        legend.setAlignment(Pos.CENTER);
        legend.getStyleClass().add("whatif-legend");
        root = new VBox(2, grid, legend);
        VBox.setVgrow(grid, Priority.ALWAYS);
    }

    VBox root() {
        return root;
    }

    /** A legend entry: a short line in the colour of series {@code n} before the label. */
    private static HBox key(int n, Label label) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("whatif-key", "whatif-key" + n);
        swatch.setMinSize(22, 3);
        swatch.setMaxSize(22, 3);
        HBox box = new HBox(5, swatch, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Replaces every curve's points (FX thread). */
    void show(WhatIfCharts charts) {
        fill(soh, charts.soh());
        fill(soc, charts.soc());
        fill(temperature, charts.temperature());
        pickedLegend.setText(charts.soh().get(2).name());
        pickedLegend.getParent().setVisible(charts.soh().get(2).size() > 0);
        pickedLegend.getParent().setManaged(charts.soh().get(2).size() > 0);
    }

    private static void fill(LineChart<Number, Number> chart, List<WhatIfCharts.Curve> curves) {
        for (int i = 0; i < curves.size(); i++) {
            WhatIfCharts.Curve c = curves.get(i);
            XYChart.Series<Number, Number> s = chart.getData().get(i);
            s.setName(c.name());
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(c.size());
            for (int k = 0; k < c.size(); k++) {
                points.add(new XYChart.Data<>(c.x()[k], c.y()[k]));
            }
            s.getData().setAll(points);
        }
    }

    /** A fixed axis when {@code upper > lower}, otherwise auto-ranging without forcing zero in. */
    private static NumberAxis axis(String label, double lower, double upper, double tick) {
        NumberAxis a = upper > lower ? new NumberAxis(label, lower, upper, tick) : new NumberAxis();
        a.setLabel(label);
        a.setForceZeroInRange(false);
        a.setAnimated(false);
        return a;
    }

    private static LineChart<Number, Number> chart(String id, String title, NumberAxis x, NumberAxis y, int series) {
        ObservableList<XYChart.Series<Number, Number>> data = FXCollections.observableArrayList();
        for (int i = 0; i < series; i++) {
            data.add(new XYChart.Series<>());
        }
        LineChart<Number, Number> c = new LineChart<>(x, y, data);
        c.setId("chart-" + id);
        c.setTitle(title);
        c.setCreateSymbols(false);
        c.setLegendVisible(false);
        c.setAnimated(false);
        c.getStyleClass().add("whatif-chart");
        c.setMinSize(200, 200);
        c.setPrefSize(400, 300);
        return c;
    }
}
