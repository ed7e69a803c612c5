package org.evtwin.core.model;

import org.evtwin.core.TwinException;

/**
 * How cells exchange heat. Heat flow from a cell at {@code T} to the coolant or air at {@code T_c}
 * ({@code ΔT = T − T_c}, temperatures in kelvin for the radiation term):
 * <pre>
 *   Q = h·A·ΔT·(|ΔT|/ΔT_ref)^(m−1)  +  ε·σ·A·(T⁴ − T_c⁴)
 * </pre>
 * With the defaults (m = 1, ε = 0) this is the constant-h law {@code Q = h·A·ΔT} of forced convection or a liquid
 * cold plate, where h does not depend on the temperature difference. m = 5/4 is laminar natural convection on a
 * vertical plate (Nu ∝ Ra^{1/4}, 10⁴ &lt; Ra &lt; 10⁹, so h ∝ ΔT^{1/4}; Incropera &amp; DeWitt, <i>Fundamentals of Heat
 * and Mass Transfer</i>, vertical-plate correlation of Churchill and Chu / McAdams), m = 4/3 turbulent natural
 * convection (Nu ∝ Ra^{1/3}). Radiation goes to surroundings at the coolant temperature: meaningful for a cell with an
 * exposed surface (a single cell in a test chamber, an outer face of a module), not for cells facing each other inside
 * a closed pack.
 *
 * @param heatTransferCoefficientWPerM2K   h between cell surface and coolant/air [W/(m²·K)]; with m ≠ 1 the value at
 *                                         {@code ΔT = referenceTemperatureDifferenceK}
 * @param coolantTemperatureC              coolant or ambient air temperature [degC]; the simulator's ambient
 *                                         overrides it
 * @param neighbourConductanceWPerK        thermal conductance between two adjacent cells of a module [W/K]
 * @param convectionExponent               m, the power of ΔT in the convective heat flow, 1 ≤ m ≤ 2 (1 = constant h)
 * @param referenceTemperatureDifferenceK  ΔT_ref at which h applies when m ≠ 1 [K] (&gt; 0; no effect when m = 1)
 * @param emissivity                       ε of the cell surface for radiation to the surroundings, 0 … 1 (0 = none)
 * @param source                           where the numbers come from
 */
public record CoolingSpec(
        double heatTransferCoefficientWPerM2K,
        double coolantTemperatureC,
        double neighbourConductanceWPerK,
        double convectionExponent,
        double referenceTemperatureDifferenceK,
        double emissivity,
        String source) {

    /** Convective exponent of the constant-h law. */
    public static final double LINEAR = 1.0;
    /**
     * Default ΔT_ref [K]: only a reference point at which h is quoted for m ≠ 1, of the order of a cell-to-air
     * difference under load (an assumption; it changes no result, only the h that describes a given law).
     */
    public static final double DEFAULT_REFERENCE_DELTA_K = 10.0;
    /** Stefan–Boltzmann constant [W/(m²·K⁴)] (CODATA 2018, exact in the 2019 SI). */
    public static final double STEFAN_BOLTZMANN = 5.670374419e-8;
    /** 0 degC in kelvin. */
    public static final double KELVIN = 273.15;

    public CoolingSpec {
        if (!(heatTransferCoefficientWPerM2K >= 0) || !Double.isFinite(heatTransferCoefficientWPerM2K)) {
            throw new TwinException("cooling: heat transfer coefficient must be finite and >= 0, found "
                    + heatTransferCoefficientWPerM2K);
        }
        if (!(convectionExponent >= 1 && convectionExponent <= 2)) {
            throw new TwinException("cooling: convection exponent must be between 1 and 2, found "
                    + convectionExponent);
        }
        if (!(referenceTemperatureDifferenceK > 0) || !Double.isFinite(referenceTemperatureDifferenceK)) {
            throw new TwinException("cooling: reference temperature difference must be > 0 K, found "
                    + referenceTemperatureDifferenceK);
        }
        if (!(emissivity >= 0 && emissivity <= 1)) {
            throw new TwinException("cooling: emissivity must be between 0 and 1, found " + emissivity);
        }
    }

    /** Constant h (m = 1), no radiation: forced convection or liquid cooling. */
    public CoolingSpec(double heatTransferCoefficientWPerM2K, double coolantTemperatureC,
            double neighbourConductanceWPerK, String source) {
        this(heatTransferCoefficientWPerM2K, coolantTemperatureC, neighbourConductanceWPerK, LINEAR,
                DEFAULT_REFERENCE_DELTA_K, 0.0, source);
    }

    /** Whether the heat flow is linear in ΔT (m = 1 and no radiation). */
    public boolean isLinear() {
        return convectionExponent == LINEAR && emissivity == 0.0;
    }

    /**
     * Convective heat flow [W] for a convective conductance {@code hA} = h·A [W/K] at a temperature difference
     * {@code deltaK} = T − T_c.
     */
    public double convectionW(double hA, double deltaK) {
        if (convectionExponent == LINEAR) {
            return hA * deltaK;
        }
        return hA * deltaK * Math.pow(Math.abs(deltaK) / referenceTemperatureDifferenceK, convectionExponent - 1);
    }

    /** d(convection)/dT [W/K]: the local linearised convective conductance. */
    public double convectionConductanceWPerK(double hA, double deltaK) {
        if (convectionExponent == LINEAR) {
            return hA;
        }
        return convectionExponent * hA
                * Math.pow(Math.abs(deltaK) / referenceTemperatureDifferenceK, convectionExponent - 1);
    }

    /** Radiative heat flow [W] from {@code areaM2} at {@code surfaceC} to surroundings at {@code coolantC}. */
    public double radiationW(double areaM2, double surfaceC, double coolantC) {
        if (emissivity == 0.0) {
            return 0.0;
        }
        double t = surfaceC + KELVIN;
        double c = coolantC + KELVIN;
        double t2 = t * t;
        double c2 = c * c;
        return emissivity * STEFAN_BOLTZMANN * areaM2 * (t2 * t2 - c2 * c2);
    }

    /** d(radiation)/dT [W/K] at {@code surfaceC}. */
    public double radiationConductanceWPerK(double areaM2, double surfaceC) {
        double t = surfaceC + KELVIN;
        return 4 * emissivity * STEFAN_BOLTZMANN * areaM2 * t * t * t;
    }
}
