package org.evtwin.app;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.stage.Window;
import org.evtwin.app.rul.RulDialogs;
import org.evtwin.app.rul.RulTrainingViewModel;
import org.evtwin.app.rul.RulViewModel;
import org.evtwin.app.shell.ErrorReporter;
import org.evtwin.core.ml.ModelCard;
import org.evtwin.core.ml.RulService;
import org.evtwin.core.ml.live.CycleHistoryRecorder;
import org.evtwin.core.ml.live.RulMonitor;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Remaining useful life in the window: the shipped model is read when a cell first has enough history for it (on the
 * monitor's thread; until then cells are answered without it, and a session that never gets there never loads
 * Tribuo), keeps one {@link RulMonitor} for
 * the pack shown (cycle histories belong to one pack's cells), feeds it every frame on the source's thread, shows its
 * latest answer on the pulse, raises the RUL alert, and opens the model card and the training dialog.
 */
final class RulWiring {
    /** End of life: 70 % of rated capacity, the what-if's threshold ({@code docs/rul.md}). */
    private static final double EOL_FRACTION = 0.7;
    /** Evaluation period [s of wall time]: capacity changes once per cycle, a slow cadence is plenty. */
    private static final double PERIOD_S = 5;
    private final Supplier<PackWorkbench> workbench;
    private final RulViewModel vm;
    private volatile RulService service;
    private volatile RulMonitor monitor;
    /** True while the model is being read for the model card (FX thread sets it, the reader's runLater clears it). */
    private final AtomicBoolean readingForCard = new AtomicBoolean();

    RulWiring(Supplier<PackWorkbench> workbench) {
        this.workbench = workbench;
        this.vm = new RulViewModel(() -> monitor == null ? null : monitor.latest());
    }

    /** Starts the monitor for the pack shown, on the shipped model read when first needed (FX thread). */
    void start() {
        service = RulService.withDefaultModelOnDemand();
        startFor(workbench.get().topology());
    }

    /** A fresh monitor for another pack (FX thread). */
    void startFor(PackTopology topology) {
        RulMonitor old = monitor;
        if (old != null) {
            old.close();
        }
        if (service == null) {
            return;
        }
        monitor = new RulMonitor(service, new CycleHistoryRecorder(topology.cellCount(), topology.cell().capacityAh(),
                EOL_FRACTION), r -> {
                    if (r.pack().ok()) {
                        workbench.get().alertEngine().evaluateRul(r.timeS(), r.pack().cycles());
                    }
                }).start(PERIOD_S);
    }

    /** Every frame, on the source's thread. */
    void accept(PackFrame f) {
        RulMonitor m = monitor;
        if (m != null) {
            m.accept(f);
        }
    }

    /** Once per pulse (FX thread): the gauge and the picked cell's line. */
    void pulse(PackWorkbench w) {
        vm.cellProperty().set(w.packVm().getSelectedCell());
        vm.update();
        w.setRul(vm.packCyclesProperty().get(), vm.packNoteProperty().get(), vm.cellLineProperty().get());
    }

    /**
     * The model card; a model not read yet is read off the FX thread first (once, however often the item is
     * chosen meanwhile), a failure goes to {@code errors}.
     */
    void showModelCard(Window owner, ErrorReporter errors) {
        RulService s = service;
        if (s == null) {
            return;
        }
        if (s.isModelLoaded()) {
            RulDialogs.modelCard(owner, s.card());
            return;
        }
        if (!readingForCard.compareAndSet(false, true)) {
            return;
        }
        // reading the model takes 1-2 s the first time (Tribuo's classes); the busy cursor says the click was taken
        owner.getScene().setCursor(Cursor.WAIT);
        daemon("rul-load", () -> {
            ModelCard card = null;
            try {
                card = s.card();
            } catch (RuntimeException e) {
                errors.report("The RUL model could not be read", e);
            } finally {
                ModelCard shown = card;
                Platform.runLater(() -> {
                    owner.getScene().setCursor(null);
                    readingForCard.set(false);
                    // a model trained in the app meanwhile is the one in use: show its card instead
                    RulService now = service;
                    if (now != s && now.isModelLoaded()) {
                        RulDialogs.modelCard(owner, now.card());
                    } else if (shown != null) {
                        RulDialogs.modelCard(owner, shown);
                    }
                });
            }
        }).start();
    }

    /** The training dialog; a trained model the user chooses replaces the monitor's from its next evaluation. */
    void showTraining(Window owner, Path modelFolder) {
        RulDialogs.training(owner, new RulTrainingViewModel(modelFolder, task -> daemon("rul-training", task)
                .start()), model -> {
                    service = new RulService(model);
                    RulMonitor m = monitor;
                    if (m != null) {
                        m.setService(service);
                    }
                });
    }

    boolean modelLoaded() {
        RulService s = service;
        return s != null && s.isModelLoaded();
    }

    void close() {
        RulMonitor m = monitor;
        if (m != null) {
            m.close();
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }
}
