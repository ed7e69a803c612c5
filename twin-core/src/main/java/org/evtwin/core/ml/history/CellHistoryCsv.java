package org.evtwin.core.ml.history;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.data.CsvTable;

/**
 * Reads a cell history CSV: one row per cycle, header {@code cycle,capacity_ah,temperature_c} and optionally
 * {@code resistance_ohm}; the order of columns is free. Every value must be a finite number; errors name the file,
 * line, column and rule.
 */
public final class CellHistoryCsv {
    public static final String CYCLE = "cycle";
    public static final String CAPACITY = "capacity_ah";
    public static final String TEMPERATURE = "temperature_c";
    public static final String RESISTANCE = "resistance_ohm";

    private CellHistoryCsv() {
    }

    public static CellHistory read(Path file, double nominalAh, double eolAh) {
        if (!Files.isRegularFile(file)) {
            throw new TwinException(file + ": no such file");
        }
        CsvTable t = CsvTable.read(file);
        int cc = t.column(CYCLE);
        int cq = t.column(CAPACITY);
        int ct = t.column(TEMPERATURE);
        int cr = t.has(RESISTANCE) ? t.column(RESISTANCE) : -1;
        int n = t.size();
        if (n == 0) {
            throw new TwinException(t.file() + ": no data rows after the header (one row per cycle is needed)");
        }
        double[] cycle = new double[n];
        double[] q = new double[n];
        double[] temp = new double[n];
        double[] r = cr < 0 ? null : new double[n];
        for (int i = 0; i < n; i++) {
            cycle[i] = t.number(i, cc);
            if (i > 0 && !(cycle[i] > cycle[i - 1])) {
                throw new TwinException(t.file() + ": line " + t.line(i) + ", column " + (cc + 1) + " (" + CYCLE
                        + "): must be greater than the previous cycle " + cycle[i - 1]);
            }
            q[i] = t.number(i, cq);
            if (!(q[i] > 0) || q[i] > 2 * nominalAh) {
                throw new TwinException(t.file() + ": line " + t.line(i) + ", column " + (cq + 1) + " (" + CAPACITY
                        + "): must be > 0 Ah and at most twice the nominal " + nominalAh + " Ah, got " + q[i]
                        + (q[i] > 1000 * nominalAh / 10 ? " (mAh instead of Ah?)" : ""));
            }
            temp[i] = t.number(i, ct);
            if (r != null) {
                r[i] = t.number(i, cr);
            }
        }
        String cell = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return new CellHistory(cell, nominalAh, eolAh, cycle, q, temp, r);
    }
}
