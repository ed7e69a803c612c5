package org.evtwin.core.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import org.evtwin.core.data.MeasuredSeries;
import org.evtwin.core.data.NasaCsv;
import org.evtwin.core.data.NasaRecord;
import org.evtwin.core.fit.NasaCellFit;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;

/**
 * NASA 2 A discharges at several ages of B0005 (the fitted cell; discharge 1 was used for the fit, so 2, 40, 80, 120,
 * 160) and of B0006 and B0007 (other cells: 1, 40, 80, 120, 160). The twin is told each discharge's capacity (file
 * name = what a SoH estimator would report) through {@code setCapacityScale}, and its resistances are multiplied by
 * the B0005 growth relation at that SoH (SoH = capacity / the cell's first capacity; k from the cell file's
 * {@code ocvAgeing} entry, else {@link org.evtwin.core.fit.NasaResistanceGrowth}). A cell file with an age-dependent
 * OCV shape gets it in the pack model from the capacity relative to the parameter set's rated capacity. Voltage:
 * loaded samples (current above half the maximum) with measured voltage at or above the cell's 2.7 V cut-off (B0006/B0007 went on to 2.5/2.2 V, below
 * the parameter file's window). Surface temperature: all samples, ambient = the first (rested) sample's temperature.
 */
final class NasaValidation {
    static final String[] CELLS = {"B0005", "B0006", "B0007"};
    static final int[][] CYCLES = {{2, 40, 80, 120, 160}, {1, 40, 80, 120, 160}, {1, 40, 80, 120, 160}};

    private NasaValidation() {
    }

    static List<ValidationCase> run(Path rawRoot, CellParameters cell, CoolingSpec cooling,
            DoubleUnaryOperator resistanceFactor, Consumer<String> progress) {
        Path data = rawRoot.resolve(NasaCellFit.DATASET).resolve("data").resolve("discharge_data");
        List<ValidationCase> cases = new ArrayList<>();
        for (int c = 0; c < CELLS.length; c++) {
            Path dir = data.resolve(CELLS[c]);
            double first = NasaCsv.read(NasaCsv.dischargeFile(dir, 1)).capacityAh();
            for (int n : CYCLES[c]) {
                progress.accept("validate: NASA " + CELLS[c] + " discharge " + n);
                NasaRecord r = NasaCsv.read(NasaCsv.dischargeFile(dir, n));
                MeasuredSeries s = r.series();
                double soh = r.capacityAh() / first;
                double rScale = resistanceFactor.applyAsDouble(soh);
                double ambient = s.temperatureC()[0];
                Replay.Trace tr = Replay.run(cell, cooling, s.timeS(), s.currentA(), ambient, t -> ambient, 1.0,
                        r.capacityAh() / cell.capacityAh(), rScale);
                double iMax = 0;
                for (double i : s.currentA()) {
                    iMax = Math.max(iMax, i);
                }
                List<Integer> keep = new ArrayList<>();
                for (int k = 0; k < s.size(); k++) {
                    if (s.currentA()[k] > 0.5 * iMax && s.voltageV()[k] >= cell.limits().minVoltageV()) {
                        keep.add(k);
                    }
                }
                double[] tv = new double[keep.size()];
                double[] mv = new double[keep.size()];
                double[] sv = new double[keep.size()];
                for (int j = 0; j < tv.length; j++) {
                    int k = keep.get(j);
                    tv[j] = s.timeS()[k];
                    mv[j] = s.voltageV()[k];
                    sv[j] = tr.voltageV()[k];
                }
                boolean growthFit = CELLS[c].equals("B0005");
                String note = LeafValidation.f("2 A discharge, capacity %.4f Ah (SoH %.3f) given to the twin, "
                        + "R x %.3f from the B0005 growth relation%s%s", r.capacityAh(), soh, rScale,
                        growthFit ? " (fitted on other B0005 discharges)" : "", cell.ecm().hasOcvAgeing()
                                ? LeafValidation.f(", OCV shape at capacity/rated %.3f", r.capacityAh()
                                        / cell.capacityAh()) : "");
                String name = "nasa-" + CELLS[c] + "-dis" + n;
                cases.add(ValidationCase.of(name, "voltage", "V", note + "; loaded samples >= 2.7 V", tv, mv, sv));
                cases.add(ValidationCase.of(name, "surface temperature", "K", note + "; whole record", s.timeS(),
                        s.temperatureC(), tr.temperatureC()));
            }
        }
        return cases;
    }
}
