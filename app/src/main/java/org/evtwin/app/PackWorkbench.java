package org.evtwin.app;

import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evtwin.app.alerts.AlertsView;
import org.evtwin.app.alerts.AlertsViewModel;
import org.evtwin.app.cell.CellDetailView;
import org.evtwin.app.cell.CellDetailViewModel;
import org.evtwin.app.dashboard.GaugesView;
import org.evtwin.app.dashboard.GaugesViewModel;
import org.evtwin.app.history.HistoryView;
import org.evtwin.app.history.HistoryViewModel;
import org.evtwin.app.pack3d.ColourBy;
import org.evtwin.app.pack3d.Pack3DView;
import org.evtwin.app.pack3d.Pack3DViewModel;
import org.evtwin.app.shell.MainWindow;
import org.evtwin.core.alerts.ActiveAlerts;
import org.evtwin.core.alerts.AlertEngine;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.alerts.Severity;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Everything that is built for one pack topology: the 3D pack, gauges, the picked cell's details, the charts, the
 * alert engine and its list. The workstation builds one for the simulator's pack and a new one when a source with
 * another topology takes over (a replayed single cell, a live vehicle's pack). Frames are applied on the FX thread
 * by the frame pump; a frame of another topology (the previous source's last one) is ignored.
 */
final class PackWorkbench {
    private final PackTopology topology;
    private final AlertEngine alertEngine;
    private final Pack3DViewModel packVm;
    private final Pack3DView packView;
    private final GaugesViewModel gaugesVm;
    private final CellDetailViewModel cellVm;
    private final HistoryViewModel historyVm;
    private final AlertsViewModel alertsVm;
    /** Built on first use ({@link #parts()}): at start-up only the 3D view is needed for the first frame. */
    private GaugesView gauges;
    private HistoryView history;
    private MainWindow.PackParts parts;
    private final ReadOnlyStringWrapper alertSummary = new ReadOnlyStringWrapper("No alerts");
    private long alertVersion = -1;
    private double resistanceOhm = Double.NaN;

    /**
     * @param thresholds alert levels, with the voltage limits of this topology's cell
     * @param colourBy the window-wide colour-by choice (menus, remembered), bound both ways
     * @param exploded the window-wide exploded-view choice, bound both ways
     * @param onPick   told the picked cell index (simulator fault target, what-if cell)
     */
    PackWorkbench(PackTopology topology, AlertThresholds thresholds, ObjectProperty<ColourBy> colourBy,
            BooleanProperty exploded, IntConsumer onPick) {
        this.topology = topology;
        this.alertEngine = new AlertEngine(thresholds, topology.cellCount());
        packVm = new Pack3DViewModel(topology);
        packVm.colourByProperty().bindBidirectional(colourBy);
        packVm.explodedProperty().bindBidirectional(exploded);
        packView = new Pack3DView(packVm);
        gaugesVm = new GaugesViewModel(alertEngine.thresholds());
        cellVm = new CellDetailViewModel(topology);
        historyVm = new HistoryViewModel();
        alertsVm = new AlertsViewModel(alertEngine::active);
        alertEngine.addListener(alertsVm);
        packVm.selectedCellProperty().addListener((o, a, cell) -> {
            cellVm.cellProperty().set(cell.intValue());
            historyVm.selectedCellProperty().set(cell.intValue());
            onPick.accept(cell.intValue());
        });
    }

    PackTopology topology() {
        return topology;
    }

    AlertEngine alertEngine() {
        return alertEngine;
    }

    Pack3DViewModel packVm() {
        return packVm;
    }

    Pack3DView packView() {
        return packView;
    }

    /** The views of this pack; all but the 3D view are built on the first call (FX thread). */
    MainWindow.PackParts parts() {
        if (parts == null) {
            double packMaxA = topology.cell().limits().maxDischargeCRate() * topology.capacityAh();
            double packMaxV = topology.cell().limits().maxVoltageV() * topology.seriesGroups();
            gauges = new GaugesView(gaugesVm, packMaxA, packMaxV, packMaxA * packMaxV / 1000);
            gauges.update();
            history = new HistoryView(historyVm);
            history.setSeriesGroups(topology.seriesGroups());
            parts = new MainWindow.PackParts(packView.root(), gauges.root(), new CellDetailView(cellVm).root(),
                    history.root(), new AlertsView(alertsVm).root());
        }
        return parts;
    }

    /** The 3D view alone, with empty panes for the rest: what the first frame needs ({@link #parts()} follows). */
    MainWindow.PackParts packOnly() {
        return new MainWindow.PackParts(packView.root(), new javafx.scene.layout.Pane(),
                new javafx.scene.layout.Pane(), new javafx.scene.layout.Pane(), new javafx.scene.layout.Pane());
    }

    ReadOnlyStringProperty alertSummaryProperty() {
        return alertSummary.getReadOnlyProperty();
    }

    /** Same pack shape as the frame (cells): a frame from another topology is not for this workbench. */
    boolean fits(PackFrame f) {
        return f.cellCount() == topology.cellCount();
    }

    /** Alert evaluation on the source's thread; frames of another topology are skipped. */
    void evaluate(PackFrame f) {
        if (fits(f)) {
            alertEngine.evaluate(f);
        }
    }

    /** A new frame, on the FX thread, at most once per pulse. */
    void apply(PackFrame f) {
        if (!fits(f)) {
            return;
        }
        packVm.apply(f);
        historyVm.apply(f);
        gaugesVm.apply(f);
        if (gauges != null) {
            gauges.update();   // tiles redraw only when a new frame arrived, not every pulse
        }
        cellVm.setResistanceOhm(resistanceOhm);
        cellVm.apply(f);
    }

    /** The picked cell's ohmic resistance [Ω] from the model (NaN when the source has no model to ask). */
    void setResistanceOhm(double ohm) {
        resistanceOhm = ohm;
    }

    /** The pack's RUL for the gauge [cycles] (NaN: no number) with its note, and the picked cell's RUL line. */
    void setRul(double cycles, String note, String cellLine) {
        gaugesVm.setRul(cycles, note);
        cellVm.setRulLine(cellLine);
    }

    /** Per-cell residual, measured − model [V] (NaN where not measured), or null when the source has none. */
    void applyResidual(double[] residualV) {
        if (residualV == null || residualV.length != topology.cellCount()) {
            packVm.clearResidual();
        } else {
            packVm.applyResidual(residualV);
        }
    }

    /** Every pulse, on the FX thread. */
    void pulse(long now) {
        packView.update();
        if (history != null) {
            history.update(now);
        }
        alertsVm.drainOnPulse(now);
        ActiveAlerts active = alertEngine.active();
        if (active.version() != alertVersion) {
            alertVersion = active.version();
            packVm.setAlarmCells(active.cellsInAlarm());
            alertSummary.set(active.count() == 0 ? "No alerts" : String.format(Locale.ROOT,
                    "Alerts: %d active (%d critical)", active.count(), active.count(Severity.CRITICAL)));
        }
    }

    /** New thresholds (from the settings dialog): alerts and gauge bands. */
    void setThresholds(AlertThresholds thresholds) {
        alertEngine.setThresholds(thresholds);
        gaugesVm.setThresholds(thresholds);
        if (gauges != null) {
            gauges.refreshBands();
        }
    }
}
