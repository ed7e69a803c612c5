package org.evtwin.core.sim.drive;

import org.evtwin.core.TwinException;

/**
 * The parameters of the longitudinal vehicle model {@link VehicleModel}, in SI units. Validated on construction.
 *
 * @param massKg               vehicle mass as driven (kerb mass plus occupants and load), kg, &gt; 0
 * @param dragCoefficient      aerodynamic drag coefficient Cd, -, &ge; 0
 * @param frontalAreaM2        frontal area A, m², &ge; 0
 * @param rollingResistance    tyre rolling-resistance coefficient Crr, -, &ge; 0
 * @param drivetrainEfficiency battery-terminal-to-wheel efficiency (inverter, motor, reduction gear), applied in both
 *                             directions, in (0, 1]
 * @param regenFraction        share of the braking power at the wheels that goes through the motor back into the
 *                             battery (the rest is burnt in the friction brakes), in [0, 1]
 * @param auxiliaryPowerW      constant battery load of everything but traction (12 V system, pumps, controls), W,
 *                             &ge; 0
 * @param airDensityKgPerM3    air density ρ, kg/m³, &gt; 0
 * @param gravityMPerS2        gravitational acceleration g, m/s², &gt; 0
 */
public record VehicleParameters(double massKg, double dragCoefficient, double frontalAreaM2,
        double rollingResistance, double drivetrainEfficiency, double regenFraction, double auxiliaryPowerW,
        double airDensityKgPerM3, double gravityMPerS2) {

    /** ISA sea-level air density at 15 degC, 101 325 Pa (ISO 2533:1975), kg/m³. */
    public static final double ISA_AIR_DENSITY_KG_PER_M3 = 1.225;

    /** Standard acceleration of gravity (3rd CGPM, 1901), m/s². */
    public static final double STANDARD_GRAVITY_M_PER_S2 = 9.80665;

    /** Validates every field. */
    public VehicleParameters {
        check("massKg", massKg, massKg > 0, "> 0");
        check("dragCoefficient", dragCoefficient, dragCoefficient >= 0, ">= 0");
        check("frontalAreaM2", frontalAreaM2, frontalAreaM2 >= 0, ">= 0");
        check("rollingResistance", rollingResistance, rollingResistance >= 0, ">= 0");
        check("drivetrainEfficiency", drivetrainEfficiency, drivetrainEfficiency > 0 && drivetrainEfficiency <= 1,
                "in (0, 1]");
        check("regenFraction", regenFraction, regenFraction >= 0 && regenFraction <= 1, "in [0, 1]");
        check("auxiliaryPowerW", auxiliaryPowerW, auxiliaryPowerW >= 0, ">= 0");
        check("airDensityKgPerM3", airDensityKgPerM3, airDensityKgPerM3 > 0, "> 0");
        check("gravityMPerS2", gravityMPerS2, gravityMPerS2 > 0, "> 0");
    }

    private static void check(String field, double value, boolean ok, String rule) {
        if (!Double.isFinite(value) || !ok) {
            throw new TwinException("vehicle parameters: field '" + field + "' = " + value + " (rule: finite and "
                    + rule + ")");
        }
    }

    /**
     * A 2013 Nissan Leaf (24 kWh, first generation, US model) as driven on the EPA dynamometer test: published or
     * cited figures where they exist, stated engineering assumptions where they do not. Flat road, climate control
     * off (as in the EPA city and highway tests).
     *
     * @return the preset; each number's source is in the code comments
     */
    public static VehicleParameters nissanLeaf2013() {
        // Kerb mass 3,340 lb = 1,515 kg for the 2013 Leaf SV and SL (S: 3,291 lb), as reported in Autoblog's
        // "2013 Nissan Leaf" first drive (16 May 2013). Plus 300 lb = 136 kg, the load the EPA
        // adds to the kerb weight for testing ("loaded vehicle weight", 40 CFR 86.1803-01); FASTSim's Leaf entries
        // use the same cargo_kg = 136.
        double massKg = 1515.0 + 136.0;
        // Cd 0.28: Nissan's figure for the 2013 model year (0.29 before), as reported by The Torque Report, "2013
        // Nissan Leaf is rated at 115 MPGe". (A Car and Driver wind-tunnel test, June 2014, measured 0.32, so the
        // maker's figure is on the optimistic side.)
        double cd = 0.28;
        // Frontal area 2.29 m²: the value Hayes et al. use for the Leaf ("Simplified electric vehicle power train
        // models and range estimation", IEEE VPPC 2011; taken from the brief, not re-checked against the paper
        // here). Plausibility: 0.84 x overall width 1.770 m x height 1.550 m (Nissan's dimensions, not re-checked
        // here) = 2.30 m², with 0.84 an assumed ratio of projected frontal area to width x height.
        double areaM2 = 2.29;
        // Crr 0.008: wheel_rr_coef of the Leaf 24 kWh entries in NREL FASTSim's vehicle database
        // (python/fastsim/resources/FASTSim_py_veh_db.csv, commit 119841b9164b37b065272a6116fa109c63f32514).
        double crr = 0.008;
        // Drivetrain efficiency 0.90: ENGINEERING ASSUMPTION for the cycle-average battery-to-wheel efficiency of
        // inverter + permanent-magnet motor + single reduction gear (FASTSim gives the gear alone 0.98).
        double eta = 0.90;
        // Regen fraction 0.6: ENGINEERING ASSUMPTION (blending with friction brakes and regen power limits are not
        // published). Sensitivity on UDDS: +-0.1 moves the battery energy per km by about -+5 %.
        double regen = 0.6;
        // Auxiliary load 250 W: aux_kw = 0.25 of the same FASTSim Leaf entries (climate control off).
        double auxW = 250.0;
        return new VehicleParameters(massKg, cd, areaM2, crr, eta, regen, auxW, ISA_AIR_DENSITY_KG_PER_M3,
                STANDARD_GRAVITY_M_PER_S2);
    }
}
