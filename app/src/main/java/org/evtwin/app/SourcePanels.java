package org.evtwin.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.evtwin.app.datasets.BackgroundTasks;
import org.evtwin.app.datasets.DataSetsView;
import org.evtwin.app.datasets.DataSetsViewModel;
import org.evtwin.app.datasets.ImportDialog;
import org.evtwin.app.datasets.ImportViewModel;
import org.evtwin.app.datasets.SampleDataBanner;
import org.evtwin.app.datasets.SampleDataOffer;
import org.evtwin.app.live.LiveServices;
import org.evtwin.app.live.LiveSourceView;
import org.evtwin.app.live.LiveSourceViewModel;
import org.evtwin.app.replay.ReplayControlsView;
import org.evtwin.app.replay.ReplayControlsViewModel;
import org.evtwin.app.replay.ReplayModels;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.app.shell.ErrorReporter;
import org.evtwin.app.sources.SourceHost;
import org.evtwin.core.engine.TwinEngine;
import org.evtwin.core.ingest.mqtt.MessageRules;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.replay.ModelSetup;
import org.evtwin.core.replay.ReplayEngine;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DatabaseLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorded-data and live parts of the window: the "Data sets" tab (browser, import, first-start samples), the
 * "Replay" and "Live" source tabs. The store is opened off the FX thread the first time one of these is shown or an
 * import is asked for, not at start-up: H2, Flyway and the migrations cost about 30 MB of resident memory (measured
 * with the 7,104-cell pack, docs/benchmarks.md), which a session that only simulates does not need. Until it is open
 * the tabs say so. Replay and live sources are handed to the window through the {@link SourceHost}.
 */
