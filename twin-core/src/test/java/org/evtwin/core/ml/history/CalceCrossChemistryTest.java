package org.evtwin.core.ml.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evtwin.core.ml.RulService;
import org.evtwin.core.ml.data.CsvTable;
import org.evtwin.core.ml.data.MlData;
import org.junit.jupiter.api.Test;

/**
 * The shipped model (NASA 18650 cells only) on CALCE CS2 cells it has never seen, of another chemistry and format
 * (LCO prismatic, 1.1 Ah, about 1,000 cycles; research-use data read from ../shared, never shipped): how often it
 * answers, and how well where it does. EOL 70 % of 1.1 Ah. CALCE records no cell temperature; its tests ran at room
 * temperature, taken as 25 degC. Outliers (a capacity more than 0.05 Ah from the median of its 21-cycle
 * neighbourhood, e.g. the sub-0.1 Ah records SOURCE.txt mentions) are left out, as the literature does.
 */
class CalceCrossChemistryTest {

    static List<CellHistory> calce() {
        CsvTable t = CsvTable.read(MlData.folder(MlData.CALCE).resolve("derived/CALCE_CS2_cycle_summary.csv"));
        int cc = t.column("cell");
        int cq = t.column("discharge_capacity_Ah_integrated");
        List<CellHistory> out = new ArrayList<>();
        for (String cell : List.of("CS2_35", "CS2_36", "CS2_37", "CS2_38")) {
            List<Double> q = new ArrayList<>();
            for (int r = 0; r < t.size(); r++) {
                if (t.text(r, cc).equals(cell)) {
                    q.add(t.number(r, cq));
                }
            }
            List<double[]> kept = new ArrayList<>();
            for (int i = 0; i < q.size(); i++) {
                double[] w = q.subList(Math.max(0, i - 10), Math.min(q.size(), i + 11)).stream()
                        .mapToDouble(Double::doubleValue).sorted().toArray();
                if (Math.abs(q.get(i) - w[w.length / 2]) <= 0.05) {
                    kept.add(new double[] {i + 1, q.get(i)});
                }
            }
            double[] temp = new double[kept.size()];
            Arrays.fill(temp, 25.0);
            out.add(new CellHistory(cell, 1.1, 0.77, kept.stream().mapToDouble(k -> k[0]).toArray(),
                    kept.stream().mapToDouble(k -> k[1]).toArray(), temp, null));
        }
        return out;
    }

    @Test
    void shippedModelOnAnotherChemistryAnswersRarelyAndSaysWhy() {
        RulService service = RulService.withDefaultModel();
        StringBuilder seen = new StringBuilder();
        int answered = 0;
        int points = 0;
        for (CellHistory c : calce()) {
            HistoryEvaluation.CellResult r = HistoryEvaluation.evaluateCell(c, service);
            seen.append(c.cellId()).append(": EOL ").append(r.trueEolCycle()).append(", answered ")
                    .append(r.answered()).append(", ").append(r.metrics()).append('\n');
            answered += (int) Math.round(r.answered() * r.points().size());
            points += r.points().size();
            for (var p : r.points()) {
                if (!p.estimate().ok()) {
                    assertTrue(!p.estimate().reason().isEmpty(), "every refusal has a reason");
                }
            }
        }
        // measured 2026-11-22: 41 of 2,221 points answered (1.8 %); the rest OUTSIDE_DOMAIN / NOT_ENOUGH_HISTORY.
        // The few answered points are badly wrong (RMSE 400-490 cycles, coverage 0): a per-feature range check
        // does not catch every unfamiliar trajectory (docs/rul.md, limitations).
        assertEquals(2221, points, seen.toString());
        assertTrue(answered <= 45, seen + " answered " + answered);
    }
}
