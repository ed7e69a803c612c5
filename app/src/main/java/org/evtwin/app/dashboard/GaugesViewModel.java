package org.evtwin.app.dashboard;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.evtwin.core.alerts.AlertRule;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.telemetry.PackFrame;

/**
 * The gauge values, in display units, and their bands. No scene classes; {@link #apply} is called once per pulse.
 */
public final class GaugesViewModel {
    private final ReadOnlyDoubleWrapper socPercent = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper sohPercent = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper voltageV = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper currentA = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper powerKw = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper maxTemperatureC = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper minTemperatureC = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper spreadMv = new ReadOnlyDoubleWrapper(Double.NaN);
    private GaugeBands socBands;
    private GaugeBands sohBands;
    private GaugeBands temperatureBands;
    private GaugeBands spreadBands;
    private GaugeBands rulBands;
    private final ReadOnlyDoubleWrapper rulCycles = new ReadOnlyDoubleWrapper(Double.NaN);
    private final javafx.beans.property.ReadOnlyStringWrapper rulNote =
            new javafx.beans.property.ReadOnlyStringWrapper("no prediction yet");

    public GaugesViewModel(AlertThresholds thresholds) {
        setThresholds(thresholds);
    }

    public void apply(PackFrame f) {
        socPercent.set(100 * f.packSoc());
        sohPercent.set(100 * f.meanSoh());
        voltageV.set(f.packVoltageV());
        currentA.set(f.packCurrentA());
        powerKw.set(f.packPowerW() / 1000.0);
        maxTemperatureC.set(f.maxTemperatureC());
        minTemperatureC.set(f.minTemperatureC());
        spreadMv.set(1000 * (f.maxCellVoltageV() - f.minCellVoltageV()));
    }

    public ReadOnlyDoubleProperty socPercentProperty() {
        return socPercent.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty sohPercentProperty() {
        return sohPercent.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty voltageProperty() {
        return voltageV.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty currentProperty() {
        return currentA.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty powerKwProperty() {
        return powerKw.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty maxTemperatureProperty() {
        return maxTemperatureC.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty minTemperatureProperty() {
        return minTemperatureC.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty spreadMvProperty() {
        return spreadMv.getReadOnlyProperty();
    }

    public GaugeBands socBands() {
        return socBands;
    }

    public GaugeBands sohBands() {
        return sohBands;
    }

    public GaugeBands temperatureBands() {
        return temperatureBands;
    }

    public GaugeBands spreadBands() {
        return spreadBands;
    }

    /**
     * The pack's remaining useful life [cycles] (NaN when the model gives no number) and a note under it: the
     * interval, or why there is no number.
     */
    public void setRul(double cycles, String note) {
        rulCycles.set(cycles);
        rulNote.set(note);
    }

    public ReadOnlyDoubleProperty rulCyclesProperty() {
        return rulCycles.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty rulNoteProperty() {
        return rulNote.getReadOnlyProperty();
    }

    public GaugeBands rulBands() {
        return rulBands;
    }

    /** Takes the bands from the alert thresholds (the same numbers the alert engine uses). */
    public void setThresholds(AlertThresholds thresholds) {
        socBands = GaugeBands.of(thresholds, AlertRule.PACK_SOC);
        sohBands = GaugeBands.of(thresholds, AlertRule.CELL_SOH);
        temperatureBands = GaugeBands.of(thresholds, AlertRule.CELL_TEMPERATURE);
        spreadBands = GaugeBands.of(thresholds, AlertRule.VOLTAGE_SPREAD);
        rulBands = GaugeBands.of(thresholds, AlertRule.RUL);
    }
}
