package org.evtwin.app.history;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Four small scrolling charts (voltage, current, SoC, temperature), each with the pack (or hottest cell) and the
 * selected cell. Charts are redrawn from the buffers at most {@link #MAX_REDRAWS_PER_SECOND} times per second, with
 * at most {@link #MAX_POINTS} points per series (decimated by striding), animation off.
 */
public final class HistoryView {
    static final int MAX_REDRAWS_PER_SECOND = 4;
    static final int MAX_POINTS = 400;
    private final GridPane root = new GridPane();
    private final HistoryViewModel model;
    private final List<Pane> panes = new ArrayList<>();
    private long lastRedrawNanos;
    private long drawnRevision = -1;

    private record Pane(LineChart<Number, Number> chart, Signal packSignal, Signal cellSignal,
            XYChart.Series<Number, Number> pack, XYChart.Series<Number, Number> cell) {
    }

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        add(Signal.PACK_VOLTAGE, Signal.CELL_VOLTAGE, "Voltage", 0, 0, true);
        add(Signal.PACK_CURRENT, Signal.CELL_CURRENT, "Current (+ discharge)", 1, 0, false);
        add(Signal.PACK_SOC, Signal.CELL_SOC, "SoC", 0, 1, false);
        add(Signal.MAX_TEMPERATURE, Signal.CELL_TEMPERATURE, "Temperature", 1, 1, false);
        root.setHgap(4);
        root.setVgap(4);
        root.setId("history");
    }

    private void add(Signal packSignal, Signal cellSignal, String title, int col, int row, boolean twoAxes) {
        NumberAxis x = new NumberAxis();
        x.setLabel("time [min]");
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        NumberAxis y = new NumberAxis();
        y.setLabel(packSignal.unit());
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setTitle(title + " [" + packSignal.unit() + "]");
        chart.setLegendVisible(true);
        chart.setMinHeight(140);
        chart.setPrefHeight(180);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        XYChart.Series<Number, Number> pack = new XYChart.Series<>();
        pack.setName(twoAxes ? "pack ÷ series groups" : packSignal == Signal.MAX_TEMPERATURE ? "hottest cell" : "pack");
        XYChart.Series<Number, Number> cell = new XYChart.Series<>();
        cell.setName("selected cell");
        chart.getData().add(pack);
        chart.getData().add(cell);
        GridPane.setHgrow(chart, Priority.ALWAYS);
        GridPane.setVgrow(chart, Priority.ALWAYS);
        root.add(chart, col, row);
        panes.add(new Pane(chart, packSignal, cellSignal, pack, cell));
    }

    private int seriesGroups = 1;

    /** Pack voltage is shown per series group so it shares an axis with the cell voltage. */
    public void setSeriesGroups(int groups) {
        seriesGroups = Math.max(1, groups);
    }

    public Node root() {
        return root;
    }

    /** Called once per pulse; redraws only when new points arrived and the redraw budget allows. */
    public void update(long nowNanos) {
        long revision = model.revisionProperty().get();
        if (revision == drawnRevision || nowNanos - lastRedrawNanos < 1_000_000_000L / MAX_REDRAWS_PER_SECOND) {
            return;
        }
        lastRedrawNanos = nowNanos;
        drawnRevision = revision;
        for (Pane p : panes) {
            double scale = p.packSignal() == Signal.PACK_VOLTAGE ? 1.0 / seriesGroups : 1.0;
            fill(p.pack(), model.buffer(p.packSignal()), scale);
            fill(p.cell(), model.buffer(p.cellSignal()), 1.0);
        }
    }

    private static void fill(XYChart.Series<Number, Number> series, TimeSeriesBuffer buffer, double scale) {
        int n = buffer.size();
        int stride = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(n / stride + 1);
        for (int i = 0; i < n; i += stride) {
            points.add(new XYChart.Data<>(buffer.time(i) / 60.0, buffer.value(i) * scale));
        }
        series.getData().setAll(points);
    }
}
