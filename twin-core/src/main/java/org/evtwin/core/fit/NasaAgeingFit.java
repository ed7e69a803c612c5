package org.evtwin.core.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.evtwin.core.data.NasaCsv;
import org.evtwin.core.data.NasaRecord;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.OcvAgeing;

/**
 * Age-dependent OCV shape and resistance growth of the NASA 18650 cell, identified jointly on B0005's fitting
 * discharges ({@link NasaResistanceGrowth#FIT_CYCLES}; none of the validation discharges, nothing of B0006/B0007):
 * {@code OCV_aged(z) = OCV(z) + (1 − SoH)·d(z)}, R0, R1, R2 × {@code (1 + k·(1 − SoH))}, with d linear between
 * {@link #KNOTS} and SoH = the discharge's capacity (file name) / the fitted cell's capacity. One Levenberg–Marquardt
 * fit of k and d at the knots (d = 0 at SoC 1, the end of the CC-CV charge: see {@link #anchoredAtFull}) over the
 * loaded samples (≥ 2.7 V) of all those discharges, each replayed with the measured current and temperature ({@link NasaResistanceGrowth#loadedError}). The baseline is the same fit with
 * k alone (d = 0).
 *
 * <p>The form is empirical: the NASA cells have no half-cell curves from which a loss of lithium inventory or of
 * active material could be translated into a shift of the electrodes' windows. {@link Result#bandShapeV} lets the
 * report check that the shape each discharge asks for, divided by its fade, is the same at every age.
 */
public final class NasaAgeingFit {
    /** SoC knots of d: denser at low SoC, where the aged cells depart most before the knee. */
    public static final double[] KNOTS = {0.0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.85, 1.0};
    /** SoC bands of the per-discharge consistency check (lower, upper). */
    public static final double[][] BANDS = {{0.8, 1.0}, {0.5, 0.8}, {0.2, 0.5}, {0.05, 0.2}};

    /**
     * @param shape         fitted d and k
     * @param baselineK     k of the fit without shape (d = 0)
     * @param cycles        discharges used
     * @param soh           their SoH
     * @param rmseBaseline  their voltage RMSE with the baseline [V]
     * @param rmseShaped    their voltage RMSE with d and k [V]
     * @param bandShapeV    per discharge and {@link #BANDS} band: mean of (measured − baseline model)/(1 − SoH) [V],
     *                      the shape that discharge alone asks for (NaN where the band has no samples)
     * @param totalBaseline RMSE over all samples, baseline [V]
     * @param totalShaped   RMSE over all samples, with d and k [V]
     */
    public record Result(OcvAgeing shape, double baselineK, int[] cycles, double[] soh, double[] rmseBaseline,
            double[] rmseShaped, double[][] bandShapeV, double totalBaseline, double totalShaped) {
    }

    private NasaAgeingFit() {
    }

    /** Fits d and k for {@code cell} (whose own ageing shape, if any, is ignored). */
    public static Result fit(Path nasaDir, CellParameters cell, Consumer<String> progress) {
        Path dir = NasaCellFit.dataDir(nasaDir).resolve("discharge_data/B0005");
        int[] cycles = NasaResistanceGrowth.FIT_CYCLES.clone();
        List<NasaRecord> records = new ArrayList<>();
        for (int n : cycles) {
            records.add(NasaCsv.read(NasaCsv.dischargeFile(dir, n)));
        }
        progress.accept("NASA: fitting the age-dependent OCV shape and resistance growth on B0005 ("
                + cycles.length + " discharges)");
        double baselineK = Math.abs(LeastSquares.minimise(p -> residuals(cell, records, p[0], null),
                new double[] {1.0}, 500).point()[0]);
        double[] start = new double[KNOTS.length];
        start[0] = baselineK;
        // k enters as |k| (a resistance that falls with fade is not physical; the optimum is not near 0 anyway)
        double[] p = LeastSquares.minimise(q -> residuals(cell, records, q[0], anchoredAtFull(q)), start, 2000).point();
        OcvAgeing shape = new OcvAgeing(KNOTS, anchoredAtFull(p), Math.abs(p[0]), source(cycles));
        double[] soh = new double[cycles.length];
        double[] before = new double[cycles.length];
        double[] after = new double[cycles.length];
        double[][] bands = new double[cycles.length][];
        double ssBefore = 0;
        double ssAfter = 0;
        int n = 0;
        for (int i = 0; i < cycles.length; i++) {
            NasaRecord r = records.get(i);
            double frac = r.capacityAh() / cell.capacityAh();
            soh[i] = frac;
            List<Double> z = new ArrayList<>();
            double[] e0 = NasaResistanceGrowth.loadedError(cell, r.series(), frac, 1 + baselineK * (1 - frac),
                    null, cell.limits().minVoltageV(), z);
            double[] e1 = NasaResistanceGrowth.loadedError(cell, r.series(), frac, shape.resistanceFactor(frac),
                    shape, cell.limits().minVoltageV());
            before[i] = LeastSquares.rms(e0);
            after[i] = LeastSquares.rms(e1);
            ssBefore += before[i] * before[i] * e0.length;
            ssAfter += after[i] * after[i] * e1.length;
            n += e0.length;
            bands[i] = bandMeans(e0, z, OcvAgeing.fade(frac));
        }
        return new Result(shape, baselineK, cycles, soh, before, after, bands, Math.sqrt(ssBefore / n),
                Math.sqrt(ssAfter / n));
    }

