package org.evtwin.app;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.stage.Stage;
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
import org.evtwin.app.settings.AppDirectories;
import org.evtwin.app.settings.ThresholdSettings;
import org.evtwin.app.settings.ThresholdsDialog;
import org.evtwin.app.settings.ThresholdsViewModel;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.app.shell.Dialogs;
import org.evtwin.app.shell.ErrorReporter;
import org.evtwin.app.shell.FramePump;
import org.evtwin.app.shell.MainWindow;
import org.evtwin.app.shell.Menus;
import org.evtwin.app.shell.Screenshot;
import org.evtwin.app.shell.StartupTimes;
import org.evtwin.app.shell.StatusLine;
import org.evtwin.app.sources.Scenarios;
import org.evtwin.app.sources.SimulatorControlsView;
import org.evtwin.app.sources.SimulatorControlsViewModel;
import org.evtwin.app.whatif.WhatIfView;
import org.evtwin.app.whatif.WhatIfViewModel;
import org.evtwin.core.alerts.ActiveAlerts;
import org.evtwin.core.alerts.AlertEngine;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.engine.TwinEngine;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.sim.fault.Fault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition root: builds the core services once (pack, engine, alert engine), hands them to the view models, and
 * wires the views into the main window. Views never construct services.
 */
public final class WorkstationApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationApp.class);
    /** What a started window consists of, for the end-to-end UI tests (same package). */
    record Handles(Scene scene, Pack3DView packView, Pack3DViewModel packVm, WhatIfViewModel whatIfVm,
            SimulatorControlsViewModel simVm, TwinEngine engine, AlertEngine alertEngine) {
    }

    /** The most recently started window (tests only). */
    static volatile Handles started;
    private TwinEngine engine;
    private Runnable onClose = () -> { };

    @Override
    public void start(Stage stage) {
        long enteredMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        StartupTimes times = new StartupTimes();
        times.mark("JavaFX ready");
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        ErrorReporter errors = new ErrorReporter(stage, options.screenshot() == null);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        AppDirectories dirs = AppDirectories.forCurrentUser();
        UserSettings settings = new UserSettings(dirs.config());
        PackTopology topology = Catalog.pack(options.pack());
        times.mark("settings+pack");
        DriveCycleLibrary profiles = new DriveCycleLibrary();
        String scenarioText = settings.get("scenario.text", Scenarios.DAY);
        Experiment scenario = parseOrDefault(scenarioText, profiles);
        double speed = options.speedGiven() ? options.speed() : settings.getDouble("speed", options.speed());

        AlertThresholds defaultThresholds = AlertThresholds.defaults(topology.cell().limits());
        AlertThresholds thresholds = ThresholdSettings.load(settings, defaultThresholds);
        AlertEngine alertEngine = new AlertEngine(thresholds, topology.cellCount());
        engine = new TwinEngine(() -> new PackModel(topology, 25.0, 0.9), scenario,
                SimulationSettings.defaults().withOutputInterval(0.5), speed, e -> {
                    errors.report("The simulation stopped", e);
                    if (options.screenshot() != null) {
                        System.exit(1);
                    }
                });
        engine.addFrameListener(alertEngine);

        times.mark("engine");
        Pack3DViewModel packVm = new Pack3DViewModel(topology);
        packVm.setColourBy(ColourBy.valueOf(settings.get("colourBy", ColourBy.TEMPERATURE.name())));
        Pack3DView packView = new Pack3DView(packVm);
        times.mark("3D view");
        GaugesViewModel gaugesVm = new GaugesViewModel(thresholds);
        double packMaxA = topology.cell().limits().maxDischargeCRate() * topology.capacityAh();
        double packMaxV = topology.cell().limits().maxVoltageV() * topology.seriesGroups();
        GaugesView gauges = new GaugesView(gaugesVm, packMaxA, packMaxV, packMaxA * packMaxV / 1000);
        times.mark("gauges");
        CellDetailViewModel cellVm = new CellDetailViewModel(topology);
        HistoryViewModel historyVm = new HistoryViewModel();
        HistoryView history = new HistoryView(historyVm);
        history.setSeriesGroups(topology.seriesGroups());
        SimulatorControlsViewModel simVm = new SimulatorControlsViewModel(port(engine), topology, profiles.names(),
                scenarioText, speed);
        simVm.ambientProperty().set(settings.getDouble("ambientC", 25.0));
        AlertsViewModel alertsVm = new AlertsViewModel(alertEngine::active);
        alertEngine.addListener(alertsVm);
        WhatIfViewModel whatIfVm = new WhatIfViewModel(topology, engine::fork);

        packVm.selectedCellProperty().addListener((o, a, cell) -> {
            simVm.pickedCellProperty().set(cell.intValue());
            cellVm.cellProperty().set(cell.intValue());
            historyVm.selectedCellProperty().set(cell.intValue());
            whatIfVm.pickedCellProperty().set(cell.intValue());
        });

        times.mark("other views");
        StatusLine status = new StatusLine(engine);
        ReadOnlyStringWrapper alertSummary = new ReadOnlyStringWrapper("No alerts");
        Scene scene = new Scene(new javafx.scene.layout.Pane(), settings.getDouble("window.width", 1440),
                settings.getDouble("window.height", 900));
        MainWindow window = new MainWindow(new MainWindow.Parts(
                Menus.build(new Menus.Actions(() -> Screenshot.saveInteractive(scene, stage, dirs), stage::close,
                        packView::resetView, () -> Dialogs.about(stage, topology), () -> Dialogs.shortcuts(stage),
                        () -> ThresholdsDialog.edit(stage, new ThresholdsViewModel(alertEngine.thresholds(),
                                defaultThresholds)).ifPresent(t -> {
                                    alertEngine.setThresholds(t);
                                    gaugesVm.setThresholds(t);
                                    gauges.refreshBands();
                                    ThresholdSettings.store(settings, t);
                                    settings.save();
                                })),
                        simVm, packVm),
                new SimulatorControlsView(simVm).root(), packView.root(), gauges.root(),
                new CellDetailView(cellVm).root(), history.root(), new AlertsView(alertsVm).root(),
                new WhatIfView(whatIfVm).root(), status.textProperty(), alertSummary.getReadOnlyProperty()),
                settings);
        scene.setRoot(window.root());
        scene.getStylesheets().add(getClass().getResource("workstation.css").toExternalForm());
        stage.setTitle("EV Battery Twin — " + topology.name() + " (" + topology.configuration() + ", "
                + topology.cellCount() + " cells)");
        stage.setScene(scene);
        restoreWindow(stage, settings);
        times.mark("window laid out");

        AtomicReference<Double> resistance = new AtomicReference<>(Double.NaN);
        long[] lastProbe = {0};
        long[] alertVersion = {-1};
        FramePump pump = new FramePump(engine.latest())
                .onFrame(f -> times.firstFrame())
                .onFrame(packVm::apply).onFrame(historyVm::apply)
                .onFrame(f -> {
                    gaugesVm.apply(f);
                    gauges.update();   // tiles redraw only when a new frame arrived, not every pulse
                })
                .onFrame(f -> {
                    cellVm.setResistanceOhm(resistance.get());
                    cellVm.apply(f);
                })
                .onPulse(now -> {
                    packView.update();
                    history.update(now);
                    alertsVm.drainOnPulse(now);
                    status.update();
                    ActiveAlerts active = alertEngine.active();
                    if (active.version() != alertVersion[0]) {
                        alertVersion[0] = active.version();
                        packVm.setAlarmCells(active.cellsInAlarm());
                        alertSummary.set(active.count() == 0 ? "No alerts" : String.format(Locale.ROOT,
                                "Alerts: %d active (%d critical)", active.count(),
                                active.count(org.evtwin.core.alerts.Severity.CRITICAL)));
                    }
                    int cell = packVm.getSelectedCell();
                    if (cell >= 0 && now - lastProbe[0] > 500_000_000L) {
                        lastProbe[0] = now;
                        engine.submit(m -> resistance.set(m.r0Ohm(cell)));
                    }
                });
        onClose = () -> {
            whatIfVm.close();
            window.saveLayout(settings);
            settings.put("window.width", scene.getWidth());
            settings.put("window.height", scene.getHeight());
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.maximized", stage.isMaximized());
            settings.put("speed", simVm.speedProperty().get());
            settings.put("ambientC", simVm.ambientProperty().get());
            settings.put("colourBy", packVm.getColourBy().name());
            settings.put("scenario.text", simVm.experimentTextProperty().get());
            settings.save();
        };
        stage.show();
        times.mark("shown");
        started = new Handles(scene, packView, packVm, whatIfVm, simVm, engine, alertEngine);
        engine.start();
        pump.start();
        whatIfVm.start();
        if (options.screenshot() != null) {
            Screenshot.afterFrames(pump, scene, options.screenshot(), options.frames());
        }
        LOG.info("workstation started: pack {} ({} cells), 3D {}; JavaFX ready after {} ms, window shown after {} ms"
                + " of JVM uptime", topology.name(), topology.cellCount(), packView.is3D() ? "on" : "off (2D heat map)",
                enteredMs, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static Experiment parseOrDefault(String text, DriveCycleLibrary profiles) {
        try {
            return Experiment.parse(text, profiles.names());
        } catch (RuntimeException e) {
            LOG.warn("remembered scenario does not parse any more ({}); using the default day", e.getMessage());
            return Experiment.parse(Scenarios.DAY, profiles.names());
        }
    }

    private static void restoreWindow(Stage stage, UserSettings settings) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
    }

    private static org.evtwin.app.sources.SimulatorPort port(TwinEngine engine) {
        return new org.evtwin.app.sources.SimulatorPort() {
            @Override
            public void setPaused(boolean paused) {
                engine.setPaused(paused);
            }

            @Override
            public void stepOnce() {
                engine.stepOnce();
            }

            @Override
            public void setSpeed(double s) {
                engine.setSpeed(s);
            }

            @Override
            public void reset() {
                engine.reset();
            }

            @Override
            public void setScenario(Experiment experiment) {
                engine.setScenario(experiment);
            }

            @Override
            public void setAmbientC(double celsius) {
                engine.setAmbientC(celsius);
            }

            @Override
            public void inject(Fault fault) {
                engine.inject(fault);
            }
        };
    }

    @Override
    public void stop() {
        onClose.run();
        if (engine != null) {
            engine.close();
        }
        Platform.exit();
    }
}
