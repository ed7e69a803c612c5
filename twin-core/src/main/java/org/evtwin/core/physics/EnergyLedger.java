package org.evtwin.core.physics;

/**
 * Running energy account of a pack [J], for balance checks and for the UI's energy figures.
 * Delivered energy is positive on discharge. By construction (Bernardi heat), chemical energy released equals
 * delivered at the cell terminals plus the irreversible heat generated; the tests check the chemical term against the
 * change in stored energy computed independently from the OCV curve and the SoC change.
 *
 * <p>The step loop keeps no running sums (see {@link CellKernel#apply}): heat generated since the last thermal update
 * is still in the cells' heat accumulators ({@link PackState#heatJ}) and is summed here when asked for or when it
 * goes to the thermal network, and the chemical energy follows from the balance above. Queries are O(cells).
 */
public final class EnergyLedger {
    private final double[] pendingHeatJ;
    private double packTerminalJ;
    private double cellTerminalJ;
    private double committedHeatJ;
    private double heatRemovedJ;
    private double reversibleHeatJ;

    /** {@code pendingHeatJ}: the pack's per-cell heat accumulators, read (never written) by the ledger. */
    EnergyLedger(double[] pendingHeatJ) {
        this.pendingHeatJ = pendingHeatJ;
    }

    void addTerminal(double packTerminal, double cellTerminal) {
        packTerminalJ += packTerminal;
        cellTerminalJ += cellTerminal;
    }

    /**
     * Books {@code joules}, the sum of the accumulators, right before the thermal network takes (and clears) them.
     */
    void commitHeat(double joules) {
        committedHeatJ += joules;
    }

    /** Counts heat from now on: a copied pack's accumulators hold heat generated before its ledger existed. */
    void startAtZero() {
        committedHeatJ = -pendingHeat();
    }

    /** Reversible (entropic) heat handed to the thermal network directly. */
    void addReversible(double joules) {
        reversibleHeatJ += joules;
        committedHeatJ += joules;
    }

    void addRemoved(double joules) {
        heatRemovedJ += joules;
    }

    private double pendingHeat() {
        double sum = 0;
        for (double q : pendingHeatJ) {
            sum += q;
        }
        return sum;
    }

    /** Energy delivered at the pack terminals (after interconnect losses) [J]. */
    public double packTerminalJ() {
        return packTerminalJ;
    }

    /** Energy delivered at the cell terminals, summed over cells [J]. */
    public double cellTerminalJ() {
        return cellTerminalJ;
    }

    /** Heat generated inside the cells (irreversible + reversible + internal shorts) [J]. */
    public double heatGeneratedJ() {
        return committedHeatJ + pendingHeat();
    }

    /**
     * Chemical energy released, Σ OCV·I·dt including self-discharge and shorts [J]: by the Bernardi balance, the
     * energy at the cell terminals plus the irreversible heat.
     */
    public double chemicalReleasedJ() {
        return cellTerminalJ + heatGeneratedJ() - reversibleHeatJ;
    }

    /** The reversible (entropic) part of the heat generated [J]; it comes from the entropy change, not from OCV. */
    public double reversibleHeatJ() {
        return reversibleHeatJ;
    }

    /** Heat removed to the coolant or air [J]. */
    public double heatRemovedJ() {
        return heatRemovedJ;
    }
}
