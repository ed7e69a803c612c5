package org.evtwin.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evtwin.app.settings.AppDirectories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Saving the window as PNG: from the menu, and the scriptable screenshot mode ({@code --screenshot}). */
public final class Screenshot {
    private static final Logger LOG = LoggerFactory.getLogger(Screenshot.class);
    /** Pulses to wait for the first frames before giving up in screenshot mode (about 60 s at 60 Hz). */
    static final long PATIENCE_PULSES = 3600;

    private Screenshot() {
    }

    /** Writes a PNG of the scene; returns false (and logs why) when it cannot. */
    public static boolean save(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            LOG.info("screenshot saved to {} ({} x {})", file, (int) image.getWidth(), (int) image.getHeight());
            return true;
        } catch (IOException e) {
            LOG.error("cannot save screenshot {}", file, e);
            return false;
        }
    }

    /** Asks where to save and saves. */
    public static void saveInteractive(Scene scene, Stage owner, AppDirectories dirs) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save screenshot");
        chooser.setInitialFileName("evtwin-screenshot.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file != null) {
            save(scene, file.toPath());
        }
    }

    /**
     * Screenshot mode: once {@code frames} frames have been shown, save the PNG and exit 0 (1 if it cannot be saved
     * or no frame arrives).
     */
    public static void afterFrames(FramePump pump, Scene scene, Path file, int frames) {
        long framesBefore = pump.frames();
        long pulsesBefore = pump.pulses();
        pump.onPulse(now -> {
            if (pump.frames() - framesBefore >= frames) {
                pump.stop();
                boolean saved = save(scene, file);
                if (!saved) {
                    System.exit(1);
                }
                Platform.exit();
            } else if (pump.pulses() - pulsesBefore > PATIENCE_PULSES) {
                LOG.error("screenshot mode: only {} of {} frames after {} pulses; giving up", pump.frames(), frames,
                        pump.pulses());
                System.exit(1);
            }
        });
    }
}
