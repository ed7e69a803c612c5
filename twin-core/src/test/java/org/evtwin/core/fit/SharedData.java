package org.evtwin.core.fit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locations of the measured data and of the project, for tests that read them. */
public final class SharedData {
    private SharedData() {
    }

    /** {@code <twin.shared.dir>/data/raw}; skips the calling test (with the reason) when the folder is absent. */
    public static Path rawRoot() {
        Path raw = Path.of(System.getProperty("twin.shared.dir", "../shared"), "data", "raw");
        Assumptions.assumeTrue(Files.isDirectory(raw.resolve(LeafCellFit.DATASET))
                && Files.isDirectory(raw.resolve(NasaCellFit.DATASET)),
                "measured data not found under " + raw.toAbsolutePath() + " (set -Dtwin.shared.dir)");
        return raw;
    }

    /** Project root (twin.project.dir, default: the parent of the module directory Maven runs tests in). */
    public static Path projectDir() {
        return Path.of(System.getProperty("twin.project.dir", ".."));
    }
}
