package org.evtwin.core.physics;

/**
 * The mutable state of a pack as primitive arrays, one entry per cell (structure of arrays: the step loop streams
 * through them). Only {@link PackModel} writes it, on the thread that owns the twin; everyone else reads through the
 * getters or copies it into a telemetry frame.
 */
public final class PackState {
    final int cells;
    final int groups;
    final int parallel;

    // per cell, dynamic
    final double[] soc;
    final double[] v1;
    final double[] v2;
    /**
     * Diffusion lag, {@value #LAG_STRIDE} entries per cell i: {@code [3i]} the lag Δz = bulk SoC − surface SoC (the
     * state; 0 for cells without a lag), {@code [3i+1]} its step decay {@code 1 − exp(−dt/τ_d)} and {@code [3i+2]} its
     * steady-state time k·τ_d [s] (coefficients, written by {@link EcmCoefficients}). Side by side, so the step loop
     * reads one memory stream for the lag instead of three.
     */
    final double[] diffusion;
    static final int LAG_STRIDE = 3;
    final double[] temperatureC;
    final double[] currentA;
    final double[] heatJ;          // heat generated since the last thermal update
    final double[] throughputC;    // |charge| moved since the last ageing update
    // per cell, slow (refreshed, or set by ageing / faults)
    final double[] capacityC;
    final double[] inverseCapacity;   // 1 / capacityC, kept in step with it (the step loop multiplies)
    final double[] capacityScale;     // spread × measured/aged capacity relative to rated
    final double[] resistanceScale;   // spread × faults
    final double[] resistanceGrowth;  // ageing: 1 + relative growth
    final double[] selfDischargeA;
    final double[] shortConductanceS;
    final double[] soh;
    // per group
    final double[] groupVoltageV;

    double timeS;
    double packCurrentA;
    double packVoltageV;
    LimitReason lastLimit = LimitReason.NONE;

    PackState(int groups, int parallel) {
        this.groups = groups;
        this.parallel = parallel;
        this.cells = groups * parallel;
        soc = new double[cells];
        v1 = new double[cells];
        v2 = new double[cells];
        diffusion = new double[LAG_STRIDE * cells];
        temperatureC = new double[cells];
        currentA = new double[cells];
        heatJ = new double[cells];
        throughputC = new double[cells];
        capacityC = new double[cells];
        inverseCapacity = new double[cells];
        capacityScale = new double[cells];
        resistanceScale = new double[cells];
        resistanceGrowth = new double[cells];
        selfDischargeA = new double[cells];
        shortConductanceS = new double[cells];
        soh = new double[cells];
        groupVoltageV = new double[groups];
    }

    public int cellCount() {
        return cells;
    }

    public int groupCount() {
        return groups;
    }

    public int parallel() {
        return parallel;
    }

    public double timeS() {
        return timeS;
    }

    /** Pack current [A], positive on discharge. */
    public double packCurrentA() {
        return packCurrentA;
    }

    /** Pack terminal voltage [V]. */
    public double packVoltageV() {
        return packVoltageV;
    }

    public double packPowerW() {
        return packCurrentA * packVoltageV;
    }

    public LimitReason lastLimit() {
        return lastLimit;
    }

    public double soc(int cell) {
        return soc[cell];
    }

    /** Terminal voltage of a cell [V]: cells in parallel share their group's voltage. */
    public double cellVoltageV(int cell) {
        return groupVoltageV[cell / parallel];
    }

    void setCapacity(int cell, double coulomb) {
        capacityC[cell] = coulomb;
        inverseCapacity[cell] = 1.0 / coulomb;
    }

    public double cellCurrentA(int cell) {
        return currentA[cell];
    }

    public double temperatureC(int cell) {
        return temperatureC[cell];
    }

    /** State of health: present capacity over rated capacity (ageing only, not spread). */
    public double soh(int cell) {
        return soh[cell];
    }

    public double capacityC(int cell) {
        return capacityC[cell];
    }

    /** Capacity relative to rated from spread and faults (without ageing: SoH is separate). */
    public double capacityScale(int cell) {
        return capacityScale[cell];
    }

    /** Resistance relative to the rated cell: spread × faults × ageing growth. */
    public double resistanceScale(int cell) {
        return resistanceScale[cell] * resistanceGrowth[cell];
    }

    public double rcVoltage1V(int cell) {
        return v1[cell];
    }

    public double rcVoltage2V(int cell) {
        return v2[cell];
    }

    /** Diffusion lag Δz of a cell: bulk SoC minus the SoC at the particle surface (0 without a diffusion lag). */
    public double diffusionLag(int cell) {
        return diffusion[LAG_STRIDE * cell];
    }

    /** SoC at the particle surface, where the OCV is evaluated: {@code soc − diffusionLag}. */
    public double surfaceSoc(int cell) {
        return soc[cell] - diffusion[LAG_STRIDE * cell];
    }

    public double groupVoltageV(int group) {
        return groupVoltageV[group];
    }

    /** Pack SoC as charge-weighted mean of the cells (what a coulomb counter on the pack current would show). */
    public double packSoc() {
        double q = 0;
        double cap = 0;
        for (int i = 0; i < cells; i++) {
            q += soc[i] * capacityC[i];
            cap += capacityC[i];
        }
        return q / cap;
    }

    public double minCellVoltageV() {
        double m = Double.POSITIVE_INFINITY;
        for (int g = 0; g < groups; g++) {
            m = Math.min(m, groupVoltageV[g]);
        }
        return m;
    }

    public double maxCellVoltageV() {
        double m = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < groups; g++) {
            m = Math.max(m, groupVoltageV[g]);
        }
        return m;
    }

    public double maxTemperatureC() {
        double m = Double.NEGATIVE_INFINITY;
        for (double t : temperatureC) {
            m = Math.max(m, t);
        }
        return m;
    }

    public double minTemperatureC() {
        double m = Double.POSITIVE_INFINITY;
        for (double t : temperatureC) {
            m = Math.min(m, t);
        }
        return m;
    }

    /** Copies one per-cell quantity into {@code target} (length {@link #cellCount()}). */
    public void copy(Quantity quantity, double[] target) {
        double[] source = switch (quantity) {
            case SOC -> soc;
            case VOLTAGE -> null;
            case CURRENT -> currentA;
            case TEMPERATURE -> temperatureC;
            case SOH -> soh;
            case RESISTANCE_SCALE -> null;
        };
        if (quantity == Quantity.VOLTAGE) {
            for (int i = 0; i < cells; i++) {
                target[i] = groupVoltageV[i / parallel];
            }
            return;
        }
        if (source == null) {
            for (int i = 0; i < cells; i++) {
                target[i] = resistanceScale(i);
            }
            return;
        }
        System.arraycopy(source, 0, target, 0, cells);
    }

    /** Per-cell quantities that can be copied out in bulk. */
    public enum Quantity { SOC, VOLTAGE, CURRENT, TEMPERATURE, SOH, RESISTANCE_SCALE }
}
