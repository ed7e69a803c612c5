package org.evtwin.app.cell;

import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Details of the picked cell: where it is (module, group), and its voltage, current, temperature, SoC, SoH and
 * resistance, each with its unit. The resistance comes from the model (R0 as last looked up at the cell's SoC and
 * temperature, including spread, ageing and faults), delivered by the engine via {@link #setResistanceOhm}.
 */
public final class CellDetailViewModel {
    private final PackTopology topology;
    private final IntegerProperty cell = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No cell picked");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper("Click a cell in the 3D view.");
    private double resistanceOhm = Double.NaN;
    private String rulLine = "";

    public CellDetailViewModel(PackTopology topology) {
        this.topology = topology;
        cell.addListener((o, a, b) -> resistanceOhm = Double.NaN);
    }

    public IntegerProperty cellProperty() {
        return cell;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    public void setResistanceOhm(double ohm) {
        resistanceOhm = ohm;
    }

    /** The picked cell's remaining-useful-life line (from the RUL monitor), shown under the measurements. */
    public void setRulLine(String line) {
        rulLine = line == null ? "" : line;
    }

    public void apply(PackFrame f) {
        int i = cell.get();
        if (i < 0 || i >= f.cellCount()) {
            title.set("No cell picked");
            body.set("Click a cell in the 3D view.");
            return;
        }
        int group = i / topology.parallel();
        int module = i / topology.cellsPerModule();
        title.set(String.format(Locale.ROOT, "Cell %d — module %d, series group %d, position %d of %d in parallel",
                i, module, group, i % topology.parallel() + 1, topology.parallel()));
        body.set(String.format(Locale.ROOT,
                "Voltage %.3f V    Current %.2f A (+ discharge)%nTemperature %.1f °C    SoC %.1f %%    SoH %.2f %%%n"
                        + "R0 %s",
                f.cellVoltageV()[i], f.cellCurrentA()[i], f.cellTemperatureC()[i], 100 * f.cellSoc()[i],
                100 * f.cellSoh()[i], Double.isNaN(resistanceOhm) ? "—" : String.format(Locale.ROOT, "%.2f mΩ",
                        1000 * resistanceOhm)) + (rulLine.isEmpty() ? "" : "\n" + rulLine));
    }
}
