package org.evtwin.core.physics;

/**
 * Internal shorts: a conductance across a cell, which drains charge at the group voltage and turns the chemical energy
 * of that charge into heat inside the cell. The shorted cells are kept as an index list so a step costs nothing when
 * there are none.
 */
final class InternalShorts {
    private final PackState s;
    private final EcmCoefficients k;
    private int[] cells = new int[0];

    InternalShorts(PackState s, EcmCoefficients k) {
        this.s = s;
        this.k = k;
    }

    /** A resistance [Ω] across a cell (∞ removes it). */
    void set(int cellIndex, double ohms) {
        s.shortConductanceS[cellIndex] = Double.isInfinite(ohms) ? 0.0 : 1.0 / ohms;
        int count = 0;
        for (int i = 0; i < s.cells; i++) {
            if (s.shortConductanceS[i] > 0) {
                count++;
            }
        }
        int[] shorted = new int[count];
        count = 0;
        for (int i = 0; i < s.cells; i++) {
            if (s.shortConductanceS[i] > 0) {
                shorted[count++] = i;
            }
        }
        cells = shorted;
    }

    /** Takes over another pack's shorts (its conductances are copied with the state). */
    void copyFrom(InternalShorts other) {
        cells = other.cells.clone();
    }

    /** Drains each shorted cell over a step of {@code dtS} at its group's voltage after the step; adds the heat. */
    void drain(double dtS) {
        final int p = s.parallel;
        final double[] soc = s.soc;
        for (int i : cells) {
            double vg = s.groupVoltageV[i / p];
            double shortA = vg * s.shortConductanceS[i];
            double u = k.ocv(i, soc[i]);
            soc[i] -= shortA * dtS * s.inverseCapacity[i];
            if (k.diffusion) {
                int j = PackState.LAG_STRIDE * i;
                s.diffusion[j] += s.diffusion[j + 1] * s.diffusion[j + 2] * shortA * s.inverseCapacity[i];
            }
            s.heatJ[i] += u * shortA * dtS;
        }
    }
}
