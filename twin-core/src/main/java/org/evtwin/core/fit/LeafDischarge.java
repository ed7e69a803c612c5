package org.evtwin.core.fit;

import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.data.BitrodeRecord;
import org.evtwin.core.data.BitrodeRecord.StepRun;
import org.evtwin.core.data.ThermocoupleLog;

/**
 * One constant-current discharge of the ORNL 1C/2C/3C files with its thermocouple trace. The discharge chosen is the
 * first one that follows a charge and a rest (known initial state: full) and whose discharge and following rest lie
 * inside the thermocouple log; if none does (the 3C log covers only the first discharge), the first discharge of the
 * file. Thermocouples: TC1–TC3 on the cell (tabs, middle, bottom: ORNL README), channel 4 stays at room temperature
 * while the cell heats and is used as the ambient (an inference from the data; SOURCE.txt only names it the fourth
 * channel).
 *
 * @param record       the Bitrode log
 * @param thermo       the thermocouple log on the same clock
 * @param start        index of the last sample before the discharge (rest)
 * @param end          index of the last discharge sample
 * @param restEnd      index of the last sample of the rest after the discharge
 */
public record LeafDischarge(BitrodeRecord record, ThermocoupleLog thermo, int start, int end, int restEnd) {
    /** Thermocouple channels on the cell surface (TC1, TC2, TC3). */
    public static final int[] SURFACE = {0, 1, 2};
    /** Thermocouple channel used as ambient (fourth channel). */
    public static final int AMBIENT = 3;

    public static LeafDischarge of(BitrodeRecord r, ThermocoupleLog tc) {
        List<StepRun> runs = r.stepRuns();
        StepRun chosen = null;
        StepRun rest = null;
        for (int k = 0; k < runs.size(); k++) {
            StepRun d = runs.get(k);
            if (!d.mode().equals("DCHG") || k + 1 >= runs.size()) {
                continue;
            }
            boolean fromFull = k >= 2 && runs.get(k - 1).mode().equals("REST")
                    && runs.get(k - 2).mode().equals("CHRG");
            boolean covered = r.time(runs.get(k + 1).last()) <= tc.endTimeS();
            if (chosen == null) {
                chosen = d;
                rest = runs.get(k + 1);
            }
            if (fromFull && covered) {
                chosen = d;
                rest = runs.get(k + 1);
                break;
            }
        }
        if (chosen == null || !rest.mode().equals("REST")) {
            throw new TwinException(r.file() + ": no constant-current discharge followed by a rest found");
        }
        return new LeafDischarge(r, tc, Math.max(0, chosen.first() - 1), chosen.last(), rest.last());
    }

    /** Mean surface temperature (TC1–TC3) at sample {@code i} of the Bitrode log [degC]. */
    public double surfaceC(int i) {
        return thermo.meanAt(record.time(i), SURFACE);
    }

    /** Ambient (fourth channel) at sample {@code i} [degC]. */
    public double ambientC(int i) {
        return thermo.at(AMBIENT, record.time(i));
    }

    /** Mean discharge current [A]. */
    public double currentA() {
        return record.current(end);
    }

    /** Whether the thermocouple log covers the whole discharge and rest. */
    public boolean temperatureCovered() {
        return record.time(restEnd) <= thermo.endTimeS();
    }
}
