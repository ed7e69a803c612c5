package org.evtwin.core.model;

/**
 * Electrical parameters of the 2-RC Thevenin equivalent circuit of one cell.
 *
 * <pre>
 *   V = OCV(z, T) − I·R0 − v1 − v2,     dv_k/dt = −v_k/(R_k·C_k) + I/C_k   (k = 1, 2),   I &gt; 0 on discharge
 *   dz/dt = −η·I/Q,                     η = 1 on discharge, η = coulombicEfficiency on charge
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
        double referenceTemperatureC) {

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
}
