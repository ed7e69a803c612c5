package org.evtwin.core.fit;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.data.BitrodeRecord;
import org.evtwin.core.data.BitrodeRecord.StepRun;

/**
 * Pseudo-OCV shape from a slow (C/15) cycling log: the full discharge branches that start from a full charge after a
 * short rest (complete CC-CV charge, rest of at most {@value #MAX_REST_S} s, discharge to the cut-off), and the CC
 * parts of the charges that follow them. Both are put on one axis, charge removed from full [C], and averaged over
 * cycles.
 *
 * <p>The ORNL cycling log has a series resistance far above the cell's own (the voltage steps by about 0.24 V when
 * 2.17 A is switched on or off, i.e. about 0.11 Ω, against about 2 mΩ in the HPPC logs of the same cell), so the raw
 * branches are offset from the OCV by roughly ±0.24 V. Where charge and discharge CC branches overlap, their mean
 * cancels the symmetric part (series resistance, polarisation, hysteresis). The charge reaches the 4.2 V limit at about
 * half charge, so above that only the discharge exists; the curve is therefore the discharge branch shifted by
 * {@code I·R_app}, R_app the median of {@code (V_ch − V_dis)/(2·I)} over the overlap. The result is a shape: its
 * level is corrected to the HPPC rest points by {@link LeafOcv}.
 */
public final class SlowCycleCurve {
    /** Longest rest between a full charge and a discharge that still counts as "from full" [s]. */
    public static final double MAX_REST_S = 900;
    /** Spacing of the charge axis [C] (0.05 Ah). */
    public static final double STEP_C = 180;

    private final double[] removedC;
    private final double[] voltageV;
    private final double currentA;
    private final double stepResistanceOhm;
    private final double apparentResistanceOhm;
    private final double overlapSpreadV;
    private final int cycles;
    private final double coulombicEfficiency;

    private SlowCycleCurve(double[] removedC, double[] voltageV, double currentA, double stepResistanceOhm,
            double apparentResistanceOhm, double overlapSpreadV, int cycles, double coulombicEfficiency) {
        this.coulombicEfficiency = coulombicEfficiency;
        this.removedC = removedC;
        this.voltageV = voltageV;
        this.currentA = currentA;
        this.stepResistanceOhm = stepResistanceOhm;
        this.apparentResistanceOhm = apparentResistanceOhm;
        this.overlapSpreadV = overlapSpreadV;
        this.cycles = cycles;
    }

