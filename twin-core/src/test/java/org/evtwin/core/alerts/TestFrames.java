package org.evtwin.core.alerts;

import java.util.Arrays;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.telemetry.PackFrame;

/** Builds frames of a small pack in a healthy state, with single values changed per test. */
final class TestFrames {
    /** A 3.0–4.2 V cell window, as the built-in Leaf cell. */
    static final CellLimits LIMITS = new CellLimits(3.0, 4.2, -20, 60, 5, 2, 0, 45);

    final double[] voltage;
    final double[] current;
    final double[] temperature;
    final double[] soc;
    final double[] soh;
    double packSoc = 0.8;

    TestFrames(int cells) {
        voltage = filled(cells, 3.9);
        current = filled(cells, 10.0);
        temperature = filled(cells, 25.0);
        soc = filled(cells, 0.8);
        soh = filled(cells, 0.97);
    }

    /** A frame at {@code timeS} with copies of the present arrays. */
    PackFrame at(double timeS) {
        return new PackFrame(timeS, 20.0, 3.9 * voltage.length, packSoc, "NONE", voltage.clone(), current.clone(),
                temperature.clone(), soc.clone(), soh.clone());
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
