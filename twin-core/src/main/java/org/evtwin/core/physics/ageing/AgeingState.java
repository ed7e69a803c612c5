package org.evtwin.core.physics.ageing;

import java.util.Arrays;

import org.evtwin.core.TwinException;

/**
 * The ageing state of a set of cells (structure of arrays): capacity fade and resistance growth, each split into a
 * calendar (time-driven) and a cycle (throughput-driven) part, plus the memory of the half-cycle depth tracker
 * ({@link CycleTracker}). Fractions are relative to the cell's beginning-of-life values.
 *
 * <p>Not thread-safe as a whole; disjoint cell ranges may be advanced concurrently.
 */
public final class AgeingState {
    final int size;
    final double[] nominalCapacityC;
    final double[] fadeCalendar;
    final double[] fadeCycle;
    final double[] growthCalendar;
    final double[] growthCycle;
    // half-cycle tracker (see CycleTracker)
    final double[] trkRef;
    final double[] trkExt;
    final byte[] trkDir;
    final double[] trkCurQ;
    final double[] trkCurV2Q;
    final double[] trkLastDepth;
    final double[] trkLastVrms;
    final double[] estDepth;
    final double[] estVrms;

    /**
     * Fresh cells with the given beginning-of-life nominal capacities [C] (one per cell; used to scale throughput to
     * the reference cell of each law, i.e. throughput is counted in equivalent full cycles).
     *
     * @throws TwinException if a capacity is not finite and positive
     */
    public AgeingState(double[] nominalCapacityC) {
        size = nominalCapacityC.length;
        this.nominalCapacityC = nominalCapacityC.clone();
        for (int i = 0; i < size; i++) {
            double c = nominalCapacityC[i];
            if (!(c > 0.0) || !Double.isFinite(c)) {
                throw new TwinException("ageing state: cell " + i + " nominal capacity must be finite and > 0 C, got "
                        + c);
            }
        }
        fadeCalendar = new double[size];
        fadeCycle = new double[size];
        growthCalendar = new double[size];
        growthCycle = new double[size];
        trkRef = new double[size];
        trkExt = new double[size];
        trkDir = new byte[size];
        trkCurQ = new double[size];
        trkCurV2Q = new double[size];
        trkLastDepth = new double[size];
        trkLastVrms = new double[size];
        estDepth = new double[size];
        estVrms = new double[size];
        Arrays.fill(trkRef, Double.NaN);
        Arrays.fill(trkExt, Double.NaN);
        Arrays.fill(trkLastDepth, Double.NaN);
        Arrays.fill(trkLastVrms, Double.NaN);
        Arrays.fill(estVrms, Double.NaN);
    }

    /** {@code cells} fresh cells of equal nominal capacity [C]. */
    public static AgeingState uniform(int cells, double nominalCapacityC) {
        double[] c = new double[cells];
        Arrays.fill(c, nominalCapacityC);
        return new AgeingState(c);
    }

    /** Number of cells. */
    public int size() {
        return size;
    }

    /** Beginning-of-life nominal capacity of cell {@code i} [C]. */
    public double nominalCapacityC(int i) {
        return nominalCapacityC[i];
    }

    /** State of health = remaining capacity / beginning-of-life capacity = 1 − total fade, floored at 0. */
    public double soh(int i) {
        return Math.max(0.0, 1.0 - fadeCalendar[i] - fadeCycle[i]);
    }

    /** Resistance factor = aged / beginning-of-life resistance = 1 + total growth. */
    public double resistanceFactor(int i) {
        return 1.0 + growthCalendar[i] + growthCycle[i];
    }

    /** Calendar part of the capacity fade (fraction). */
    public double calendarFade(int i) {
        return fadeCalendar[i];
    }

    /** Cycle part of the capacity fade (fraction). */
    public double cycleFade(int i) {
        return fadeCycle[i];
    }

    /** Calendar part of the resistance growth (fraction). */
    public double calendarGrowth(int i) {
        return growthCalendar[i];
    }

    /** Cycle part of the resistance growth (fraction). */
    public double cycleGrowth(int i) {
        return growthCycle[i];
    }

    /** The depth of discharge [0..1] the cycle law used in the last interval (see {@link CycleTracker}). */
    public double cycleDepthEstimate(int i) {
        return estDepth[i];
    }

    /** The cycle voltage [V] the cycle law used in the last interval (NaN before any throughput). */
    public double cycleVoltageEstimate(int i) {
        return estVrms[i];
    }

    /**
     * Restores a saved or assumed ageing state of cell {@code i} (fractions ≥ 0), e.g. to start a simulation from a
     * used pack. The half-cycle tracker is restarted.
     *
     * @throws TwinException if a value is negative or not finite
     */
    public void set(int i, double calendarFade, double cycleFade, double calendarGrowth, double cycleGrowth) {
        for (double v : new double[] {calendarFade, cycleFade, calendarGrowth, cycleGrowth}) {
            if (!(v >= 0.0) || !Double.isFinite(v)) {
                throw new TwinException("ageing state: cell " + i + " fade/growth must be finite and >= 0, got " + v);
            }
        }
        fadeCalendar[i] = calendarFade;
        fadeCycle[i] = cycleFade;
        growthCalendar[i] = calendarGrowth;
        growthCycle[i] = cycleGrowth;
        trkRef[i] = Double.NaN;
        trkExt[i] = Double.NaN;
        trkDir[i] = 0;
        trkCurQ[i] = 0.0;
        trkCurV2Q[i] = 0.0;
        trkLastDepth[i] = Double.NaN;
        trkLastVrms[i] = Double.NaN;
        estDepth[i] = 0.0;
        estVrms[i] = Double.NaN;
    }
}
