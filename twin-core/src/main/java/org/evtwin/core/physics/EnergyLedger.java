package org.evtwin.core.physics;

/**
 * Running energy account of a pack [J], for balance checks and for the UI's energy figures.
 * Delivered energy is positive on discharge. By construction (Bernardi heat), chemical energy released equals
 * delivered at the cell terminals plus heat generated; the tests check the chemical term against the change in
 * stored energy computed independently from the OCV curve and the SoC change.
 */
public final class EnergyLedger {
    private double packTerminalJ;
    private double cellTerminalJ;
    private double heatGeneratedJ;
    private double chemicalReleasedJ;
    private double heatRemovedJ;

    private double reversibleHeatJ;

    void add(double packTerminal, double cellTerminal, double heatGenerated, double chemicalReleased,
            double reversibleHeat) {
        reversibleHeatJ += reversibleHeat;
        packTerminalJ += packTerminal;
        cellTerminalJ += cellTerminal;
        heatGeneratedJ += heatGenerated;
        chemicalReleasedJ += chemicalReleased;
    }

    void addRemoved(double joules) {
        heatRemovedJ += joules;
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
        return heatGeneratedJ;
    }

    /** Chemical energy released, Σ OCV·I·dt including self-discharge and shorts [J]. */
    public double chemicalReleasedJ() {
        return chemicalReleasedJ;
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