final class SourcePanels {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePanels.class);
    private static final double REPLAY_START_SPEED = 60;
    private final SourceHost host;
    private final Stage stage;
    private final UserSettings settings;
    private final ErrorReporter errors;
    private final TwinEngine simulator;
    private final PackTopology simulatorPack;
    private final TabPane sourceTabs;
    private final Tab replayTab = new Tab("Replay");
    private final Tab liveTab = new Tab("Live");
    private final StackPane dataSetsPane = new StackPane(new Label("Opening the database…"));
    private DataSetStore store;
    private boolean storeRequested;
    /** The last open failed: only an explicit request (File › Import…) tries again, not every tab switch. */
    private boolean storeFailed;
    /** The window closed: a store that finishes opening afterwards is closed at once. */
    private volatile boolean closed;
    /** File › Import… was asked for before the store was open: the dialog opens once it is. */
    private boolean importPending;
    private BackgroundTasks tasks;
    private DataSetsViewModel dataSetsVm;
    private LiveSourceViewModel liveVm;
    private ReplayEngine replay;
    private ReplayControlsViewModel replayVm;

    SourcePanels(SourceHost host, Stage stage, UserSettings settings, ErrorReporter errors, TwinEngine simulator,
            PackTopology simulatorPack, TabPane sourceTabs) {
        this.host = host;
        this.stage = stage;
        this.settings = settings;
        this.errors = errors;
        this.simulator = simulator;
        this.simulatorPack = simulatorPack;
        this.sourceTabs = sourceTabs;
        replayTab.setId("tab-replay");
        liveTab.setId("tab-live");
        resetReplayTab();
        liveTab.setContent(hint("Opening the database…"));
        sourceTabs.getTabs().addAll(replayTab, liveTab);
        replayTab.selectedProperty().addListener((o, was, is) -> openStoreWhen(is));
        liveTab.selectedProperty().addListener((o, was, is) -> openStoreWhen(is));
    }

    /**
     * The left pane: one tab per kind of source, the simulator's first (its controls come with the rest of the
     * window after the first frame); the Replay and Live tabs are added by the panels.
     */
    static TabPane sourceTabs() {
        Tab sim = new Tab("Simulator");
        sim.setId("tab-simulator");
        TabPane tabs = new TabPane(sim);
        tabs.setId("sources");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private void openStoreWhen(boolean shown) {
        if (shown) {
            openStore();
        }
    }

    /** The content of the "Data sets" tab below the charts, asked for when the tab is first shown: opens the store. */
    Node dataSetsContent() {
        openStore();
        return dataSetsPane;
    }

    /** Opens the store in the background unless that was asked for already; the panels appear when it is ready. */
    private void openStore() {
        if (storeRequested) {
            return;
        }
        storeRequested = true;
        CompletableFuture.supplyAsync(() -> DataSetStore.open(DatabaseLocation.resolve(null)))
                .whenComplete((s, error) -> {
                    if (!closeIfClosed(s)) {
                        Platform.runLater(() -> opened(s, error));
                    }
                });
    }

    private void opened(DataSetStore s, Throwable error) {
        if (closeIfClosed(s)) {
            return;
        }
        if (error != null) {
            errors.report("The database could not be opened; data sets, replay and live recording are unavailable",
                    error);
            dataSetsPane.getChildren().setAll(hint("No database: " + error.getCause()));
            liveTab.setContent(hint("No database: " + error.getCause()));
            importPending = false;
            storeFailed = true;
            return;
        }
        store = s;
        build();
        if (importPending) {
            importPending = false;
            openImport();
        }
    }

    /** After {@link #close}: a store that has just opened is closed instead of used (true then). */
    private boolean closeIfClosed(DataSetStore s) {
        if (closed && s != null) {
            s.close();
        }
        return closed;
    }

    private void build() {
        tasks = BackgroundTasks.forFx("evtwin-datasets");
        dataSetsVm = new DataSetsViewModel(store, tasks);
        SampleDataOffer offer = new SampleDataOffer(store, tasks, settings);
        offer.setOnImported(d -> dataSetsVm.refresh());
        dataSetsVm.setOnImport(this::openImport);
        dataSetsVm.setOnReplay(this::replay);
        dataSetsPane.getChildren().setAll(new BorderPane(new DataSetsView(dataSetsVm).root(),
                new SampleDataBanner(offer).root(), null, null, null));
        dataSetsVm.refresh();
        offer.check();

        liveVm = new LiveSourceViewModel(new LiveServices(simulator, simulatorPack, store, MessageRules.DEFAULTS));
        liveVm.load(settings);
        liveVm.liveSourceProperty().addListener((o, old, live) -> {
            if (live != null) {
                host.use(live, liveVm.onScreenProperty().get().topology());
                if (liveVm.demoBusyProperty().get()) {
                    simulator.setPaused(false);   // the demo publishes the simulator's frames: keep it running
                }
            } else if (host.active() == old) {
                host.useSimulator();
            }
        });
        liveVm.onScreenProperty().addListener((o, a, row) -> {
            if (row != null && liveVm.liveSourceProperty().get() == host.active()) {
                host.use(host.active(), row.topology());
            }
        });
        liveTab.setContent(new LiveSourceView(liveVm).root());
        LOG.info("database open: {}", store);
    }

    /** File › Import data set…: the import dialog (the browser refreshes when an import completes). */
    void openImport() {
        if (store == null) {
            if (storeFailed) {   // asked for explicitly: try again
                storeFailed = false;
                storeRequested = false;
            }
            importPending = true;
            openStore();
            return;
        }
        ImportViewModel importVm = new ImportViewModel(store, tasks);
        importVm.setOnImported(d -> dataSetsVm.refresh());
        ImportDialog.open(stage, importVm, getClass().getResource("workstation.css").toExternalForm());
    }

    private void replay(DataSetInfo info) {
        ReplayEngine engine;
        ModelSetup setup;
        try {
            setup = ReplayModels.forDataSet(info);
            engine = ReplayModels.engine(store, info, setup, REPLAY_START_SPEED,
                    e -> errors.report("The replay of " + info.name() + " stopped", e));
        } catch (RuntimeException e) {
            errors.report("Cannot replay " + info.name(), e);
            return;
        }
        replay = engine;
        host.use(engine, setup.topology());
        replayVm = new ReplayControlsViewModel(engine, info, store);
        replayVm.setOnLeave(host::useSimulator);
        replayTab.setContent(new ReplayControlsView(replayVm).root());
        sourceTabs.getSelectionModel().select(replayTab);
    }

    /** Once per pulse: the replay and live panels' status. */
    void pulse() {
        if (replayVm != null) {
            if (host.active() != replay) {   // another source took over and closed the replay
                replayVm = null;
                replay = null;
                resetReplayTab();
            } else {
                replayVm.update();
            }
        }
        if (liveVm != null) {
            liveVm.update();
        }
    }

    private void resetReplayTab() {
        replayTab.setContent(hint("Pick a data set in the Data sets tab (below) and press Replay: its measurements"
                + " drive the 3D view, gauges and charts, with the model running alongside."));
    }

    private static Node hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(260);
        l.getStyleClass().add("panel-hint");
        return new StackPane(l);
    }

    /** At exit (FX thread): remembers the live form, disconnects, closes the store. */
    void close() {
        closed = true;
        if (liveVm != null) {
            liveVm.save(settings);
            liveVm.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
