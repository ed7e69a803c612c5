package org.evtwin.core.fit;

/** Keeps OCV rows strictly increasing in SoC (the parameter-file rule) by raising flat or falling points. */
final class Monotone {
    /** Smallest step between neighbouring OCV grid points [V]. */
    static final double MIN_STEP_V = 1e-4;

    private Monotone() {
    }

    /** Raises points that are not at least {@link #MIN_STEP_V} above their left neighbour; returns how many. */
    static int enforce(double[][] rows) {
        int fixes = 0;
        for (double[] row : rows) {
            for (int s = 1; s < row.length; s++) {
                if (row[s] < row[s - 1] + MIN_STEP_V) {
                    row[s] = row[s - 1] + MIN_STEP_V;
                    fixes++;
                }
            }
        }
        return fixes;
    }
}
