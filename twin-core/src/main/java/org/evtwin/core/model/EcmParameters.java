package org.evtwin.core.model;

/**
 * Electrical parameters of the 2-RC Thevenin equivalent circuit of one cell, with an optional solid-diffusion lag.
 *
 * <pre>
 *   V = OCV(z − Δz, T) − I·R0 − v1 − v2,   dv_k/dt = −v_k/(R_k·C_k) + I/C_k   (k = 1, 2),   I &gt; 0 on discharge
 *   dz/dt = −η·I/Q,                        η = 1 on discharge, η = coulombicEfficiency on charge
 *   dΔz/dt = (k·τ_d·η·I/Q − Δz)/τ_d         (only with {@link Diffusion}; otherwise Δz = 0)
 * </pre>
 *
 * @param ocvV                            open-circuit voltage [V] over SoC × temperature
 * @param r0Ohm                           series (ohmic) resistance [Ω]
 * @param r1Ohm                           first RC branch resistance [Ω] (fast, charge transfer)
 * @param c1F                             first RC branch capacitance [F]
 * @param r2Ohm                           second RC branch resistance [Ω] (slow, diffusion)
 * @param c2F                             second RC branch capacitance [F]
 * @param coulombicEfficiency             fraction of charge current stored (0–1]
 * @param selfDischargePerDay             fraction of capacity lost per day at rest at 25 degC
 * @param resistanceActivationJPerMol     Arrhenius activation energy used for resistances where a table has only
 *                                        one temperature row (0 = no temperature dependence)
 * @param referenceTemperatureC           temperature of single-row tables [degC]
 * @param diffusion                       solid-diffusion lag of the surface SoC, or null (none: a plain 2-RC cell)
 * @param ocvAgeing                       age-dependent OCV shape change, or null (none: the OCV is only stretched in
 *                                        capacity as the cell ages)
 */
