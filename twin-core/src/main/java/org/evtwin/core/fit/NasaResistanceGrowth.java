package org.evtwin.core.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.evtwin.core.data.MeasuredSeries;
import org.evtwin.core.data.NasaCsv;
import org.evtwin.core.data.NasaRecord;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.OcvAgeing;

/**
 * Resistance growth with capacity fade, fitted on B0005 only: for each discharge of {@link #FIT_CYCLES} (every tenth,
 * leaving out the validation discharges 40, 80, 120, 160) a single factor s on R0, R1, R2 is fitted to the loaded
 * voltage (measured current, measured temperature for Arrhenius, capacity from the file name), then
 * {@code s = 1 + k·(1 − SoH)} by least squares through (SoH 1, s 1). SoH = capacity / the cell's first capacity.
 * The cell's age-dependent OCV shape, if it has one, is in the model, so s is what is left for the resistance.
 */
public final class NasaResistanceGrowth {
    /** B0005 discharges used for the relation. */
    public static final int[] FIT_CYCLES = {10, 20, 30, 50, 60, 70, 90, 100, 110, 130, 140, 150, 168};
    private static final Bound SCALE = new Bound(0.2, 10);

    /**
     * @param slopePerUnitFade  k in s = 1 + k·(1 − SoH)
     * @param cycles            discharges used
     * @param soh               their SoH
     * @param scale             their fitted resistance factor
     * @param relationRmse      RMS of s around the line
     */
    public record Result(double slopePerUnitFade, int[] cycles, double[] soh, double[] scale, double relationRmse) {
        /** Resistance factor predicted for a SoH. */
        public double scaleAt(double sohValue) {
            return 1 + slopePerUnitFade * (1 - sohValue);
        }
    }

    private NasaResistanceGrowth() {
    }

    public static Result fit(Path nasaDir, CellParameters cell, Consumer<String> progress) {
        Path dir = NasaCellFit.dataDir(nasaDir).resolve("discharge_data/B0005");
        double firstCapacity = NasaCsv.read(NasaCsv.dischargeFile(dir, 1)).capacityAh();
        progress.accept("NASA: fitting resistance growth on B0005 (" + FIT_CYCLES.length + " discharges)");
        List<double[]> pts = new ArrayList<>();
        for (int n : FIT_CYCLES) {
            NasaRecord r = NasaCsv.read(NasaCsv.dischargeFile(dir, n));
            double capScale = r.capacityAh() / cell.capacityAh();
            LeastSquares.Result f = LeastSquares.minimise(p -> loadedError(cell, r.series(), capScale,
                    SCALE.value(p[0]), cell.ecm().ocvAgeing(), cell.limits().minVoltageV()),
                    new double[] {SCALE.internal(1.2)}, 500);
            pts.add(new double[] {r.capacityAh() / firstCapacity, SCALE.value(f.point()[0])});
        }
        double sxy = 0;
        double sxx = 0;
        for (double[] p : pts) {
            sxy += (1 - p[0]) * (p[1] - 1);
            sxx += (1 - p[0]) * (1 - p[0]);
        }
        double k = sxy / sxx;
        double ss = 0;
        double[] soh = new double[pts.size()];
        double[] scale = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            soh[i] = pts.get(i)[0];
            scale[i] = pts.get(i)[1];
            double e = scale[i] - (1 + k * (1 - soh[i]));
            ss += e * e;
        }
        return new Result(k, FIT_CYCLES.clone(), soh, scale, Math.sqrt(ss / pts.size()));
    }

    /**
     * Voltage error of the fitting model on loaded samples whose measured voltage is at or above {@code floorV}; the
     * OCV carries {@code shape} (null: none) at the fade {@code 1 − capacityScale}.
     */
    static double[] loadedError(CellParameters cell, MeasuredSeries s, double capacityScale, double rScale,
            OcvAgeing shape, double floorV) {
        return loadedError(cell, s, capacityScale, rScale, shape, floorV, null);
    }

    /** As above; {@code socOut}, if not null, receives the model SoC of each compared sample. */
    static double[] loadedError(CellParameters cell, MeasuredSeries s, double capacityScale, double rScale,
            OcvAgeing shape, double floorV, List<Double> socOut) {
        EcmParameters e = cell.ecm();
        double q = cell.capacityCoulomb() * capacityScale;
        double[] t = s.timeS();
        double[] i = s.currentA();
        double[] v = s.voltageV();
        double[] temp = s.temperatureC();
        double iMax = 0;
        for (double c : i) {
            iMax = Math.max(iMax, c);
        }
        TwoRc rc = new TwoRc(0, 0);
        double removed = 0;
        List<Double> err = new ArrayList<>();
        for (int k = 0; k < t.length; k++) {
            double soc = Math.max(0, Math.min(1, 1 - removed / q));
            if (k > 0) {
                double dt = t[k] - t[k - 1];
                removed += i[k] * dt;
                rc.step(dt, i[k], e.r1(soc, temp[k]) * rScale, e.c1(soc, temp[k]), e.r2(soc, temp[k]) * rScale,
                        e.c2(soc, temp[k]));
                soc = Math.max(0, Math.min(1, 1 - removed / q));
            }
            double ocv = e.ocv(soc, temp[k]) + (shape == null ? 0.0 : shape.shiftV(soc, capacityScale));
            double model = ocv - rc.drop(i[k], e.r0(soc, temp[k]) * rScale);
            if (i[k] > 0.5 * iMax && v[k] >= floorV) {
                err.add(model - v[k]);
                if (socOut != null) {
                    socOut.add(soc);
                }
            }
        }
        return err.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
