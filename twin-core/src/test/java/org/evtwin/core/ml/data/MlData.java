package org.evtwin.core.ml.data;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Folders of the measured ageing data under {@code twin.shared.dir}; tests skip with the reason when absent. */
public final class MlData {
    public static final String NASA_A = "nasa_pcoe_li_ion_aging_B0005_B0006_B0007";
    public static final String NASA_B = "nasa_pcoe_li_ion_aging_B0025_B0029_B0047";
    public static final String SEVERSON = "severson2019_mit_stanford_tri_lfp";
    public static final String CALCE = "calce_cs2_umd";

    private MlData() {
    }

    /** A data set folder; skips the calling test when it is not there. */
    public static Path folder(String name) {
        Path p = Path.of(System.getProperty("twin.shared.dir", "../shared"), "data", "raw", name);
        Assumptions.assumeTrue(Files.isDirectory(p), "measured data not found: " + p.toAbsolutePath()
                + " (set -Dtwin.shared.dir)");
        return p;
    }
}
