package org.evtwin.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
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
import org.evtwin.app.shell.FirstFrameWatch;
import org.evtwin.app.shell.FramePump;
import org.evtwin.app.shell.MainWindow;
import org.evtwin.app.shell.Menus;
import org.evtwin.app.shell.Screenshot;
import org.evtwin.app.shell.StartupTimes;
import org.evtwin.app.shell.StatusLine;
import org.evtwin.app.shell.WindowPlacement;
import org.evtwin.app.sources.EnginePort;
import org.evtwin.app.sources.Scenarios;
import org.evtwin.app.sources.SimulatorControlsView;
import org.evtwin.app.sources.SimulatorControlsViewModel;
import org.evtwin.app.sources.SourceHost;
import org.evtwin.app.whatif.WhatIfView;
import org.evtwin.app.whatif.WhatIfViewModel;
import org.evtwin.core.alerts.AlertEngine;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.engine.FrameSource;
import org.evtwin.core.engine.SourceSwitch;
import org.evtwin.core.engine.TwinEngine;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.replay.LatestReplayFrame;
import org.evtwin.core.replay.ReplayEngine;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition root: builds the core services once (simulator engine, source switch), hands them to the view models,
 * and wires the views into the main window. Views never construct services. The per-pack views live in a
 * {@link PackWorkbench}, rebuilt when a source with another pack takes over ({@link SourceHost#use}).
 */
public final class WorkstationApp extends Application implements SourceHost {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationApp.class);
    /** What a started window consists of, for the end-to-end UI tests (same package). */
    record Handles(Scene scene, Pack3DView packView, Pack3DViewModel packVm, WhatIfViewModel whatIfVm,
            SimulatorControlsViewModel simVm, TwinEngine engine, AlertEngine alertEngine, WorkstationApp app) {
    }

    /** The most recently started window (tests only). */
    static volatile Handles started;
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(ColourBy.TEMPERATURE);
    private final BooleanProperty exploded = new SimpleBooleanProperty(false);
    private TwinEngine engine;
    private SourceSwitch sources;
    private volatile PackWorkbench workbench;
    private PackTopology simulatorPack;
    private AlertThresholds thresholds;
    private MainWindow window;
    private Stage stage;
    private SimulatorControlsViewModel simVm;
    private WhatIfViewModel whatIfVm;
    private Runnable onClose = () -> { };
    private long residualSequence = -1;
    private long lastResistanceProbe;
    private volatile double resistanceOhm = Double.NaN;
    private SourcePanels panels;
    final RulWiring rul = new RulWiring(() -> workbench);   // package-private for the UI tests

    @Override
    public void start(Stage primary) {
        stage = primary;
        long enteredMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        StartupTimes times = new StartupTimes();
        times.mark("JavaFX ready");
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        ErrorReporter errors = new ErrorReporter(stage, options.screenshot() == null);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        AppDirectories dirs = AppDirectories.forCurrentUser();
        UserSettings settings = new UserSettings(dirs.config());
        simulatorPack = Preload.pack(options.pack());
        times.mark("settings+pack");
        DriveCycleLibrary profiles = new DriveCycleLibrary();
        String scenarioText = settings.get("scenario.text", Scenarios.DAY);
        Experiment scenario = Scenarios.parseOrDefault(scenarioText, profiles);
        double speed = options.speedGiven() ? options.speed() : settings.getDouble("speed", options.speed());
        AlertThresholds defaultThresholds = AlertThresholds.defaults(simulatorPack.cell().limits());
        thresholds = ThresholdSettings.load(settings, defaultThresholds);
        engine = new TwinEngine(() -> new PackModel(simulatorPack, 25.0, 0.9), scenario,
                SimulationSettings.defaults().withOutputInterval(0.5), speed, e -> {
                    errors.report("The simulation stopped", e);
                    if (options.screenshot() != null) {
                        System.exit(1);
                    }
                });
        sources = new SourceSwitch(engine);
        sources.addFrameListener(f -> {
            workbench.evaluate(f);
            rul.accept(f);
        });
        times.mark("engine");

        colourBy.set(ColourBy.valueOf(settings.get("colourBy", ColourBy.TEMPERATURE.name())));
        simVm = new SimulatorControlsViewModel(new EnginePort(engine), simulatorPack, profiles.names(), scenarioText,
                speed);
        simVm.ambientProperty().set(settings.getDouble("ambientC", 25.0));
        whatIfVm = new WhatIfViewModel(simulatorPack, engine::fork);
        workbench = newWorkbench(simulatorPack, thresholds);
        times.mark("pack views");

        StatusLine status = new StatusLine(sources, engine);
        TabPane sourceTabs = SourcePanels.sourceTabs();
        panels = new SourcePanels(this, stage, settings, errors, engine, simulatorPack, sourceTabs);
        Scene scene = WindowPlacement.newScene(settings);
        window = new MainWindow(new MainWindow.Parts(
                Menus.build(new Menus.Actions(() -> Screenshot.saveInteractive(scene, stage, dirs), stage::close,
                        () -> workbench.packView().resetView(), () -> Dialogs.about(stage,
                                workbench.topology()), () -> Dialogs.shortcuts(stage),
                        () -> ThresholdsDialog.edit(stage, new ThresholdsViewModel(thresholds, defaultThresholds))
                                .ifPresent(t -> {
                                    thresholds = t;
                                    workbench.setThresholds(thresholdsFor(workbench.topology()));
                                    ThresholdSettings.store(settings, t);
                                    settings.save();
                                }),
                        () -> panels.openImport(), () -> window.showDataSets(),
                        () -> rul.showModelCard(stage, errors),
                        () -> rul.showTraining(stage, dirs.data().resolve("models"))),
                        simVm, colourBy, exploded),
                sourceTabs, workbench.packOnly(), this::whatIfContent, panels::dataSetsContent,
                status.textProperty(), workbench.alertSummaryProperty()),
                settings);
        scene.setRoot(window.root());
        scene.getStylesheets().add(getClass().getResource("workstation.css").toExternalForm());
        updateTitle();
        stage.setScene(scene);
        WindowPlacement.restore(stage, settings);
        times.mark("window laid out");

        FramePump pump = new FramePump(sources.latest())
                .onFrame(f -> workbench.apply(f))
                .onPulse(now -> {
                    PackWorkbench w = workbench;
                    w.pulse(now);
                    status.update();
                    pulseSourceExtras(w, now);
                    panels.pulse();
                    rul.pulse(w);
                });
        onClose = () -> {
            whatIfVm.close();
            panels.close();
            rul.close();
            window.saveLayout(settings);
            WindowPlacement.remember(stage, scene, settings);
            settings.put("speed", simVm.speedProperty().get());
            settings.put("ambientC", simVm.ambientProperty().get());
            settings.put("colourBy", colourBy.get().name());
            settings.put("scenario.text", simVm.experimentTextProperty().get());
            settings.save();
        };
        stage.show();
        times.mark("shown");
        engine.start();
        pump.start();
        // The first frame shows the pack alone; the rest of the window is built right after it, then the
        // background work that would compete with the first frame for the CPU starts.
        new FirstFrameWatch(pump, () -> {
            times.firstFrame();
            sourceTabs.getTabs().get(0).setContent(new SimulatorControlsView(simVm).root());
            window.complete(workbench.parts(), workbench.alertSummaryProperty(), settings);
            started = new Handles(scene, workbench.packView(), workbench.packVm(), whatIfVm, simVm, engine,
                    workbench.alertEngine(), this);
            rul.start();
            if (options.screenshot() != null) {
                Screenshot.afterFrames(pump, scene, options.screenshot(), options.frames());
            }
            LOG.info("workstation started: pack {} ({} cells), 3D {}; JavaFX ready after {} ms, window complete"
                    + " after {} ms of JVM uptime", simulatorPack.name(), simulatorPack.cellCount(),
                    workbench.packView().is3D() ? "on" : "off (2D heat map)", enteredMs,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }).start();
    }

    private PackWorkbench newWorkbench(PackTopology topology, AlertThresholds levels) {
        return new PackWorkbench(topology, levels, colourBy, exploded, cell -> {
            if (topology == simulatorPack) {
                simVm.pickedCellProperty().set(cell);
                whatIfVm.pickedCellProperty().set(cell);
            }
        });
    }

    /**
     * The what-if tab, built when first shown: only then is the twin forked and the baseline projected (a fork of
     * the 7,104-cell pack and its projection are work and memory a session without what-if does not need).
     */
    private Node whatIfContent() {
        whatIfVm.start();
        return new WhatIfView(whatIfVm).root();
    }

    /** The user's thresholds, with the voltage levels of another pack's cell when it is not the simulator's. */
    private AlertThresholds thresholdsFor(PackTopology topology) {
        return topology == simulatorPack ? thresholds : thresholds.withCellLimits(topology.cell().limits());
    }

    /** Per pulse: the replay's residual for the residual colouring, the simulator's resistance of the picked cell. */
    private void pulseSourceExtras(PackWorkbench w, long now) {
        FrameSource active = sources.active();
        if (active instanceof ReplayEngine replay) {
            LatestReplayFrame.Stamped r = replay.latestReplay().get();
            if (r != null && r.sequence() != residualSequence) {
                residualSequence = r.sequence();
                w.applyResidual(r.frame().cellVoltageResidualV());
            }
            w.setResistanceOhm(Double.NaN);
        } else if (active == engine) {
            int cell = w.packVm().getSelectedCell();
            if (cell >= 0 && now - lastResistanceProbe > 500_000_000L) {
                lastResistanceProbe = now;
                engine.submit(m -> resistanceOhm = m.r0Ohm(cell));
            }
            w.setResistanceOhm(resistanceOhm);
        } else {
            w.setResistanceOhm(Double.NaN);
        }
    }

    @Override
    public void use(FrameSource source, PackTopology topology) {
        if (topology != workbench.topology()) {
            workbench = newWorkbench(topology, thresholdsFor(topology));
            window.showPack(workbench.parts(), workbench.alertSummaryProperty());
            rul.startFor(topology);
        }
        residualSequence = -1;
        FrameSource previous = sources.switchTo(source);
        if (previous == engine) {
            engine.setPaused(true);
            simVm.pausedProperty().set(true);
        } else if (previous != null && previous != source) {
            SourceCloser.closeInBackground(previous);
        }
        if (source != engine) {
            source.start();
        }
        updateTitle();
        LOG.info("source now {} on pack {} ({} cells)", source.sourceStatus().source(), topology.name(),
                topology.cellCount());
    }

    @Override
    public void useSimulator() {
        use(engine, simulatorPack);
    }

    @Override
    public FrameSource active() {
        return sources.active();
    }

    private void updateTitle() {
        PackTopology t = workbench.topology();
        String source = sources.active() == engine ? "simulator" : sources.active().sourceStatus().source();
        stage.setTitle("EV Battery Twin — " + t.name() + " (" + t.configuration() + ", " + t.cellCount()
                + (t.cellCount() == 1 ? " cell" : " cells") + ") — " + source);
    }

    @Override
    public void stop() {
        onClose.run();
        if (sources != null && sources.active() != engine) {
            sources.active().close();
        }
        if (engine != null) {
            engine.close();
        }
        Platform.exit();
    }
}
