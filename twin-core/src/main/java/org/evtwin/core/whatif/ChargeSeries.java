package org.evtwin.core.whatif;

import java.util.Arrays;

/** Growable (time, SoC, max T) series, thinned to at most {@link #MAX_POINTS} points at the end. */
final class ChargeSeries {
    static final int MAX_POINTS = 400;
    private double[] t = new double[256];
    private double[] soc = new double[256];
    private double[] temp = new double[256];
    private int size;

    /** Appends one point: time [s], pack SoC, hottest cell [degC]. */
    void add(double time, double s, double tc) {
        if (size == t.length) {
            t = Arrays.copyOf(t, size * 2);
            soc = Arrays.copyOf(soc, size * 2);
            temp = Arrays.copyOf(temp, size * 2);
        }
        t[size] = time;
        soc[size] = s;
        temp[size] = tc;
        size++;
    }

    double[] times() {
        return thin(t);
    }

    double[] socs() {
        return thin(soc);
    }

    double[] temperatures() {
        return thin(temp);
    }

    /** Every k-th point plus the last one, so at most MAX_POINTS remain. */
    private double[] thin(double[] a) {
        int k = (size + MAX_POINTS - 2) / (MAX_POINTS - 1);
        if (k <= 1) {
            return Arrays.copyOf(a, size);
        }
        int count = (size - 1 + k - 1) / k + 1;
        double[] out = new double[count];
        for (int j = 0; j < count - 1; j++) {
            out[j] = a[j * k];
        }
        out[count - 1] = a[size - 1];
        return out;
    }
}
