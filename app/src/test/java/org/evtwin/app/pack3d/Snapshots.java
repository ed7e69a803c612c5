package org.evtwin.app.pack3d;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a node's snapshot as PNG so a person can look at what the tests drew (FX thread). */
final class Snapshots {
    private Snapshots() {
    }

    static Path save(Node node, String name) {
        WritableImage image = node.snapshot(null, null);
        Path file = Path.of(System.getProperty("java.io.tmpdir"), name);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
