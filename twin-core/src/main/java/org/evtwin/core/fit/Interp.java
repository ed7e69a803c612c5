package org.evtwin.core.fit;

import java.util.Arrays;

/** Linear interpolation on increasing abscissae, clamped at the ends. */
final class Interp {
    private Interp() {
    }

    static double linear(double[] x, double[] y, double at) {
        int n = x.length;
        if (at <= x[0]) {
            return y[0];
        }
        if (at >= x[n - 1]) {
            return y[n - 1];
        }
        int i = Arrays.binarySearch(x, at);
        if (i >= 0) {
            return y[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double w = (at - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + (y[hi] - y[lo]) * w;
    }
}
