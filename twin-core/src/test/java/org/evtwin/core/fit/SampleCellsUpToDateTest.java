package org.evtwin.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.Provenance;
import org.evtwin.core.model.json.CellParametersJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped parameter files read back and equal a fresh fit (all fields except the creation time), so they are
 * not stale. Regenerate with {@code org.evtwin.core.validate.RegenerateArtifacts} (test scope).
 */
class SampleCellsUpToDateTest {
    @Test
    void leafFileMatchesAFreshFit() {
        Path raw = SharedData.rawRoot();
        check("nissan-leaf-2013-33ah.json", LeafCellFit.fit(raw.resolve(LeafCellFit.DATASET), s -> { }).params());
    }

    @Test
    void nasaFileMatchesAFreshFit() {
        Path raw = SharedData.rawRoot();
        check("nasa-18650-b0005.json", NasaCellFit.fit(raw.resolve(NasaCellFit.DATASET), s -> { }).params());
    }

    private static void check(String name, CellParameters fresh) {
        Path file = SharedData.projectDir().resolve("sample-data/cells").resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shipped file not found: " + file.toAbsolutePath());
        CellParameters shipped = CellParametersJson.read(file);
        assertEquals(withoutTime(fresh), withoutTime(shipped), name + " is stale: rerun RegenerateArtifacts");
    }

    private static CellParameters withoutTime(CellParameters c) {
        Provenance p = c.provenance();
        return new CellParameters(c.name(), c.chemistry(), c.capacityAh(), c.ecm(), c.limits(), c.thermal(),
                c.geometry(), c.ageingModel(), new Provenance(p.source(), p.files(), p.method(), p.residuals(), ""));
    }
}
