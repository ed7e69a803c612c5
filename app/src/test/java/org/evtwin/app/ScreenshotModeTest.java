package org.evtwin.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real workstation in its own JVM in screenshot mode (as scripts and docs do) and checks the PNG: the
 * window rendered at its size with real content. Needs a display (CI runs under Xvfb).
 */
class ScreenshotModeTest {

    @Test
    void screenshotModeRendersTheWindowAndExitsZero(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the tests under xvfb-run");
        Path png = dir.resolve("main.png");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Dprism.forceGPU=true", "-Devtwin.home=" + dir.resolve("home"), "-cp",
                System.getProperty("java.class.path"), "org.evtwin.app.Launcher", "--screenshot", png.toString(),
                "--frames", "20");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile()).start();
        boolean finished = process.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("app.log"));
        assertTrue(finished, "app did not exit within 90 s; log:\n" + log);
        assertEquals(0, process.exitValue(), "exit code; log:\n" + log);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1440, image.getWidth(), "default window width (no remembered settings in a fresh home)");
        assertEquals(900, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "the window has text and shading, not a blank fill: " + colours.size());
    }
}
