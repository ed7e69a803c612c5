package org.evtwin.core.ml.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evtwin.core.TwinException;

/**
 * The discharge capacity at 2.0 V at cycles 2, 10 and 100 of every Severson cell, from
 * {@code derived/severson2019_early_cycle_features_derived.csv} (columns split, cell_index, cycle_life,
 * charging_policy, Qd_at_2V_cycle2, Qd_at_2V_cycle10, Qd_at_2V_cycle100 [Ah]). The policy ({@link ChargingPolicy}) is
 * the one of the paper's SI table 9, joined by the research helper. The capacities are Severson's interpolated curve Qdlin at
 * its last grid point, 2.0 V, i.e. the charge delivered by the 4C discharge down to 2.0 V. Cycle 2 is only in this
 * file; cycles 10 and 100 are also the last points of the Q(V) curves, and {@link SeversonCells} checks that the two
 * files agree.
 */
public final class SeversonCapacities {
    public static final String FEATURES = "derived/severson2019_early_cycle_features_derived.csv";

    /**
     * One cell's row.
     *
     * @param cycleLife cycles to 80 % of nominal
     * @param q2Ah      capacity at 2.0 V, cycle 2 [Ah]
     * @param q10Ah     same, cycle 10 [Ah]
     * @param q100Ah    same, cycle 100 [Ah]
     * @param policy    the cell's charging policy
     * @param line      line of the row in the file (for error messages)
     */
    public record Row(double cycleLife, double q2Ah, double q10Ah, double q100Ah, ChargingPolicy policy, int line) {
    }

    /** The rows by cell key "split/cell_index" in file order, and the file's name. */
    public record Table(String file, Map<String, Row> rows) {
    }

    private SeversonCapacities() {
    }

    public static Table read(Path folder) {
        CsvTable t = CsvTable.readSeverson(folder, FEATURES);
        int cs = t.column("split");
        int ci = t.column("cell_index");
        int cl = t.column("cycle_life");
        int cp = t.column("charging_policy");
        int[] q = {t.column("Qd_at_2V_cycle2"), t.column("Qd_at_2V_cycle10"), t.column("Qd_at_2V_cycle100")};
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String key = t.text(r, cs) + "/" + (int) t.number(r, ci);
            double[] v = new double[3];
            for (int k = 0; k < 3; k++) {
                v[k] = t.number(r, q[k]);
                if (!(v[k] > 0)) {
                    throw new TwinException(t.file() + ": line " + t.line(r) + ", column " + (q[k] + 1) + " ("
                            + t.columnName(q[k]) + "): a discharge capacity must be > 0 Ah, found " + v[k]);
                }
            }
            ChargingPolicy policy = ChargingPolicy.parse(t.text(r, cp), t.file() + ": line " + t.line(r)
                    + ", column " + (cp + 1) + " (charging_policy): ");
            if (rows.put(key, new Row(t.number(r, cl), v[0], v[1], v[2], policy, t.line(r))) != null) {
                throw new TwinException(t.file() + ": line " + t.line(r) + ": cell " + key + " appears twice");
            }
        }
        return new Table(t.file(), rows);
    }
}
