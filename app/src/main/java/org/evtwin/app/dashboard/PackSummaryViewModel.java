package org.evtwin.app.dashboard;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.PackFrame;

/**
 * The pack's headline numbers as text properties, each with its unit. Holds no scene nodes, so it is tested without a
 * window; {@link #apply} is called on the FX thread once per pulse with the newest frame.
 */
public final class PackSummaryViewModel {

    /** One labelled figure. */
    public record Figure(String label, String unit, ReadOnlyStringWrapper value) {
        public ReadOnlyStringProperty valueProperty() {
            return value.getReadOnlyProperty();
        }
    }

    private final Figure time = figure("Simulated time", "h:mm:ss");
    private final Figure voltage = figure("Pack voltage", "V");
    private final Figure current = figure("Pack current (+ discharge)", "A");
    private final Figure power = figure("Pack power", "kW");
    private final Figure soc = figure("Pack SoC", "%");
    private final Figure soh = figure("Mean SoH", "%");
    private final Figure minCell = figure("Lowest cell voltage", "V");
    private final Figure maxCell = figure("Highest cell voltage", "V");
    private final Figure spread = figure("Cell voltage spread", "mV");
    private final Figure maxTemp = figure("Hottest cell", "°C");
    private final Figure minTemp = figure("Coolest cell", "°C");
    private final Figure limit = figure("BMS limit", "");
    private final String packDescription;

    public PackSummaryViewModel(PackTopology topology) {
        packDescription = String.format(Locale.ROOT, "%s — %s, %d cells, %.1f Ah, cell: %s", topology.name(),
                topology.configuration(), topology.cellCount(), topology.capacityAh(), topology.cell().name());
    }

    private static Figure figure(String label, String unit) {
        return new Figure(label, unit, new ReadOnlyStringWrapper("—"));
    }

    public String packDescription() {
        return packDescription;
    }

    public List<Figure> figures() {
        return List.of(time, voltage, current, power, soc, soh, minCell, maxCell, spread, maxTemp, minTemp, limit);
    }

    /** Copies a frame into the properties. */
    public void apply(PackFrame f) {
        long t = Math.round(f.timeS());
        time.value().set(String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, (t / 60) % 60, t % 60));
        voltage.value().set(format("%.1f", f.packVoltageV()));
        current.value().set(format("%.1f", f.packCurrentA()));
        power.value().set(format("%.2f", f.packPowerW() / 1000.0));
        soc.value().set(format("%.1f", 100 * f.packSoc()));
        soh.value().set(format("%.2f", 100 * f.meanSoh()));
        minCell.value().set(format("%.3f", f.minCellVoltageV()));
        maxCell.value().set(format("%.3f", f.maxCellVoltageV()));
        spread.value().set(format("%.1f", 1000 * (f.maxCellVoltageV() - f.minCellVoltageV())));
        maxTemp.value().set(format("%.1f", f.maxTemperatureC()));
        minTemp.value().set(format("%.1f", f.minTemperatureC()));
        limit.value().set("NONE".equals(f.limit()) ? "none" : f.limit().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static String format(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
