package org.evtwin.core.ml.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evtwin.core.TwinException;
import org.evtwin.core.data.DataFiles;

/**
 * The Severson et al. 2019 cells as discharge capacity curves Q(V) at cycles 10 and 100 on the common 3.6 to 2.0 V
 * grid, with cycle life and split, from {@code derived/severson2019_Qdlin_cycle10_cycle100_derived.csv} (one row per
 * cell and cycle: split, cell_index, cycle_life, cycle, Q_at_&lt;V&gt;V...), and the capacity at 2.0 V at cycle 2
 * and the charging policy from {@link SeversonCapacities#FEATURES}. The two files must agree on every cell, its cycle life and its capacity
 * at 2.0 V at cycles 10 and 100.
 */
public final class SeversonCells {
    public static final String QDLIN = "derived/severson2019_Qdlin_cycle10_cycle100_derived.csv";

    /** Split names as in the file and the paper (train, primary test, secondary test). */
    public static final List<String> SPLITS = List.of("train", "test1", "test2");

    /** Largest difference allowed between the two files' capacities at 2.0 V: both print 4 decimals of an Ah. */
    static final double AGREE_AH = 1e-4;

    /**
     * One cell.
     *
     * @param split      train, test1 (primary test) or test2 (secondary test)
     * @param index      1-based cell index within its split
     * @param cycleLife  cycles to 80 % of nominal (0.88 Ah)
     * @param voltageV   voltage grid [V], 3.6 down to 2.0
     * @param q10Ah      discharge capacity at each voltage, cycle 10 [Ah]
     * @param q100Ah     same at cycle 100 [Ah]
     * @param q2Ah       discharge capacity at 2.0 V at cycle 2 [Ah]
     * @param policy     the cell's fast-charging policy
     */
    public record Cell(String split, int index, double cycleLife, double[] voltageV, double[] q10Ah,
            double[] q100Ah, double q2Ah, ChargingPolicy policy) {
        public String id() {
            return split + "/cell" + index;
        }
    }

    /** All cells and the file they came from ("path sha256=..."). */
    public record Loaded(List<Cell> cells, List<String> files) {
        public List<Cell> split(String name) {
            return cells.stream().filter(c -> c.split().equals(name)).toList();
        }
    }

    private SeversonCells() {
    }

    public static Loaded load(Path folder) {
        CsvTable t = CsvTable.readSeverson(folder, QDLIN);
        int cs = t.column("split");
        int ci = t.column("cell_index");
        int cl = t.column("cycle_life");
        int cc = t.column("cycle");
        int first = cc + 1;
        int points = 0;
        while (t.columnName(first + points).startsWith("Q_at_")) {
            points++;
        }
        if (points < 100) {
            throw new TwinException(t.file() + ": line 1: expected Q_at_<V>V columns after \"cycle\", found "
                    + points);
        }
        double[] grid = new double[points];
        for (int j = 0; j < points; j++) {
            String name = t.columnName(first + j);
            grid[j] = Double.parseDouble(name.substring(5, name.length() - 1));
        }
        if (Math.abs(grid[points - 1] - 2.0) > 1e-9) {
            throw new TwinException(t.file() + ": line 1, column " + (first + points) + " ("
                    + t.columnName(first + points - 1) + "): the grid must end at 2.0 V");
        }
        Map<String, double[][]> curves = new LinkedHashMap<>();
        Map<String, Double> lives = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String key = t.text(r, cs) + "/" + (int) t.number(r, ci);
            int cycle = (int) t.number(r, cc);
            if (cycle != 10 && cycle != 100) {
                throw new TwinException(t.file() + ": line " + t.line(r) + ", column " + (cc + 1)
                        + " (cycle): expected 10 or 100, found " + cycle);
            }
            double[] q = new double[points];
            for (int j = 0; j < points; j++) {
                q[j] = t.number(r, first + j);
            }
            curves.computeIfAbsent(key, k -> new double[2][])[cycle == 10 ? 0 : 1] = q;
            lives.put(key, t.number(r, cl));
        }
        SeversonCapacities.Table caps = SeversonCapacities.read(folder);
        List<Cell> cells = new ArrayList<>();
        for (var e : curves.entrySet()) {
            if (e.getValue()[0] == null || e.getValue()[1] == null) {
                throw new TwinException(t.file() + ": cell " + e.getKey() + " lacks cycle 10 or cycle 100");
            }
            SeversonCapacities.Row c = agreeing(t.file(), e.getKey(), lives.get(e.getKey()), e.getValue(), caps);
            String[] k = e.getKey().split("/");
            cells.add(new Cell(k[0], Integer.parseInt(k[1]), lives.get(e.getKey()), grid, e.getValue()[0],
                    e.getValue()[1], c.q2Ah(), c.policy()));
        }
        for (String key : caps.rows().keySet()) {
            if (!curves.containsKey(key)) {
                throw new TwinException(caps.file() + ": line " + caps.rows().get(key).line() + ": cell " + key
                        + " has no Q(V) curves in " + t.file());
            }
        }
        return new Loaded(cells, List.of(DataFiles.provenanceEntry(folder, folder.resolve(QDLIN)),
                DataFiles.provenanceEntry(folder, folder.resolve(SeversonCapacities.FEATURES))));
    }

    /** The cell's row of the capacity file, after checking that it tells the same as the curves file. */
    private static SeversonCapacities.Row agreeing(String curvesFile, String key, double life, double[][] q,
            SeversonCapacities.Table caps) {
        SeversonCapacities.Row c = caps.rows().get(key);
        if (c == null) {
            throw new TwinException(caps.file() + ": no row for cell " + key + " of " + curvesFile);
        }
        String at = caps.file() + ": line " + c.line() + ", cell " + key + ": ";
        if (c.cycleLife() != life) {
            throw new TwinException(at + "cycle_life " + c.cycleLife() + " differs from " + life + " in " + curvesFile);
        }
        double[] ends = {c.q10Ah(), c.q100Ah()};
        for (int k = 0; k < 2; k++) {
            double end = q[k][q[k].length - 1];
            if (Math.abs(ends[k] - end) > AGREE_AH) {
                throw new TwinException(at + "Qd_at_2V_cycle" + (k == 0 ? 10 : 100) + " " + ends[k]
                        + " Ah differs from the curve's value at 2.0 V, " + end + " Ah, in " + curvesFile
                        + " (allowed 0.0001 Ah)");
            }
        }
        return c;
    }
}
