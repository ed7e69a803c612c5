package org.evtwin.app.pack3d;

import java.util.Arrays;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.LayoutSpec;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.PackFrame;

/** Frames with chosen per-cell values for view tests. */
final class TestFrames {
    private TestFrames() {
    }

    /** Every cell at the same values. */
    static PackFrame uniform(PackTopology t, double soc, double tempC, double volts, double amps, double soh) {
        int n = t.cellCount();
        return new PackFrame(0, amps * t.parallel(), volts * t.seriesGroups(), soc, "NONE", fill(n, volts),
                fill(n, amps), fill(n, tempC), fill(n, soc), fill(n, soh));
    }

    /** SoC rising with the cell index from 0 to 1, temperature 15 → 60 °C, current −4 → +4 A, SoH 0.8, 3.7 V. */
    static PackFrame ramp(PackTopology t) {
        int n = t.cellCount();
        double[] soc = new double[n];
        double[] temp = new double[n];
        double[] amps = new double[n];
        for (int i = 0; i < n; i++) {
            double f = n == 1 ? 0 : i / (double) (n - 1);
            soc[i] = f;
            temp[i] = 15 + 45 * f;
            amps[i] = -4 + 8 * f;
        }
        return new PackFrame(10, 0, 3.7 * t.seriesGroups(), 0.5, "NONE", fill(n, 3.7), amps, temp, soc, fill(n, 0.8));
    }

    /** The built-in Leaf pack with its pouch cells laid flat and stacked four high (cellsZ = 4), not upright. */
    static PackTopology stackedLeaf() {
        PackTopology t = Catalog.pack("leaf-96s2p");
        return new PackTopology(t.name() + "-stacked", t.description(), t.cell(), t.modules(), t.seriesPerModule(),
                t.parallel(), t.interconnectResistanceOhm(), t.cooling(),
                new LayoutSpec(1, 1, 4, 0.303, 0.223, 0.0087, 8, 0.03), t.spread());
    }

    private static double[] fill(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
