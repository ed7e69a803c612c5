package org.evtwin.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evtwin.app.dashboard.PackSummaryView;
import org.evtwin.app.dashboard.PackSummaryViewModel;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.engine.LatestFrame;
import org.evtwin.core.engine.TwinEngine;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition root of the workstation: builds the core services once and hands them to view models. For now the
 * window shows the simulated pack's numbers; the 3D pack, gauges and what-if views are issue #3.
 */
public final class WorkstationApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationApp.class);

    /** A realistic day for the default pack: morning drive, parking, evening drive, overnight charge (per cell). */
    static final String DEFAULT_DAY = String.join("\n",
            "Run UDDS 2 times",
            "Run HWFET",
            "Rest for 4 hours",
            "Run UDDS 2 times",
            "Rest for 1 hour",
            "Charge at 0.3C until 4.1 V",
            "Hold at 4.1 V until C/20",
            "Rest for 2 hours");

    private TwinEngine engine;

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.error("uncaught exception on {}", t.getName(), e));
        PackTopology topology = Catalog.pack(options.pack());
        Experiment day = Experiment.parse(DEFAULT_DAY, new DriveCycleLibrary().names());
        engine = new TwinEngine(() -> new PackModel(topology, 25.0, 0.9), day, SimulationSettings.defaults(), options.speed(), e -> {
            LOG.error("simulation stopped", e);
            if (options.screenshot() != null) {
                System.exit(1);
            }
        });
        PackSummaryViewModel viewModel = new PackSummaryViewModel(topology);
        PackSummaryView view = new PackSummaryView(viewModel);
        Scene scene = new Scene(view.root(), 720, 520);
        stage.setTitle("EV Battery Twin — " + topology.name() + " (" + topology.configuration() + ")");
        stage.setScene(scene);
        stage.show();
        engine.start();
        new Pulse(engine.latest(), viewModel, options, scene).start();
    }

    @Override
    public void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    /** Reads the newest frame once per JavaFX pulse and applies it in bulk; optionally takes the screenshot. */
    private static final class Pulse extends AnimationTimer {
        private final LatestFrame latest;
        private final PackSummaryViewModel viewModel;
        private final StartOptions options;
        private final Scene scene;
        private long lastSequence;
        private int pulses;

        Pulse(LatestFrame latest, PackSummaryViewModel viewModel, StartOptions options, Scene scene) {
            this.latest = latest;
            this.viewModel = viewModel;
            this.options = options;
            this.scene = scene;
        }

        @Override
        public void handle(long now) {
            LatestFrame.Stamped s = latest.get();
            if (s != null && s.sequence() != lastSequence) {
                lastSequence = s.sequence();
                viewModel.apply(s.frame());
            }
            if (options.screenshot() == null) {
                return;
            }
            pulses++;
            if (pulses >= options.frames() && lastSequence > 0) {
                stop();
                boolean saved = save(scene.snapshot(null), options.screenshot());
                if (!saved) {
                    System.exit(1);
                }
                Platform.exit();
            } else if (pulses > options.frames() + SCREENSHOT_PATIENCE_PULSES) {
                LOG.error("screenshot mode: no frame from the twin after {} pulses; giving up", pulses);
                System.exit(1);
            }
        }

        /** About 30 s at 60 pulses per second. */
        private static final int SCREENSHOT_PATIENCE_PULSES = 1800;

        private static boolean save(WritableImage image, Path file) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                LOG.info("screenshot saved to {}", file);
                return true;
            } catch (IOException e) {
                LOG.error("cannot save screenshot {}", file, e);
                return false;
            }
        }
    }
}