    public static SlowCycleCurve of(BitrodeRecord r) {
        List<StepRun> runs = r.stepRuns();
        List<double[][]> dis = new ArrayList<>();
        List<double[][]> chg = new ArrayList<>();
        double current = 0;
        double stepR = 0;
        int steps = 0;
        double efficiency = 0;
        for (int k = 2; k + 2 < runs.size(); k++) {
            StepRun charge = runs.get(k - 2);
            StepRun rest = runs.get(k - 1);
            StepRun d = runs.get(k);
            if (!charge.mode().equals("CHRG") || !rest.mode().equals("REST") || !d.mode().equals("DCHG")
                    || r.time(rest.last()) - r.time(charge.last()) > MAX_REST_S || r.voltage(d.last()) > 3.01) {
                continue;
            }
            double i = r.current(d.first());
            current += i;
            stepR += (r.voltage(rest.last()) - r.voltage(d.first())) / i;
            stepR += (r.voltage(d.last() + 1) - r.voltage(d.last())) / i;
            steps += 2;
            dis.add(branch(r, d.first() - 1, d.last(), false));
            StepRun afterRest = runs.get(k + 1);
            StepRun nextCharge = runs.get(k + 2);
            if (afterRest.mode().equals("REST") && nextCharge.mode().equals("CHRG")
                    && Math.abs(r.current(nextCharge.last())) < 0.2 * Math.abs(i)) {
                chg.add(branch(r, nextCharge.first() - 1, nextCharge.last(), true));
                efficiency += total(r, d.first() - 1, d.last()) / -total(r, nextCharge.first() - 1, nextCharge.last());
            }
        }
        if (dis.isEmpty() || chg.isEmpty()) {
            throw new TwinException(r.file() + ": no complete C/15 discharge from full followed by a charge found");
        }
        current /= dis.size();
        double end = Double.POSITIVE_INFINITY;
        for (double[][] b : dis) {
            end = Math.min(end, b[0][b[0].length - 1]);
        }
        int n = (int) Math.floor(end / STEP_C) + 1;
        double[] q = new double[n];
        double[] vd = new double[n];
        double[] vc = new double[n];
        List<Double> ratios = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            q[j] = j * STEP_C;
            vd[j] = mean(dis, q[j]);
            vc[j] = mean(chg, q[j]);
            if (!Double.isNaN(vc[j])) {
                ratios.add((vc[j] - vd[j]) / (2 * current));
            }
        }
        if (ratios.size() < 10) {
            throw new TwinException(r.file() + ": charge and discharge C/15 branches overlap on fewer than 10 points");
        }
        double rApp = median(ratios);
        double spread = 0;
        double[] u = new double[n];
        for (int j = 0; j < n; j++) {
            u[j] = vd[j] + current * rApp;
            if (!Double.isNaN(vc[j])) {
                spread = Math.max(spread, Math.abs(0.5 * (vd[j] + vc[j]) - u[j]));
            }
        }
        return new SlowCycleCurve(q, u, current, stepR / steps, rApp, spread, dis.size(), efficiency / chg.size());
    }

    private static double total(BitrodeRecord r, int from, int to) {
        double q = 0;
        for (int i = from + 1; i <= to; i++) {
            q += r.current(i) * (r.time(i) - r.time(i - 1));
        }
        return q;
    }

    /** Branch on the "removed from full" axis: {q[], v[]} for the CC part only (charge: current within 2 %). */
    private static double[][] branch(BitrodeRecord r, int from, int to, boolean charge) {
        List<double[]> pts = new ArrayList<>();
        double q = 0;
        double total = total(r, from, to);
        double i0 = r.current(from + 1);
        for (int i = from + 1; i <= to; i++) {
            q += r.current(i) * (r.time(i) - r.time(i - 1));
            if (Math.abs(r.current(i) - i0) > 0.02 * Math.abs(i0)) {
                break; // end of the CC part (CV phase of a charge)
            }
            pts.add(new double[] {charge ? q - total : q, r.voltage(i)});
        }
        if (charge) {
            java.util.Collections.reverse(pts);
        }
        double[][] out = new double[2][pts.size()];
        for (int k = 0; k < pts.size(); k++) {
            out[0][k] = pts.get(k)[0];
            out[1][k] = pts.get(k)[1];
        }
        return out;
    }

    private static double mean(List<double[][]> branches, double q) {
        double s = 0;
        for (double[][] b : branches) {
            double[] x = b[0];
            if (x.length < 2 || q < x[0] - STEP_C || q > x[x.length - 1] + STEP_C) {
                return Double.NaN;
            }
            s += Interp.linear(x, b[1], q);
        }
        return s / branches.size();
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : 0.5 * (a[a.length / 2 - 1] + a[a.length / 2]);
    }

    /** Pseudo-OCV [V] at charge removed from full [C]; linear extrapolation from the last 1 Ah beyond the ends. */
    public double voltage(double removed) {
        int n = removedC.length;
        if (removed > removedC[n - 1]) {
            int back = Math.max(0, n - 1 - (int) Math.round(3600 / STEP_C));
            double slope = (voltageV[n - 1] - voltageV[back]) / (removedC[n - 1] - removedC[back]);
            return voltageV[n - 1] + slope * (removed - removedC[n - 1]);
        }
        return Interp.linear(removedC, voltageV, Math.max(removed, 0));
    }

    /** Charge removed at the end of the curve [C]. */
    public double endC() {
        return removedC[removedC.length - 1];
    }

    /** Mean C/15 current [A] (positive = discharge). */
    public double currentA() {
        return currentA;
    }

    /** Mean |ΔV/ΔI| at the current steps that start and end the discharges [Ω]. */
    public double stepResistanceOhm() {
        return stepResistanceOhm;
    }

    /** Median (V_ch − V_dis)/(2·I) over the overlap [Ω]. */
    public double apparentResistanceOhm() {
        return apparentResistanceOhm;
    }

    /** Largest difference between the branch mean and the shifted discharge branch over the overlap [V]. */
    public double overlapSpreadV() {
        return overlapSpreadV;
    }

    /** Mean ratio of the charge delivered by a C/15 discharge to the charge stored by the CC-CV charge after it. */
    public double coulombicEfficiency() {
        return coulombicEfficiency;
    }

    public int cycles() {
        return cycles;
    }
}
