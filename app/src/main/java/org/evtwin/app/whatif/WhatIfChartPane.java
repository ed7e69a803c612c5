package org.evtwin.app.whatif;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * The three what-if charts side by side: SoH over years (baseline, what-if, picked cell, 80 % and 70 % lines), and the
 * fast charge's pack SoC and hottest cell over minutes. Series keep their order, so colours (set by the view's style
 * sheet on {@code default-colorN}) stay with their meaning.
 */
final class WhatIfChartPane {
    /** SoH levels drawn as horizontal lines [%]: the usual end of first (vehicle) life and a deeper threshold. */
    static final double[] SOH_LINES = {80.0, 70.0};
    private final GridPane root = new GridPane();
    private final LineChart<Number, Number> soh;
    private final LineChart<Number, Number> soc;
    private final LineChart<Number, Number> temperature;

    WhatIfChartPane(double horizonYears) {
        NumberAxis years = axis("Years from now", 0, horizonYears, 5);
        NumberAxis sohAxis = axis("SoH [%]", 0, 0, 0);
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
            root.getColumnConstraints().add(col);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        root.getRowConstraints().add(row);
        root.addRow(0, soh, soc, temperature);
        root.setHgap(4);
    }

    GridPane root() {
        return root;
    }

    /** Replaces every curve's points (FX thread). */
    void show(WhatIfCharts charts) {
        fill(soh, charts.soh());
        fill(soc, charts.soc());
        fill(temperature, charts.temperature());
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
        c.setAnimated(false);
        c.getStyleClass().add("whatif-chart");
        c.setMinSize(220, 200);
        c.setPrefSize(400, 300);
        return c;
    }
}
