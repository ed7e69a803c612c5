package org.evtwin.core.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * 2-RC parameters at every SoC level of one HPPC log. R0 comes from the instantaneous step at the start of the 30 s
 * discharge pulse (last rest sample to first pulse sample, 0.5 s apart in the ORNL logs). R1, τ1, R2, τ2 are then
 * fitted ({@link PulseFit}) over the whole level: pulse, 40 s rest, regen pulse, the 10 % discharge and the 1 h rest
 * that ends at the next level (the last level: up to the end of its regen pulse; its discharge to the cut-off runs
 * below the lowest rest point, where the OCV is extrapolated, and fitting it was tried and made the 1C validation
 * worse). The OCV inside a window is the table row of this temperature at the coulomb-counted SoC. Levels are
 * fitted in order and each starts from the branch voltages the previous level's fit ended with (1 h is not enough
 * for τ2 near its 2000 s bound to decay).
 */
final class HppcFit {
    private HppcFit() {
    }

    /** One level: SoC at the pulse start and the fit. */
    record Level(double soc, PulseFit.Result fit) {
    }

    /**
     * Result for one temperature.
     *
     * @param levels     one per HPPC level, in test order (SoC decreasing)
     * @param rmseV      RMS voltage error over all windows [V]
     * @param maxErrorV  largest |error| over all windows [V]
     * @param samples    samples in all windows
     */
    record Result(List<Level> levels, double rmseV, double maxErrorV, int samples) {
        /** Parameter {@code which} (0 R0, 1 R1, 2 C1, 3 R2, 4 C2) on {@code socGrid}, linear in SoC, clamped. */
        double[] onGrid(int which, double[] socGrid) {
            int n = levels.size();
            double[] s = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                Level l = levels.get(n - 1 - i);
                s[i] = l.soc();
                PulseFit.Result f = l.fit();
                v[i] = switch (which) {
                    case 0 -> f.r0Ohm();
                    case 1 -> f.r1Ohm();
                    case 2 -> f.c1F();
                    case 3 -> f.r2Ohm();
                    default -> f.c2F();
                };
            }
            double[] out = new double[socGrid.length];
            for (int j = 0; j < socGrid.length; j++) {
                out[j] = Interp.linear(s, v, socGrid[j]);
            }
            return out;
        }
    }

    static Result fit(HppcTest test, double[] socGrid, double[] ocvRow, double capacityC) {
        return fit(test, ocvTrace(test, socGrid, ocvRow, capacityC, null), capacityC);
    }

    /**
     * OCV at every sample of the test [V] (0 before the full anchor): the row at the coulomb-counted SoC, or, with a
     * diffusion lag trace {@code lag} (per sample, as {@link DiffusionLag#trace}), at the surface SoC.
     */
    static double[] ocvTrace(HppcTest test, double[] socGrid, double[] ocvRow, double capacityC, double[] lag) {
        double[] q = test.discharged();
        double[] out = new double[q.length];
        for (int j = test.anchors()[0]; j < q.length; j++) {
            double z = 1 - q[j] / capacityC - (lag == null ? 0.0 : lag[j]);
            out[j] = LeafOcv.atSoc(socGrid, ocvRow, z);
        }
        return out;
    }

    /**
     * Fits every level against a given OCV trace (one value per sample of the test's record).
     *
     * @param capacityC the cell's capacity [C] (for the SoC of each level)
     */
    static Result fit(HppcTest test, double[] ocvTrace, double capacityC) {
        var r = test.record();
        double[] time = r.series().timeS();
        double[] cur = r.series().currentA();
        double[] volt = r.series().voltageV();
        List<Level> levels = new ArrayList<>();
        double v1 = 0;
        double v2 = 0;
        double sumSq = 0;
        double max = 0;
        int samples = 0;
        for (int k = 0; k < test.levels(); k++) {
            int from = test.anchors()[k];
            int to = k + 1 < test.levels() ? test.anchors()[k + 1] : test.regenEnds()[k];
            int n = to - from + 1;
            double[] t = new double[n];
            double[] i = new double[n];
            double[] v = new double[n];
            double[] ocv = new double[n];
            for (int j = 0; j < n; j++) {
                t[j] = time[from + j] - time[from];
                i[j] = cur[from + j];
                v[j] = volt[from + j];
                ocv[j] = ocvTrace[from + j];
            }
            int p = test.pulseStarts()[k];
            double r0 = (volt[from] - volt[p]) / (cur[p] - cur[from]);
            PulseFit.Result f = PulseFit.fit(t, i, v, ocv, r0, v1, v2);
            v1 = f.endV1();
            v2 = f.endV2();
            levels.add(new Level(1 - test.anchorDischarged(k) / capacityC, f));
            sumSq += f.rmseV() * f.rmseV() * n;
            samples += n;
            max = Math.max(max, f.maxErrorV());
        }
        return new Result(levels, Math.sqrt(sumSq / samples), max, samples);
    }
}