public record EcmParameters(
        Table2D ocvV,
        Table2D r0Ohm,
        Table2D r1Ohm,
        Table2D c1F,
        Table2D r2Ohm,
        Table2D c2F,
        double coulombicEfficiency,
        double selfDischargePerDay,
        double resistanceActivationJPerMol,
        double referenceTemperatureC,
        Diffusion diffusion,
        OcvAgeing ocvAgeing) {

    /** A cell without diffusion lag (the 2-RC circuit alone). */
    public EcmParameters(Table2D ocvV, Table2D r0Ohm, Table2D r1Ohm, Table2D c1F, Table2D r2Ohm, Table2D c2F,
            double coulombicEfficiency, double selfDischargePerDay, double resistanceActivationJPerMol,
            double referenceTemperatureC) {
        this(ocvV, r0Ohm, r1Ohm, c1F, r2Ohm, c2F, coulombicEfficiency, selfDischargePerDay,
                resistanceActivationJPerMol, referenceTemperatureC, null, null);
    }

    /** A cell with an optional diffusion lag and no age-dependent OCV shape. */
    public EcmParameters(Table2D ocvV, Table2D r0Ohm, Table2D r1Ohm, Table2D c1F, Table2D r2Ohm, Table2D c2F,
            double coulombicEfficiency, double selfDischargePerDay, double resistanceActivationJPerMol,
            double referenceTemperatureC, Diffusion diffusion) {
        this(ocvV, r0Ohm, r1Ohm, c1F, r2Ohm, c2F, coulombicEfficiency, selfDischargePerDay,
                resistanceActivationJPerMol, referenceTemperatureC, diffusion, null);
    }

    /** The same parameters with a diffusion lag ({@code null}: none). */
    public EcmParameters withDiffusion(Diffusion lag) {
        return new EcmParameters(ocvV, r0Ohm, r1Ohm, c1F, r2Ohm, c2F, coulombicEfficiency, selfDischargePerDay,
                resistanceActivationJPerMol, referenceTemperatureC, lag, ocvAgeing);
    }

    /** The same parameters with an age-dependent OCV shape ({@code null}: none). */
    public EcmParameters withOcvAgeing(OcvAgeing shape) {
        return new EcmParameters(ocvV, r0Ohm, r1Ohm, c1F, r2Ohm, c2F, coulombicEfficiency, selfDischargePerDay,
                resistanceActivationJPerMol, referenceTemperatureC, diffusion, shape);
    }

    /** Whether the cell has an age-dependent OCV shape. */
    public boolean hasOcvAgeing() {
        return ocvAgeing != null;
    }

    /** Whether the cell has a diffusion lag. */
    public boolean hasDiffusion() {
        return diffusion != null;
    }

    /** Universal gas constant [J/(mol·K)] (CODATA 2018). */
    public static final double GAS_CONSTANT = 8.314462618;

    /** Kelvin offset of degC. */
    public static final double KELVIN = 273.15;

    /**
     * Arrhenius factor for a resistance known at {@code referenceTemperatureC}: exp(Ea/R·(1/T − 1/Tref)).
     * Returns 1 for tables with several temperature rows (their own interpolation already carries T).
     */
    public double arrheniusFactor(Table2D table, double temperatureC) {
        if (table.temperatureCount() > 1 || resistanceActivationJPerMol == 0.0) {
            return 1.0;
        }
        double t = temperatureC + KELVIN;
        double tRef = table.temperaturesC()[0] + KELVIN;
        return Math.exp(resistanceActivationJPerMol / GAS_CONSTANT * (1.0 / t - 1.0 / tRef));
    }

    public double r0(double soc, double temperatureC) {
        return r0Ohm.lookup(soc, temperatureC) * arrheniusFactor(r0Ohm, temperatureC);
    }

    public double r1(double soc, double temperatureC) {
        return r1Ohm.lookup(soc, temperatureC) * arrheniusFactor(r1Ohm, temperatureC);
    }

    public double r2(double soc, double temperatureC) {
        return r2Ohm.lookup(soc, temperatureC) * arrheniusFactor(r2Ohm, temperatureC);
    }

    /** Capacitances are kept constant in temperature where only one row exists (time constants then scale with R). */
    public double c1(double soc, double temperatureC) {
        return c1F.lookup(soc, temperatureC);
    }

    public double c2(double soc, double temperatureC) {
        return c2F.lookup(soc, temperatureC);
    }

    public double ocv(double soc, double temperatureC) {
        return ocvV.lookup(soc, temperatureC);
    }

    /**
     * Entropic coefficient dOCV/dT [V/K] at a SoC, from the OCV table's temperature rows (0 with one row).
     * Used for the reversible heat −I·T·dU/dT.
     */
    public double entropicCoefficient(double soc, double temperatureC) {
        double[] temps = ocvV.temperaturesC();
        if (temps.length < 2) {
            return 0.0;
        }
        int t = Table2D.lowerIndex(temps, temperatureC);
        double low = ocvV.lookup(soc, temps[t]);
        double high = ocvV.lookup(soc, temps[t + 1]);
        return (high - low) / (temps[t + 1] - temps[t]);
    }

    /**
     * First-order lag between the bulk SoC z (coulomb counted) and the SoC at the particle surface, z_s = z − Δz,
     * at which the OCV is evaluated: {@code dΔz/dt = (k·τ_d·I/Q − Δz)/τ_d}. At constant current Δz settles at
     * {@code k·τ_d·I/Q}; after the current stops it relaxes with τ_d. It is the two-well ("bulk/surface") reduction
     * of solid-state diffusion in the electrode particles: the surface runs ahead of the bulk, so the cell reaches
     * the steep end of its OCV curve earlier at high current, and the diffusion overpotential
     * {@code OCV(z) − OCV(z − Δz)} is large exactly where the OCV is steep. For a sphere with diffusivity D and radius
     * R_p, the steady-state surface–mean difference is {@code (I/Q)·R_p²/(15·D)} and the slowest mode relaxes with
     * {@code R_p²/(20.19·D)} (Crank, <i>The Mathematics of Diffusion</i>, 2nd ed., ch. 6), so k·τ_d plays the role of
     * R_p²/(15·D). τ_d follows Arrhenius (D ∝ exp(−E_a/RT)); k, a geometric ratio, does not depend on temperature.
     *
     * @param timeConstantS         τ_d at {@code referenceTemperatureC} [s], &gt; 0
     * @param gain                  k [-], &gt; 0: steady-state lag per unit of I·τ_d/Q
     * @param activationJPerMol     Arrhenius activation energy of 1/τ_d [J/mol], ≥ 0 (0 = independent of T)
     * @param referenceTemperatureC temperature at which τ_d applies [degC]
     */
    public record Diffusion(double timeConstantS, double gain, double activationJPerMol,
            double referenceTemperatureC) {
        public Diffusion {
            if (!(timeConstantS > 0) || !Double.isFinite(timeConstantS)) {
                throw new IllegalArgumentException("diffusion time constant must be > 0 s, found " + timeConstantS);
            }
            if (!(gain > 0) || !Double.isFinite(gain)) {
                throw new IllegalArgumentException("diffusion gain must be > 0, found " + gain);
            }
            if (!(activationJPerMol >= 0) || !Double.isFinite(activationJPerMol)) {
                throw new IllegalArgumentException("diffusion activation energy must be >= 0, found "
                        + activationJPerMol);
            }
            if (!Double.isFinite(referenceTemperatureC)) {
                throw new IllegalArgumentException("diffusion reference temperature must be finite");
            }
        }

        /** τ_d [s] at a temperature: {@code τ_ref·exp(E_a/R·(1/T − 1/T_ref))}. */
        public double timeConstantS(double temperatureC) {
            if (activationJPerMol == 0.0) {
                return timeConstantS;
            }
            double t = temperatureC + KELVIN;
            double tRef = referenceTemperatureC + KELVIN;
            return timeConstantS * Math.exp(activationJPerMol / GAS_CONSTANT * (1.0 / t - 1.0 / tRef));
        }

        /** Steady-state lag per ampere-second of charge rate: Δz = {@code steadyLagS(T)}·I/Q, i.e. k·τ_d(T) [s]. */
        public double steadyLagS(double temperatureC) {
            return gain * timeConstantS(temperatureC);
        }
    }
}
