package org.evtwin.app.dashboard;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.TilePane;
import javafx.scene.paint.Color;
import org.evtwin.core.alerts.Severity;

/**
 * TilesFX gauges for the pack. Animation is off (live data: TilesFX drops values that arrive faster than its
 * animation), values are pushed once per pulse in {@link #update()}, and band colours follow the engineers'
 * convention: green OK, orange warning, red critical.
 */
public final class GaugesView {
    static final Color OK = Color.web("#2e9d4b");
    static final Color WARNING = Color.web("#e69500");
    static final Color CRITICAL = Color.web("#d32f2f");
    /** Tile edge [px]: three columns fit beside the 3D view on a 1440 px wide window. */
    static final double TILE = 132;
    private final TilePane root = new TilePane(6, 6);
    private final GaugesViewModel model;
    private final List<Binding> bindings = new ArrayList<>();
    /** Title of the remaining-useful-life tile. */
    static final String RUL_TITLE = "Remaining useful life";
    private final Tile rulTile;

    /** A tile, its value, and where its bands come from (null for tiles without bands). */
    private record Binding(Tile tile, ReadOnlyDoubleProperty value, Supplier<GaugeBands> bandSource) {
        GaugeBands bands() {
            return bandSource == null ? null : bandSource.get();
        }
    }

    public GaugesView(GaugesViewModel model, double maxCurrentA, double maxVoltageV, double maxPowerKw) {
        this.model = model;
        root.setPrefColumns(3);
        root.setPrefTileWidth(TILE);
        root.setPrefTileHeight(TILE);
        root.setId("gauges");
        add(gauge("Pack SoC", "%", 0, 100, model.socBands()), model.socPercentProperty(), model::socBands);
        add(gauge("State of health", "%", 60, 100, model.sohBands()), model.sohPercentProperty(), model::sohBands);
        add(gauge("Hottest cell", "°C", 0, 80, model.temperatureBands()), model.maxTemperatureProperty(),
                model::temperatureBands);
        add(gauge("Coolest cell", "°C", 0, 80, model.temperatureBands()), model.minTemperatureProperty(),
                model::temperatureBands);
        add(number("Pack voltage", "V", 1, 0, maxVoltageV), model.voltageProperty(), null);
        add(number("Pack current (+ discharge)", "A", 1, -maxCurrentA, maxCurrentA), model.currentProperty(), null);
        add(number("Pack power", "kW", 2, -maxPowerKw, maxPowerKw), model.powerKwProperty(), null);
        add(number("Cell voltage spread", "mV", 1, 0, 300), model.spreadMvProperty(), model::spreadBands);
        rulTile = number(RUL_TITLE, "cycles", 0, 0, 5000);
        rulTile.setTextVisible(true);
        // the reason shown instead of a number is read, not decoration: its label would otherwise take Modena's dark
        // text colour (meant for light backgrounds) on the dark tile, see workstation.css
        rulTile.getStyleClass().add("rul-tile");
        add(rulTile, model.rulCyclesProperty(), model::rulBands);
    }

    private void add(Tile tile, ReadOnlyDoubleProperty value, Supplier<GaugeBands> bands) {
        bindings.add(new Binding(tile, value, bands));
        root.getChildren().add(tile);
    }

    private static Tile gauge(String title, String unit, double min, double max, GaugeBands b) {
        return TileBuilder.create().skinType(Tile.SkinType.GAUGE).prefSize(TILE, TILE).title(title).unit(unit)
                .minValue(min).maxValue(max).decimals(1).animated(false).sectionsVisible(true)
                .sections(sections(min, max, b)).textSize(Tile.TextSize.BIGGER).build();
    }

    private static Tile number(String title, String unit, int decimals, double min, double max) {
        return TileBuilder.create().skinType(Tile.SkinType.NUMBER).prefSize(TILE, TILE).title(title).unit(unit)
                .minValue(min).maxValue(max).decimals(decimals).animated(false).textSize(Tile.TextSize.BIGGER)
                .build();
    }

    private static Section[] sections(double min, double max, GaugeBands b) {
        if (b.lowIsBad()) {
            return new Section[] {new Section(min, b.critical(), CRITICAL), new Section(b.critical(), b.warning(),
                    WARNING), new Section(b.warning(), max, OK)};
        }
        return new Section[] {new Section(min, b.warning(), OK), new Section(b.warning(), b.critical(), WARNING),
            new Section(b.critical(), max, CRITICAL)};
    }

    /** Redraws the coloured bands after the thresholds changed ({@link GaugesViewModel#setThresholds}). */
    public void refreshBands() {
        for (Binding b : bindings) {
            GaugeBands bands = b.bands();
            if (bands != null && b.tile().getSkinType() == Tile.SkinType.GAUGE) {
                b.tile().setSections(sections(b.tile().getMinValue(), b.tile().getMaxValue(), bands));
            }
        }
        update();
    }

    public Node root() {
        return root;
    }

    /** Pushes the view model's values into the tiles (FX thread, once per pulse). */
    public void update() {
        boolean rulNumber = !Double.isNaN(model.rulCyclesProperty().get());
        rulTile.setValueVisible(rulNumber);
        rulTile.setUnit(rulNumber ? "cycles" : "");
        rulTile.setDescription(rulNumber ? "" : model.rulNoteProperty().get());   // why there is no number, large
        rulTile.setText(rulNumber ? model.rulNoteProperty().get() : "");          // the interval, small
        for (Binding b : bindings) {
            double v = b.value().get();
            if (Double.isNaN(v)) {
                continue;
            }
            b.tile().setValue(v);
            if (b.bands() != null) {
                Severity severity = b.bands().severity(v);
                b.tile().setValueColor(severity == Severity.CRITICAL ? CRITICAL
                        : severity == Severity.WARNING ? WARNING : Tile.FOREGROUND);
            }
        }
    }

    /** Severity shown by the gauge with this title (null for gauges without bands). */
    public Severity severityOf(String title) {
        for (Binding b : bindings) {
            if (b.tile().getTitle().equals(title) && b.bands() != null) {
                return b.bands().severity(b.value().get());
            }
        }
        return null;
    }
}
