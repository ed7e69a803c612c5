package org.evtwin.core.physics;

import org.evtwin.core.model.PackLayout;
import org.evtwin.core.model.PackTopology;

/**
 * Lumped thermal model, one node per cell:
 * <pre>
 *   m·cp·dT_i/dt = Q_i − hA_i·(T_i − T_coolant) − Σ_j G·(T_i − T_j)      (j: neighbours of i in the layout)
 * </pre>
 * Q_i is the heat generated in the cell (Joule + polarisation + reversible, accumulated by the solver). Integrated
 * with explicit Euler over the accumulated interval; {@link #maxStableIntervalS()} bounds that interval so the update
 * stays stable (dt·(hA + ΣG)/(m·cp) &lt; 1).
 */
final class ThermalNetwork {
    private final int[] start;
    private final int[] neighbour;
    private final double[] hA;          // W/K per cell (module cooling faults change it)
    private final double conductance;   // W/K between neighbours
    private final double heatCapacity;  // J/K
    private final double[] next;
    private final double[] heatShare;
    private final double maxStableS;

    ThermalNetwork(PackTopology topology, PackLayout layout) {
        int n = topology.cellCount();
        start = new int[n + 1];
        int total = layout.neighbourEnd(n - 1);
        neighbour = new int[total];
        for (int i = 0; i < n; i++) {
            start[i] = layout.neighbourStart(i);
            for (int k = layout.neighbourStart(i); k < layout.neighbourEnd(i); k++) {
                neighbour[k] = layout.neighbour(k);
            }
        }
        start[n] = total;
        hA = new double[n];
        double baseHa = topology.cooling().heatTransferCoefficientWPerM2K() * topology.cell().thermal().surfaceAreaM2();
        java.util.Arrays.fill(hA, baseHa);
        conductance = topology.cooling().neighbourConductanceWPerK();
        heatCapacity = topology.cell().thermal().heatCapacityJPerK();
        next = new double[n];
        heatShare = new double[n];
        maxStableS = maxStableIntervalS();
    }

    double heatCapacityJPerK() {
        return heatCapacity;
    }

    double hA(int cell) {
        return hA[cell];
    }

    void scaleCooling(int cell, double factor) {
        hA[cell] *= factor;
    }

    /** Largest update interval for which explicit Euler is stable, with a factor 2 margin. */
    double maxStableIntervalS() {
        double worst = 0;
        for (int i = 0; i < hA.length; i++) {
            worst = Math.max(worst, hA[i] + conductance * (start[i + 1] - start[i]));
        }
        return worst == 0 ? Double.POSITIVE_INFINITY : 0.5 * heatCapacity / worst;
    }

    /**
     * Advances temperatures by {@code intervalS} using the heat accumulated in {@code heatJ} (then cleared); an
     * interval past the stability limit is integrated in stable sub-steps.
     * Returns the heat removed to the coolant [J] (for energy accounting).
     */
    double update(double[] temperatureC, double[] heatJ, double coolantC, double intervalS) {
        if (intervalS <= maxStableS) {
            double removed = substep(temperatureC, heatJ, coolantC, intervalS);
            java.util.Arrays.fill(heatJ, 0.0);
            return removed;
        }
        // a longer interval (a long solver step) is split into stable sub-steps, the heat spread evenly over them
        int parts = (int) Math.ceil(intervalS / maxStableS);
        double dt = intervalS / parts;
        for (int i = 0; i < heatJ.length; i++) {
            heatShare[i] = heatJ[i] / parts;
            heatJ[i] = 0.0;
        }
        double removed = 0;
        for (int p = 0; p < parts; p++) {
            removed += substep(temperatureC, heatShare, coolantC, dt);
        }
        return removed;
    }

    private double substep(double[] temperatureC, double[] heatJ, double coolantC, double intervalS) {
        int n = temperatureC.length;
        double removed = 0;
        double inverseCapacity = 1.0 / heatCapacity;
        for (int i = 0; i < n; i++) {
            double t = temperatureC[i];
            double toCoolant = hA[i] * (t - coolantC);
            double toNeighbours = 0;
            for (int k = start[i]; k < start[i + 1]; k++) {
                toNeighbours += t - temperatureC[neighbour[k]];
            }
            removed += toCoolant * intervalS;
            next[i] = t + (heatJ[i] - intervalS * (toCoolant + conductance * toNeighbours)) * inverseCapacity;
        }
        System.arraycopy(next, 0, temperatureC, 0, n);
        return removed;
    }
}
