package org.evtwin.core.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.history.CellHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NASA histories match the facts stated in the data sets' SOURCE.txt. */
class NasaHistoriesTest {

    @Test
    void bothLayoutsGiveTheDocumentedLivesAndCapacities() {
        var a = NasaHistories.load(MlData.folder(MlData.NASA_A), 1.4);
        assertEquals(List.of("B0005", "B0006", "B0007"), a.cells().stream().map(CellHistory::cellId).toList());
        CellHistory b5 = a.cells().get(0);
        assertEquals(168, b5.size());
        assertEquals(1.8564874208181574, b5.capacityAh()[0], 0.0);
        // SOURCE.txt: B0005 first < 1.4 Ah at discharge #125, B0006 at #109, B0007 never
        assertEquals(125, b5.cycle()[b5.eolIndex()], 0.0);
        assertEquals(109, a.cells().get(1).cycle()[a.cells().get(1).eolIndex()], 0.0);
        assertEquals(-1, a.cells().get(2).eolIndex());
        assertEquals(3, a.files().size());
        assertTrue(a.files().get(0).matches("data/B0005\\.csv sha256=[0-9a-f]{64}"), a.files().get(0));

        var b = NasaHistories.load(MlData.folder(MlData.NASA_B), 1.4);
        assertEquals(List.of("B0025", "B0029", "B0047"), b.cells().stream().map(CellHistory::cellId).toList());
        assertEquals(28, b.cells().get(0).size());
        assertEquals(40, b.cells().get(1).size());
        CellHistory b47 = b.cells().get(2);
        assertEquals(1.674305, b47.capacityAh()[0], 0.0);
        assertEquals(69, b47.size(), "72 discharges less 3 failed records (0 Ah)");
        assertEquals(3, b.notes().size(), "the failed 0 Ah records of B0047 are left out and said so");
        assertTrue(b.notes().get(0).contains("discharge 20 has capacity 0.0 Ah (failed record), left out"),
                b.notes().get(0));
    }

    @Test
    void aFolderWithoutCellsIsAnError(@TempDir Path dir) {
        TwinException e = assertThrows(TwinException.class, () -> NasaHistories.load(dir, 1.4));
        assertTrue(e.getMessage().startsWith(dir + ": no NASA cell found"), e.getMessage());
    }

    @Test
    void aSummaryWithoutCapacityNamesTheColumn(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/B0099.csv"), "discharge,voltage,temperature,time,soh\n1,3.2,38,3600,100\n");
        TwinException e = assertThrows(TwinException.class, () -> NasaHistories.load(dir, 1.4));
        assertEquals("B0099.csv: line 1: header has no column \"capacity\" (found [discharge, voltage, temperature,"
                + " time, soh])", e.getMessage());
    }
}
