package org.evtwin.app.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;

/**
 * Saves a view as PNG when {@code -Devtwin.view.snapshots=<folder>} (or {@code EVTWIN_VIEW_SNAPSHOTS}) is set: how the
 * screenshots in {@code docs/screenshots} are made, and how a reviewer looks at a view.
 */
public final class ViewSnapshots {
    private ViewSnapshots() {
    }

    public static void save(Node node, String fileName) throws Exception {
        String dir = System.getProperty("evtwin.view.snapshots", System.getenv("EVTWIN_VIEW_SNAPSHOTS"));
        if (dir == null) {
            return;
        }
        CompletableFuture<java.awt.image.BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(SwingFXUtils.fromFXImage(node.snapshot(null, null), null)));
        Files.createDirectories(Path.of(dir));
        ImageIO.write(image.get(10, TimeUnit.SECONDS), "png", Path.of(dir, fileName).toFile());
    }
}
