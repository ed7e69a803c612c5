package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.evtwin.core.fit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The drive cycles shipped in {@code sample-data/drive-cycles} (copies of the PyBaMM and FASTSim files, with their
 * licences) are detected and imported on any clone, without {@code ../shared}.
 */
class SampleDataFormatsTest {
    private static Harness imported(String relative, String format) {
        Path file = SharedData.projectDir().resolve("sample-data/drive-cycles").resolve(relative);
        FormatDetection d = KnownFormats.detect(file);
        assertEquals(format, d.format(), d.message());
        Harness h = Harness.run(file, d.mapping(), ImportPolicy.stopAtFirstError());
        assertNull(h.failure, h.failureMessage());
        return h;
    }

    @Test
    void pybammLoadProfiles() {
        Harness us06 = imported("current/US06.csv", KnownFormats.PYBAMM);
        assertEquals(601, us06.summary.rowsAccepted());
        assertEquals(0.012859, us06.column(0)[0]);
        assertEquals(2L, us06.lines()[0] - 1, "data start on line 3, after two comment lines");
        Harness wltc = imported("current/WLTC.csv", KnownFormats.PYBAMM);
        assertEquals(18_001, wltc.summary.rowsAccepted());
        assertEquals(43_249.505, Arrays.stream(wltc.column(0)).max().orElseThrow(), 1e-9, "43.249505 kW at 1567 s");
    }

    @Test
    void fastsimSpeedSchedules() {
        Harness wltc = imported("speed/wltc_3b.csv", KnownFormats.FASTSIM);
        assertTrue(wltc.summary.bom());
        assertEquals(1801, wltc.summary.rowsAccepted());
        assertEquals(1800.0, wltc.summary.lastTimeS());
        Harness udds = imported("speed/udds.csv", KnownFormats.FASTSIM);
        assertEquals(1370, udds.summary.rowsAccepted());
        assertEquals(25.35, Arrays.stream(udds.column(0)).max().orElseThrow(), 0.005, "56.7 mph");
    }
}
