package org.evtwin.app.alerts;

import java.util.Arrays;
import org.evtwin.core.telemetry.PackFrame;

/** A healthy frame of a small pack with single values changed per test. */
final class TestFrame {
    final double[] voltage;
    final double[] temperature;
    final double[] soh;
    double packSoc = 0.8;

    TestFrame(int cells) {
        voltage = filled(cells, 3.7);
        temperature = filled(cells, 25.0);
        soh = filled(cells, 0.97);
    }

    PackFrame at(double timeS) {
        int n = voltage.length;
        return new PackFrame(timeS, 10.0, 3.7 * n, packSoc, "NONE", voltage.clone(), filled(n, 5.0),
                temperature.clone(), filled(n, packSoc), soh.clone());
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
