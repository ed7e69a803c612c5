package org.evtwin.core.physics;

import org.evtwin.core.model.EcmParameters;

/**
 * Per-cell circuit coefficients looked up from the parameter tables at the cell's SoC and temperature. Table lookups
 * are the expensive part of a step, and R/C change slowly with SoC and temperature, so they are refreshed per cell
 * on a round-robin schedule (every cell at least once per refresh interval of simulated time), while the exact RC
 * discretisation factors are recomputed whenever the step length changes.
 *
 * <p>Exact discretisation of {@code dv/dt = −v/τ + I/C} for current constant over a step of length dt:
 * {@code v⁺ = a·v + b·I} with {@code a = exp(−dt/τ)}, {@code b = R·(1 − a)}. The diffusion lag
 * {@code dΔz/dt = (k·τ_d·I/Q − Δz)/τ_d} is discretised the same way:
 * {@code Δz⁺ = Δz + d·(k·τ_d·I/Q − Δz)} with {@code d = 1 − exp(−dt/τ_d)}; d and k·τ_d are kept next to the
 * lag itself in {@link PackState#diffusion}.
 */
final class EcmCoefficients {
    final double[] r0;
    final double[] r1;
    final double[] r2;
    final double[] tau1;
    final double[] tau2;
    final double[] a1;
    final double[] a2;
    final double[] b1;
    final double[] b2;
    /** Resistance seen at the terminals over one step: R0 + b1 + b2 [Ω]. */
    final double[] rStep;
    final int[] ocvRow;
    /**
     * Conductance cache of the step loop: {@code 1/(rStep + slope·ocvTimeS/Q)} depends on the OCV grid segment the
     * cell's surface SoC is in; it is recomputed only when the segment changes or {@link #invalidate} is called
     * (-1 = stale). {@code cachedOcvOhm} is the bulk part, {@code slope·dt/Q}, for the mid-step OCV of the heat.
     */
    final int[] cachedSegment;
    final double[] cachedConductance;
    final double[] cachedOcvOhm;
    final double[] ocvWeight;
    final double[] entropicVPerK;
    /** Whether the cell type has a diffusion lag (its coefficients stay 0 otherwise). */
    final boolean diffusion;
    /**
     * Age-dependent OCV shift of each cell [V] ({@link org.evtwin.core.model.OcvAgeing}), added to the table OCV.
     * Looked up with the other coefficients at the cell's SoC and capacity (SoH), so it is constant between two
     * refreshes of a cell: the step loop adds it and does not interpolate the shape. 0 for cell types without one.
     */
    final double[] ocvShift;
    /**
     * The pack's lag array ({@link PackState#diffusion}); this class writes each cell's coefficients
     * {@code [3i+1] = 1 − exp(−dt/τ_d)} and {@code [3i+2] = k·τ_d} [s].
     */
    private final double[] lag;
    /**
     * Time over which the surface OCV moves with the step's current [s]: dt for the bulk plus the lag's share
     * {@code (1 − exp(−dt/τ_d))·k·τ_d}; the implicit OCV resistance of a step is {@code slope·ocvTimeS/Q}.
     */
    final double[] ocvTimeS;
    /** Diffusion lag time constant τ_d at the cell's temperature [s]. */
    private final double[] lagTauS;
    private final EcmParameters ecm;
    private final OcvLookup ocv;
    private double dtS = Double.NaN;

    EcmCoefficients(EcmParameters ecm, int cells, double[] lag) {
        this.ecm = ecm;
        this.ocv = new OcvLookup(ecm.ocvV());
        r0 = new double[cells];
        r1 = new double[cells];
        r2 = new double[cells];
        tau1 = new double[cells];
        tau2 = new double[cells];
        a1 = new double[cells];
        a2 = new double[cells];
        b1 = new double[cells];
        b2 = new double[cells];
        rStep = new double[cells];
        ocvRow = new int[cells];
        cachedSegment = new int[cells];
        java.util.Arrays.fill(cachedSegment, -1);
        cachedConductance = new double[cells];
        cachedOcvOhm = new double[cells];
        ocvWeight = new double[cells];
        entropicVPerK = new double[cells];
        diffusion = ecm.hasDiffusion();
        ocvShift = new double[cells];
        this.lag = lag;
        lagTauS = new double[cells];
        ocvTimeS = new double[cells];
    }

    OcvLookup ocv() {
        return ocv;
    }

    double ocv(int cell, double soc) {
        return ocv.ocv(soc, ocvRow[cell], ocvWeight[cell]) + ocvShift[cell];
    }

    double ocvSlope(int cell, double soc) {
        return ocv.slope(soc, ocvRow[cell], ocvWeight[cell]);
    }

    /**
     * Looks the tables up again for one cell; {@code capacityFraction} = its capacity relative to rated (capacity
     * scale × SoH), which sets the age-dependent OCV shift.
     */
    void refresh(int cell, double soc, double temperatureC, double resistanceScale, double capacityFraction) {
        double z = Math.max(0.0, Math.min(1.0, soc));
        shift(cell, z, capacityFraction);
        r0[cell] = ecm.r0(z, temperatureC) * resistanceScale;
        r1[cell] = ecm.r1(z, temperatureC) * resistanceScale;
        r2[cell] = ecm.r2(z, temperatureC) * resistanceScale;
        tau1[cell] = r1[cell] * ecm.c1(z, temperatureC);
        tau2[cell] = r2[cell] * ecm.c2(z, temperatureC);
        int row = ocv.rowFor(temperatureC);
        ocvRow[cell] = row;
        ocvWeight[cell] = ocv.weightFor(row, temperatureC);
        entropicVPerK[cell] = ecm.entropicCoefficient(z, temperatureC);
        if (diffusion) {
            lagTauS[cell] = ecm.diffusion().timeConstantS(temperatureC);
            lag[PackState.LAG_STRIDE * cell + 2] = ecm.diffusion().steadyLagS(temperatureC);
        }
        cachedSegment[cell] = -1;
        if (!Double.isNaN(dtS)) {
            discretise(cell);
        }
    }

    /** Looks up one cell's age-dependent OCV shift only (its capacity changed). */
    void shift(int cell, double soc, double capacityFraction) {
        if (ecm.hasOcvAgeing()) {
            ocvShift[cell] = ecm.ocvAgeing().shiftV(Math.max(0.0, Math.min(1.0, soc)), capacityFraction);
        }
    }

    /** Marks one cell's cached conductance stale (its capacity changed). */
    void invalidate(int cell) {
        cachedSegment[cell] = -1;
    }

    /** Sets the step length; recomputes every cell's discretisation only when it changed. */
    void setStep(double newDtS) {
        if (newDtS == dtS) {
            return;
        }
        dtS = newDtS;
        for (int i = 0; i < r0.length; i++) {
            discretise(i);
        }
        java.util.Arrays.fill(cachedSegment, -1);
    }

    private void discretise(int cell) {
        double e1 = Math.exp(-dtS / tau1[cell]);
        double e2 = Math.exp(-dtS / tau2[cell]);
        a1[cell] = e1;
        a2[cell] = e2;
        b1[cell] = r1[cell] * (1.0 - e1);
        b2[cell] = r2[cell] * (1.0 - e2);
        rStep[cell] = r0[cell] + b1[cell] + b2[cell];
        if (diffusion) {
            double d = -Math.expm1(-dtS / lagTauS[cell]);
            int j = PackState.LAG_STRIDE * cell;
            lag[j + 1] = d;
            ocvTimeS[cell] = dtS + d * lag[j + 2];
        } else {
            ocvTimeS[cell] = dtS;
        }
    }
}
