package org.evtwin.core.physics;

import org.evtwin.core.TwinException;

/** Stops a run at the first non-finite value, naming the cell and the time, instead of letting NaN spread. */
final class NonFiniteGuard {
    private NonFiniteGuard() {
    }

    static TwinException failure(PackState s, String what) {
        for (int i = 0; i < s.cells; i++) {
            if (!Double.isFinite(s.cellVoltageV(i)) || !Double.isFinite(s.soc[i]) || !Double.isFinite(s.currentA[i])) {
                return new TwinException(String.format(java.util.Locale.ROOT,
                        "non-finite %s in cell %d (group %d) at t = %.3f s (voltage %s V, current %s A, SoC %s);"
                                + " the run was stopped", what, i, i / s.parallel, s.timeS, s.cellVoltageV(i),
                        s.currentA[i], s.soc[i]));
            }
        }
        return new TwinException(String.format(java.util.Locale.ROOT,
                "non-finite pack %s at t = %.3f s (pack current %s A); the run was stopped", what, s.timeS,
                s.packCurrentA));
    }

    static void checkTemperatures(PackState s) {
        for (int i = 0; i < s.cells; i++) {
            if (!Double.isFinite(s.temperatureC[i])) {
                throw new TwinException(String.format(java.util.Locale.ROOT,
                        "non-finite temperature in cell %d at t = %.3f s; the run was stopped", i, s.timeS));
            }
        }
    }
}
