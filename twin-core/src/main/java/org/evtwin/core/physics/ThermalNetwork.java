package org.evtwin.core.physics;

import org.evtwin.core.model.CoolingSpec;
import org.evtwin.core.model.PackLayout;
import org.evtwin.core.model.PackTopology;

/**
 * Lumped thermal model, one node per cell:
 * <pre>
 *   m·cp·dT_i/dt = Q_i − Q_cool(T_i, T_coolant) − Σ_j G·(T_i − T_j)      (j: neighbours of i in the layout)
 *   Q_cool = hA_i·ΔT·(|ΔT|/ΔT_ref)^(m−1) + ε·σ·A·(T_i⁴ − T_coolant⁴)     (ΔT = T_i − T_coolant; see CoolingSpec)
 * </pre>
 * Q_i is the heat generated in the cell (Joule + polarisation + reversible, accumulated by the solver). With the
 * default cooling (m = 1, ε = 0) Q_cool = hA_i·ΔT. Integrated with explicit Euler over the accumulated interval; the
 * interval is split into sub-steps short enough for stability: dt·(G_cool + ΣG)/(m·cp) ≤ 1/2, where G_cool =
 * dQ_cool/dT is the local linearised conductance evaluated once per update, at the start temperatures and at the
 * temperatures the accumulated heat would give (for m = 1, ε = 0 simply hA_i). No allocation per update.
 */
final class ThermalNetwork {
    private final int[] start;
    private final int[] neighbour;
    private final double[] hA;          // W/K per cell: h·A (at ΔT_ref if m ≠ 1); module cooling faults change it
    private final double conductance;   // W/K between neighbours
    private final double heatCapacity;  // J/K
    private final double areaM2;        // radiating surface per cell
    private final CoolingSpec cooling;
    private final boolean linear;
    private final double[] next;
    private final double[] heatShare;
    private double nominalStableS;

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
        cooling = topology.cooling();
        linear = cooling.isLinear();
        areaM2 = topology.cell().thermal().surfaceAreaM2();
        hA = new double[n];
        java.util.Arrays.fill(hA, cooling.heatTransferCoefficientWPerM2K() * areaM2);
        conductance = cooling.neighbourConductanceWPerK();
        heatCapacity = topology.cell().thermal().heatCapacityJPerK();
        next = new double[n];
        heatShare = new double[n];
        nominalStableS = maxStableIntervalS();
    }

    double heatCapacityJPerK() {
        return heatCapacity;
    }

    double hA(int cell) {
        return hA[cell];
    }

    /** Takes over another network's per-cell cooling (faults included); used when a pack is copied. */
    void copyCoolingFrom(ThermalNetwork other) {
        System.arraycopy(other.hA, 0, hA, 0, hA.length);
        nominalStableS = other.nominalStableS;
    }

    /** Scales the convective conductance of one cell (cooling loss); radiation is not affected. */
    void scaleCooling(int cell, double factor) {
        hA[cell] *= factor;
        nominalStableS = maxStableIntervalS();
    }

    /**
     * Largest update interval for which explicit Euler is stable, with a factor 2 margin. For a nonlinear law this is
     * the nominal value at ΔT = ΔT_ref above the topology's coolant temperature; {@link #update} re-evaluates the bound
     * at the actual temperatures.
     */
    double maxStableIntervalS() {
        if (linear) {
            double worst = 0;
            for (int i = 0; i < hA.length; i++) {
                worst = Math.max(worst, hA[i] + conductance * (start[i + 1] - start[i]));
            }
            return bound(worst);
        }
        double delta = cooling.referenceTemperatureDifferenceK();
        double worst = 0;
        for (int i = 0; i < hA.length; i++) {
            double g = cooling.convectionConductanceWPerK(hA[i], delta)
                    + cooling.radiationConductanceWPerK(areaM2, cooling.coolantTemperatureC() + delta);
            worst = Math.max(worst, g + conductance * (start[i + 1] - start[i]));
        }
        return bound(worst);
    }

    /**
     * Stability bound for this update: the local linearised conductance of each cell, taken as the larger of its value
     * at the present temperature and at the temperature the accumulated heat alone would give (so that a cell heated
     * from ΔT ≈ 0, where dQ/dT of a power law vanishes, is not integrated in one long step).
     */
    private double maxStableIntervalS(double[] temperatureC, double[] heatJ, double coolantC) {
        if (linear) {
            return nominalStableS;
        }
        double worst = 0;
        for (int i = 0; i < hA.length; i++) {
            double t = temperatureC[i];
            double heated = t + heatJ[i] / heatCapacity;
            double g = Math.max(cooling.convectionConductanceWPerK(hA[i], t - coolantC)
                    + cooling.radiationConductanceWPerK(areaM2, t),
                    cooling.convectionConductanceWPerK(hA[i], heated - coolantC)
                    + cooling.radiationConductanceWPerK(areaM2, heated));
            worst = Math.max(worst, g + conductance * (start[i + 1] - start[i]));
        }
        return bound(worst);
    }

    private double bound(double worstConductance) {
        return worstConductance == 0 ? Double.POSITIVE_INFINITY : 0.5 * heatCapacity / worstConductance;
    }

    /**
     * Advances temperatures by {@code intervalS} using the heat accumulated in {@code heatJ} (then cleared); an
     * interval past the stability limit is integrated in stable sub-steps.
     * Returns the heat removed to the coolant [J] (for energy accounting).
     */
    double update(double[] temperatureC, double[] heatJ, double coolantC, double intervalS) {
        double stable = maxStableIntervalS(temperatureC, heatJ, coolantC);
        if (intervalS <= stable) {
            return substep(temperatureC, heatJ, coolantC, intervalS, true);
        }
        // a longer interval (a long solver step) is split into stable sub-steps, the heat spread evenly over them
        int parts = (int) Math.ceil(intervalS / stable);
        double dt = intervalS / parts;
        for (int i = 0; i < heatJ.length; i++) {
            heatShare[i] = heatJ[i] / parts;
            heatJ[i] = 0.0;
        }
        double removed = 0;
        for (int p = 0; p < parts; p++) {
            removed += substep(temperatureC, heatShare, coolantC, dt, false);
        }
        return removed;
    }

    /** One explicit-Euler step; {@code consume} clears {@code heatJ} as it is read (one pass instead of two). */
    private double substep(double[] temperatureC, double[] heatJ, double coolantC, double intervalS, boolean consume) {
        int n = temperatureC.length;
        double removed = 0;
        double inverseCapacity = 1.0 / heatCapacity;
        for (int i = 0; i < n; i++) {
            double t = temperatureC[i];
            double toCoolant = linear ? hA[i] * (t - coolantC)
                    : cooling.convectionW(hA[i], t - coolantC) + cooling.radiationW(areaM2, t, coolantC);
            double toNeighbours = 0;
            for (int k = start[i]; k < start[i + 1]; k++) {
                toNeighbours += t - temperatureC[neighbour[k]];
            }
            removed += toCoolant * intervalS;
            next[i] = t + (heatJ[i] - intervalS * (toCoolant + conductance * toNeighbours)) * inverseCapacity;
            if (consume) {
                heatJ[i] = 0.0;
            }
        }
        System.arraycopy(next, 0, temperatureC, 0, n);
        return removed;
    }
}
