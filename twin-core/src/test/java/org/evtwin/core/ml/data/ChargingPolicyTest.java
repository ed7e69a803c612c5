package org.evtwin.core.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

/**
 * Severson's charging policies "C1(Q1%)-C2": parsed into C-rates and the switch SoC, the time from 0 to 80 % SoC
 * computed from them, every policy of both data files read, anything else refused with where and why.
 */
class ChargingPolicyTest {

    @Test
    void twoStepAndOneStepPoliciesGiveTheirTimeToEightyPercent() {
        ChargingPolicy p = ChargingPolicy.parse("5.4C(40%)-3.6C", "");
        assertEquals(5.4, p.c1PerHour(), 0.0);
        assertEquals(0.40, p.switchSoc(), 1e-15);
        assertEquals(3.6, p.c2PerHour(), 0.0);
        // 0.4 / 5.4 h + 0.4 / 3.6 h = 266.7 s + 400 s
        assertEquals(666.667, p.fastChargeTimeS(), 1e-3);
        // one step: 80 % at 3.6C = 0.8 / 3.6 h = 800 s, the second rate never used
        assertEquals(800.0, ChargingPolicy.parse("3.6C(80%)-3.6C", "").fastChargeTimeS(), 1e-9);
        // decimal percentages are read as such
        assertEquals(0.445, ChargingPolicy.parse("4.65C(44.5%)-5C", "").switchSoc(), 1e-15);
    }

    @Test
    void everyPolicyOfBothSeversonFilesIsRead() {
        Path folder = MlData.folder(MlData.SEVERSON);
        SeversonCells.Loaded data = SeversonCells.load(folder);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (SeversonCells.Cell c : data.cells()) {
            min = Math.min(min, c.policy().fastChargeTimeS());
            max = Math.max(max, c.policy().fastChargeTimeS());
        }
        // fastest: 5.4C(80%)-5.4C, 0.8 / 5.4 h; slowest: 3.6C(80%)-3.6C, 0.8 / 3.6 h
        assertEquals(3600 * 0.8 / 5.4, min, 1e-9);
        assertEquals(800.0, max, 1e-9);
        CsvTable t9 = CsvTable.read(folder.resolve("lifetime_charging_time/severson_et_al_SI_table9.csv"));
        int col = t9.column("Charging policy");
        assertEquals(124, t9.size());
        for (int r = 0; r < t9.size(); r++) {
            double s = ChargingPolicy.parse(t9.text(r, col), "table 9 line " + t9.line(r) + ": ").fastChargeTimeS();
            assertEquals(true, s >= min && s <= max, t9.text(r, col));
        }
    }

    @Test
    void otherTextIsRefusedWithWhereAndWhy() {
        String at = "f.csv: line 7, column 4 (charging_policy): ";
        for (String bad : List.of("newstructure", "5.4C(40%)", "5.4C-3.6C", "5,4C(40%)-3.6C", "")) {
            TwinException e = assertThrows(TwinException.class, () -> ChargingPolicy.parse(bad, at));
            assertEquals(at + "charging policy \"" + bad + "\" is not of the form C1(Q1%)-C2 with C-rates and a"
                    + " percentage, e.g. 5.4C(40%)-3.6C", e.getMessage());
        }
        TwinException zero = assertThrows(TwinException.class, () -> ChargingPolicy.parse("0C(40%)-3.6C", at));
        assertEquals(at + "charging policy \"0C(40%)-3.6C\": both C-rates must be > 0", zero.getMessage());
        TwinException soc = assertThrows(TwinException.class, () -> ChargingPolicy.parse("5C(85%)-4C", at));
        assertEquals(at + "charging policy \"5C(85%)-4C\": the switch must lie in (0, 80] % SoC", soc.getMessage());
    }
}