    /** Loaded-sample errors of every fitting discharge for k and d at {@link #KNOTS} (d null: no shape). */
    private static double[] residuals(CellParameters cell, List<NasaRecord> records, double k, double[] d) {
        OcvAgeing shape = d == null ? null : new OcvAgeing(KNOTS, d, Math.abs(k), "");
        List<double[]> parts = new ArrayList<>();
        int total = 0;
        for (NasaRecord r : records) {
            double frac = r.capacityAh() / cell.capacityAh();
            double rScale = 1 + Math.abs(k) * OcvAgeing.fade(frac);
            double[] e = NasaResistanceGrowth.loadedError(cell, r.series(), frac, rScale, shape,
                    cell.limits().minVoltageV());
            parts.add(e);
            total += e.length;
        }
        double[] out = new double[total];
        int at = 0;
        for (double[] e : parts) {
            System.arraycopy(e, 0, out, at, e.length);
            at += e.length;
        }
        return out;
    }

    /**
     * d from the internal parameters: {@code p[1..]} at every knot but the last, 0 at SoC 1. SoC 1 is the end of the
     * CC-CV charge to 4.2 V at every age, and the rested voltage there does not move with age (the first, rested
     * samples of the fitting discharges: 4.185–4.223 V from SoH 1 to 0.71, no trend); it also anchors the level, which
     * at constant current a resistance factor and a uniform OCV offset would otherwise share.
     */
    static double[] anchoredAtFull(double[] p) {
        double[] d = new double[KNOTS.length];
        System.arraycopy(p, 1, d, 0, KNOTS.length - 1);
        return d;
    }

    private static double[] bandMeans(double[] error, List<Double> soc, double fade) {
        double[] out = new double[BANDS.length];
        for (int b = 0; b < BANDS.length; b++) {
            double sum = 0;
            int count = 0;
            for (int j = 0; j < error.length; j++) {
                double z = soc.get(j);
                if (z >= BANDS[b][0] && z < BANDS[b][1]) {
                    sum += -error[j];
                    count++;
                }
            }
            out[b] = count == 0 || fade == 0 ? Double.NaN : sum / count / fade;
        }
        return out;
    }

    /** Text for the fit report: d, k, per-discharge RMSE and the per-band shape each discharge asks for. */
    public static String report(Result r) {
        StringBuilder b = new StringBuilder(LeafCellFit.f("NASA ageing shape (B0005 fitting discharges): "
                + "OCV + (1-SoH)*d(z), R x (1 + k*(1-SoH))%nSoC knots %s%nd [mV per unit fade] %s%n"
                + "k %.4f (without shape: %.4f); RMSE over all %d discharges %.2f mV (without shape %.2f mV)%n"
                + "discharge, SoH, RMSE without shape [mV], RMSE with shape [mV], (measured - model without shape)"
                + "/(1-SoH) [mV] in SoC bands %s%n", Arrays.toString(KNOTS),
                Arrays.toString(Arrays.stream(r.shape().shiftVPerUnitFade()).map(v -> Math.round(v * 1e4) / 10.0)
                        .toArray()), r.shape().resistanceGrowthPerUnitFade(), r.baselineK(), r.cycles().length,
                1e3 * r.totalShaped(), 1e3 * r.totalBaseline(), Arrays.deepToString(BANDS)));
        for (int i = 0; i < r.cycles().length; i++) {
            b.append(LeafCellFit.f("%d, %.4f, %.2f, %.2f, %s%n", r.cycles()[i], r.soh()[i], 1e3 * r.rmseBaseline()[i],
                    1e3 * r.rmseShaped()[i], Arrays.toString(Arrays.stream(r.bandShapeV()[i])
                            .map(v -> Math.round(v * 1e4) / 10.0).toArray())));
        }
        return b.toString();
    }

    private static String source(int[] cycles) {
        return "NASA PCoE B0005 discharges " + Arrays.toString(cycles).replaceAll("[\\[\\]]", "")
                + " (2 A; none of the validation discharges 2, 40, 80, 120, 160; nothing of B0006/B0007): d at the "
                + "SoC knots (0 at SoC 1, the end of the CC-CV charge) and k fitted jointly by Levenberg-Marquardt "
                + "(Hipparchus) to the loaded voltage >= 2.7 V, measured current and temperature, SoH = capacity "
                + "(file name) / the cell's capacity. Empirical shape (no half-cell data).";
    }
}
