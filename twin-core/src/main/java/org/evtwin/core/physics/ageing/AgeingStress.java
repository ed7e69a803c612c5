package org.evtwin.core.physics.ageing;

import java.util.Arrays;

import org.evtwin.core.TwinException;

/**
 * What each cell went through during one ageing interval, accumulated by the solver step by step (structure of
 * arrays, no allocation after construction). Time-weighted sums give the mean temperature, voltage and SoC;
 * throughput-weighted sums give the C-rate and the RMS voltage that cycle laws use; min/max/end SoC feed the
 * half-cycle depth tracker in {@link AgeingState}.
 *
 * <p>Call {@link #accumulate} every solver step, then {@link AgeingModel#advance}, then {@link #reset}.
 * Voltage should be the open-circuit voltage at the cell's SoC (the published laws are written in equilibrium
 * voltage); terminal voltage is an acceptable approximation at low C-rate.
 */
public final class AgeingStress {
    private final int size;
    private final double[] elapsedS;
    private final double[] tempCs;     // Σ T·dt   [degC·s]
    private final double[] voltS;      // Σ V·dt   [V·s]
    private final double[] socS;       // Σ SoC·dt [s]
    private final double[] chargeC;    // Σ |I|·dt [C]
    private final double[] volt2C;     // Σ V²·|I|·dt [V²·C]
    private final double[] current2S;  // Σ I²·dt [A²·s]
    private final double[] socMin;
    private final double[] socMax;
    private final double[] socEnd;

    /** Creates an empty stress record for {@code cells} cells. */
    public AgeingStress(int cells) {
        if (cells < 0) {
            throw new TwinException("ageing stress: negative cell count " + cells);
        }
        size = cells;
        elapsedS = new double[cells];
        tempCs = new double[cells];
        voltS = new double[cells];
        socS = new double[cells];
        chargeC = new double[cells];
        volt2C = new double[cells];
        current2S = new double[cells];
        socMin = new double[cells];
        socMax = new double[cells];
        socEnd = new double[cells];
        reset(0, cells);
    }

    /** Number of cells. */
    public int size() {
        return size;
    }

    /** Clears cells {@code [from, to)} for the next interval. */
    public void reset(int from, int to) {
        Arrays.fill(elapsedS, from, to, 0.0);
        Arrays.fill(tempCs, from, to, 0.0);
        Arrays.fill(voltS, from, to, 0.0);
        Arrays.fill(socS, from, to, 0.0);
        Arrays.fill(chargeC, from, to, 0.0);
        Arrays.fill(volt2C, from, to, 0.0);
        Arrays.fill(current2S, from, to, 0.0);
        Arrays.fill(socMin, from, to, Double.POSITIVE_INFINITY);
        Arrays.fill(socMax, from, to, Double.NEGATIVE_INFINITY);
        Arrays.fill(socEnd, from, to, Double.NaN);
    }

    /**
     * Adds one solver step of length {@code dtS} [s] for cell {@code i}: cell temperature [degC], voltage [V]
     * (preferably OCV), SoC [0..1] at the end of the step, and cell current [A] (sign ignored: throughput counts
     * charge and discharge).
     */
    public void accumulate(int i, double dtS, double temperatureC, double voltageV, double soc, double currentA) {
        double a = Math.abs(currentA);
        double q = a * dtS;
        elapsedS[i] += dtS;
        tempCs[i] += temperatureC * dtS;
        voltS[i] += voltageV * dtS;
        socS[i] += soc * dtS;
        chargeC[i] += q;
        volt2C[i] += voltageV * voltageV * q;
        current2S[i] += a * q;
        if (soc < socMin[i]) {
            socMin[i] = soc;
        }
        if (soc > socMax[i]) {
            socMax[i] = soc;
        }
        socEnd[i] = soc;
    }

    /** {@link #accumulate(int, double, double, double, double, double)} for cells {@code [from, to)}. */
    public void accumulate(int from, int to, double dtS, double[] temperatureC, double[] voltageV, double[] soc,
            double[] currentA) {
        for (int i = from; i < to; i++) {
            accumulate(i, dtS, temperatureC[i], voltageV[i], soc[i], currentA[i]);
        }
    }

    /**
     * Replaces cell {@code i}'s record by one aggregated segment (used by {@link AgeingProjection} and tests): a
     * segment of {@code elapsedS} seconds at mean temperature, mean voltage, throughput-weighted RMS voltage and
     * mean SoC, with SoC range {@code [socMin, socMax]} ending at {@code socEnd}, moving {@code throughputC} coulomb
     * at a throughput-weighted mean |current| of {@code currentA}.
     */
    public void setSegment(int i, double elapsedS, double temperatureC, double meanVoltageV, double rmsVoltageV,
            double meanSoc, double socMin, double socMax, double socEnd, double throughputC, double currentA) {
        this.elapsedS[i] = elapsedS;
        tempCs[i] = temperatureC * elapsedS;
        voltS[i] = meanVoltageV * elapsedS;
        socS[i] = meanSoc * elapsedS;
        chargeC[i] = throughputC;
        volt2C[i] = rmsVoltageV * rmsVoltageV * throughputC;
        current2S[i] = Math.abs(currentA) * throughputC;
        this.socMin[i] = socMin;
        this.socMax[i] = socMax;
        this.socEnd[i] = socEnd;
    }

    /** Length of the interval recorded for cell {@code i} [s]. */
    public double elapsedS(int i) {
        return elapsedS[i];
    }

    /** Time-mean cell temperature [degC] (NaN if the interval is empty). */
    public double meanTemperatureC(int i) {
        return tempCs[i] / elapsedS[i];
    }

    /** Time-mean voltage [V] (NaN if the interval is empty). */
    public double meanVoltageV(int i) {
        return voltS[i] / elapsedS[i];
    }

    /** Time-mean SoC [0..1] (NaN if the interval is empty). */
    public double meanSoc(int i) {
        return socS[i] / elapsedS[i];
    }

    /** Absolute charge moved (charge plus discharge) [C]. */
    public double throughputC(int i) {
        return chargeC[i];
    }

    /** Throughput-weighted Σ V²·|I|·dt [V²·C]; divided by {@link #throughputC} it is the squared RMS voltage. */
    public double voltageSquaredChargeV2C(int i) {
        return volt2C[i];
    }

    /** Throughput-weighted RMS voltage [V]: the cycle voltage of the charge moved (NaN without throughput). */
    public double rmsVoltageV(int i) {
        return Math.sqrt(volt2C[i] / chargeC[i]);
    }

    /**
     * Throughput-weighted mean |current| [A] = Σ I²dt / Σ |I|dt: the current while charge actually flowed, so
     * rests do not dilute the C-rate (0 without throughput).
     */
    public double flowingCurrentA(int i) {
        return chargeC[i] > 0.0 ? current2S[i] / chargeC[i] : 0.0;
    }

    /** Lowest SoC seen in the interval (+∞ if empty). */
    public double socMin(int i) {
        return socMin[i];
    }

    /** Highest SoC seen in the interval (−∞ if empty). */
    public double socMax(int i) {
        return socMax[i];
    }

    /** SoC at the end of the interval (NaN if empty). */
    public double socEnd(int i) {
        return socEnd[i];
    }
}
