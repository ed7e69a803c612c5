package org.evtwin.core.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.evtwin.core.data.BitrodeCsv;
import org.evtwin.core.data.BitrodeRecord;
import org.evtwin.core.data.ThermocoupleLog;
import org.evtwin.core.fit.LeafCellFit;
import org.evtwin.core.fit.LeafDischarge;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;

/**
 * ORNL Leaf 1C/2C/3C constant-current discharges ({@link LeafDischarge} picks the discharge). Voltage: the discharge
 * samples (none of these files is used by the electrical fit). Surface temperature: mean of TC1–TC3 over the
 * discharge and the rest after it, the twin's ambient following TC4; the 1C trace was used to fit m·cp and h·A, so
 * only 2C and 3C are independent. The model starts at SoC 1 (the discharges start after a CC-CV charge and rest; the
 * 3C one is the first record of its file, its history is not logged) and at the measured surface temperature.
 */
final class LeafValidation {
    static final String[] RATES = {"1C", "2C", "3C"};
    /** Thermocouple log sample period [s] (SOURCE.txt). */
    static final double LVM_PERIOD_S = 3.0;

    private LeafValidation() {
    }

    static List<ValidationCase> run(Path rawRoot, CellParameters cell, CoolingSpec cooling,
            Consumer<String> progress) {
        Path data = rawRoot.resolve(LeafCellFit.DATASET).resolve("data");
        List<ValidationCase> cases = new ArrayList<>();
        for (String rate : RATES) {
            progress.accept("validate: Leaf " + rate + " discharge");
            BitrodeRecord r = BitrodeCsv.read(data.resolve(rate + "-Discharge-Bitrode-data.csv"));
            ThermocoupleLog tc = ThermocoupleLog.read(data.resolve("Temperature-" + rate + "-discharge.lvm"),
                    LVM_PERIOD_S);
            LeafDischarge d = LeafDischarge.of(r, tc);
            int n = d.restEnd() - d.start() + 1;
            double t0 = r.time(d.start());
            double[] t = new double[n];
            double[] i = new double[n];
            for (int j = 0; j < n; j++) {
                t[j] = r.time(d.start() + j) - t0;
                i[j] = r.current(d.start() + j);
            }
            Replay.Trace tr = Replay.run(cell, cooling, t, i, d.surfaceC(d.start()),
                    time -> tc.at(LeafDischarge.AMBIENT, time + t0), 1.0, 1.0, 1.0);
            int firstLoaded = r.current(d.start()) > 0 ? 0 : 1;
            int nv = d.end() - d.start() + 1 - firstLoaded;
            double[] tv = new double[nv];
            double[] mv = new double[nv];
            double[] sv = new double[nv];
            for (int j = 0; j < nv; j++) {
                int k = j + firstLoaded;
                tv[j] = t[k];
                mv[j] = r.voltage(d.start() + k);
                sv[j] = tr.voltageV()[k];
            }
            String tag = "leaf-" + rate;
            cases.add(ValidationCase.of(tag, "voltage", "V", f("CC %.1f A discharge from full to 3.0 V, %s line %d-%d;"
                    + " not used for fitting", d.currentA(), r.file(), r.line()[d.start()], r.line()[d.end()]),
                    tv, mv, sv));
            double[] mt = new double[n];
            for (int j = 0; j < n; j++) {
                mt[j] = d.surfaceC(d.start() + j);
            }
            boolean fit = rate.equals(LeafCellFit.THERMAL_FIT_RATE);
            cases.add(ValidationCase.of(tag, "surface temperature", "K", "mean of TC1-TC3, discharge + rest, ambient "
                    + "= TC4; " + (fit ? "USED to fit m*cp and h*A (not independent)" : "not used for fitting"),
                    t, mt, tr.temperatureC()));
        }
        return cases;
    }

    static String f(String format, Object... args) {
        return String.format(java.util.Locale.ROOT, format, args);
    }
}
