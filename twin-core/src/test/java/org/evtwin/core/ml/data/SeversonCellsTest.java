package org.evtwin.core.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Severson reader joins the Q(V) curves with the cycle-2 capacity of the features file, and refuses files that
 * disagree, naming the file, the line, the cell and the rule. Small synthetic files in the real layout.
 */
class SeversonCellsTest {
    private static final int POINTS = 100;

    @Test
    void joinsTheCycleTwoCapacityToTheCurves(@TempDir Path dir) throws IOException {
        write(dir, "train,1,500,5.4C(40%)-3.6C,1.0610,1.0659,1.0647");
        SeversonCells.Loaded l = SeversonCells.load(dir);
        assertEquals(1, l.cells().size());
        SeversonCells.Cell c = l.cells().get(0);
        assertEquals("train/cell1", c.id());
        assertEquals(1.0610, c.q2Ah(), 0.0);
        assertEquals(new ChargingPolicy(5.4, 0.40, 3.6), c.policy());
        assertEquals(1.0659, c.q10Ah()[POINTS - 1], 0.0);
        assertEquals(2.0, c.voltageV()[POINTS - 1], 0.0);
        assertEquals(2, l.files().size());
        assertEquals("derived/severson2019_early_cycle_features_derived.csv sha256=",
                l.files().get(1).substring(0, 61));
    }

    @Test
    void capacitiesThatDisagreeAreRefused(@TempDir Path dir) throws IOException {
        write(dir, "train,1,500,5.4C(40%)-3.6C,1.0610,1.0670,1.0647");
        TwinException e = assertThrows(TwinException.class, () -> SeversonCells.load(dir));
        assertEquals("severson2019_early_cycle_features_derived.csv: line 2, cell train/1: Qd_at_2V_cycle10 1.067 Ah"
                + " differs from the curve's value at 2.0 V, 1.0659 Ah, in"
                + " severson2019_Qdlin_cycle10_cycle100_derived.csv (allowed 0.0001 Ah)", e.getMessage());
    }

    @Test
    void aDifferentLifeOrAMissingCellIsRefused(@TempDir Path dir) throws IOException {
        write(dir, "train,1,501,5.4C(40%)-3.6C,1.0610,1.0659,1.0647");
        TwinException life = assertThrows(TwinException.class, () -> SeversonCells.load(dir));
        assertEquals("severson2019_early_cycle_features_derived.csv: line 2, cell train/1: cycle_life 501.0 differs"
                + " from 500.0 in severson2019_Qdlin_cycle10_cycle100_derived.csv", life.getMessage());
        write(dir, "train,2,500,5.4C(40%)-3.6C,1.0610,1.0659,1.0647");
        TwinException missing = assertThrows(TwinException.class, () -> SeversonCells.load(dir));
        assertEquals("severson2019_early_cycle_features_derived.csv: no row for cell train/1 of"
                + " severson2019_Qdlin_cycle10_cycle100_derived.csv", missing.getMessage());
        write(dir, "train,1,500,5.4C(40%)-3.6C,0,1.0659,1.0647");
        TwinException zero = assertThrows(TwinException.class, () -> SeversonCells.load(dir));
        assertEquals("severson2019_early_cycle_features_derived.csv: line 2, column 5 (Qd_at_2V_cycle2): a discharge"
                + " capacity must be > 0 Ah, found 0.0", zero.getMessage());
        write(dir, "train,1,500,newstructure,1.0610,1.0659,1.0647");
        TwinException policy = assertThrows(TwinException.class, () -> SeversonCells.load(dir));
        assertEquals("severson2019_early_cycle_features_derived.csv: line 2, column 4 (charging_policy): charging"
                + " policy \"newstructure\" is not of the form C1(Q1%)-C2 with C-rates and a percentage, e.g."
                + " 5.4C(40%)-3.6C", policy.getMessage());
    }

    /** One cell (train/1, life 500): Q(V) rising linearly to 1.0659 Ah (cycle 10) and 1.0647 Ah (cycle 100). */
    private static void write(Path dir, String featuresRow) throws IOException {
        Path d = Files.createDirectories(dir.resolve("derived"));
        StringBuilder q = new StringBuilder("split,cell_index,cycle_life,cycle");
        for (int j = 0; j < POINTS; j++) {
            q.append(String.format(Locale.ROOT, ",Q_at_%.4fV", 3.6 - 1.6 * j / (POINTS - 1)));
        }
        q.append('\n');
        double[] ends = {1.0659, 1.0647};
        int[] cycles = {10, 100};
        for (int k = 0; k < 2; k++) {
            q.append("train,1,500,").append(cycles[k]);
            for (int j = 0; j < POINTS; j++) {
                q.append(String.format(Locale.ROOT, ",%.4f", ends[k] * j / (POINTS - 1)));
            }
            q.append('\n');
        }
        Files.writeString(d.resolve("severson2019_Qdlin_cycle10_cycle100_derived.csv"), q);
        Files.writeString(d.resolve("severson2019_early_cycle_features_derived.csv"),
                "split,cell_index,cycle_life,charging_policy,Qd_at_2V_cycle2,Qd_at_2V_cycle10,Qd_at_2V_cycle100\n" + featuresRow
                        + "\n");
    }
}
