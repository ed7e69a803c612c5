package org.evtwin.core.data;

import java.util.Arrays;

/**
 * A measured time series of one cell in the core's conventions.
 *
 * @param source        where it came from (file name, optionally a section)
 * @param timeS         sample times [s], non-decreasing
 * @param currentA      current [A], positive on discharge
 * @param voltageV      terminal voltage [V]
 * @param temperatureC  cell (surface) temperature [degC], or {@code null} when the file has none
 */
public record MeasuredSeries(String source, double[] timeS, double[] currentA, double[] voltageV,
        double[] temperatureC) {

    public int size() {
        return timeS.length;
    }

    public boolean hasTemperature() {
        return temperatureC != null;
    }

    /** Samples {@code from .. to} inclusive, with time shifted so the first sample is at {@code 0}. */
    public MeasuredSeries slice(int from, int to, String name) {
        double[] t = Arrays.copyOfRange(timeS, from, to + 1);
        double t0 = t[0];
        for (int i = 0; i < t.length; i++) {
            t[i] -= t0;
        }
        return new MeasuredSeries(name, t, Arrays.copyOfRange(currentA, from, to + 1),
                Arrays.copyOfRange(voltageV, from, to + 1),
                temperatureC == null ? null : Arrays.copyOfRange(temperatureC, from, to + 1));
    }

    /** Charge delivered since the first sample [C] (positive on discharge), zero-order hold of each sample's current over the interval ending at it. */
    public double[] dischargedCoulomb() {
        double[] q = new double[timeS.length];
        for (int i = 1; i < q.length; i++) {
            q[i] = q[i - 1] + currentA[i] * (timeS[i] - timeS[i - 1]);
        }
        return q;
    }
}
