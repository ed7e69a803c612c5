package org.evtwin.app.pack3d;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/**
 * The colour legend: title with unit, a gradient bar of the current palette, the minimum, middle and maximum with
 * their unit, a note when there is nothing to show (e.g. "no measurement to compare"), and the alarm count. Bound to
 * the view model; changes only when the legend's properties change, not per frame.
 */
final class LegendView {
    static final double BAR_WIDTH = 240;
    private final Pack3DViewModel vm;
    private final Label title = new Label();
    private final Rectangle bar = new Rectangle(BAR_WIDTH, 14);
    private final Label min = new Label();
    private final Label mid = new Label();
    private final Label max = new Label();
    private final Label note = new Label();
    private final Label alarms = new Label();
    private final VBox box;

    LegendView(Pack3DViewModel vm) {
        this.vm = vm;
        title.getStyleClass().add("legend-title");
        min.getStyleClass().add("legend-tick");
        mid.getStyleClass().add("legend-tick");
        max.getStyleClass().add("legend-tick");
        note.getStyleClass().add("legend-note");
        alarms.getStyleClass().add("legend-alarm");
        bar.setStroke(Color.gray(0.85));
        bar.setStrokeWidth(0.75);
        BorderPane ticks = new BorderPane();
        ticks.setLeft(min);
        ticks.setCenter(mid);
        ticks.setRight(max);
        ticks.setMaxWidth(BAR_WIDTH);
        box = new VBox(4, title, bar, ticks, note, alarms);
        box.getStyleClass().add("pack3d-legend");
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setPickOnBounds(false);
        InvalidationListener refresh = o -> refresh();
        vm.legendTitleProperty().addListener(refresh);
        vm.legendUnitProperty().addListener(refresh);
        vm.legendMinProperty().addListener(refresh);
        vm.legendMaxProperty().addListener(refresh);
        vm.legendNoteProperty().addListener(refresh);
        vm.colourByProperty().addListener((obs, old, now) -> refresh());
        vm.alarmCountProperty().addListener(refresh);
        refresh();
    }

    Region node() {
        return box;
    }

    /** The texts shown, joined (title, ticks, note, alarms): what a test or screen reader reads. */
    String text() {
        return String.join(" | ", title.getText(), min.getText(), mid.getText(), max.getText(), note.getText(),
                alarms.getText());
    }

    private void refresh() {
        ColourBy by = vm.getColourBy();
        String unit = vm.legendUnitProperty().get();
        title.setText(vm.legendTitleProperty().get() + " [" + unit + "]");
        double lo = vm.legendMinProperty().get();
        double hi = vm.legendMaxProperty().get();
        boolean ranged = !Double.isNaN(lo) && !Double.isNaN(hi);
        Palette palette = Palette.of(by);
        if (ranged) {
            List<Stop> stops = new ArrayList<>();
            for (int k = 0; k <= 16; k++) {
                int c = palette.argbAt(k / 16.0);
                stops.add(new Stop(k / 16.0, Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF)));
            }
            bar.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        } else {
            int c = Palette.NO_DATA_ARGB;
            bar.setFill(Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
        }
        int decimals = decimals(hi - lo);
        min.setText(ranged ? tick(lo, decimals, unit) : "");
        mid.setText(ranged ? tick((lo + hi) / 2, decimals, unit) : "");
        max.setText(ranged ? tick(hi, decimals, unit) : "");
        String n = vm.legendNoteProperty().get();
        note.setText(n);
        note.setVisible(!n.isEmpty());
        note.setManaged(!n.isEmpty());
        int count = vm.alarmCountProperty().get();
        alarms.setText(count == 0 ? "" : "⚠ " + count + (count == 1 ? " cell" : " cells") + " in alarm (red frame)");
        alarms.setVisible(count > 0);
        alarms.setManaged(count > 0);
    }

    /** Enough decimals that the three ticks differ: a span of 100 needs none, of 1.5 (volts) two. */
    static int decimals(double span) {
        if (!(span > 0)) {
            return 0;
        }
        double half = span / 2;
        int d = 0;
        while (d < 4 && Math.abs(half * Math.pow(10, d) - Math.rint(half * Math.pow(10, d))) > 1e-9) {
            d++;
        }
        return d;
    }

    private static String tick(double v, int decimals, String unit) {
        return String.format(Locale.ROOT, "%." + decimals + "f %s", v == 0 ? 0.0 : v, unit);
    }
}
