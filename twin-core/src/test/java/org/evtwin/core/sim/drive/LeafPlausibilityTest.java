package org.evtwin.core.sim.drive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The 2013 Nissan Leaf preset on the EPA city (UDDS) and highway (HWFET) schedules against the EPA ratings.
 *
 * <p><b>Reference.</b> EPA label for the 2013 Leaf (fueleconomy.gov): city 129 MPGe, highway 102 MPGe, where one
 * gallon-equivalent is 33.705 kWh. Those label values are at the wall socket and already include EPA's 0.7
 * adjustment of the 2-cycle dynamometer result for electric vehicles (label MPGe = 0.7 × dynamometer MPGe), which
 * stands in for cold weather, air conditioning and harder driving that the bare schedules do not contain. The
 * model drives the bare schedule, so it is compared with the unadjusted figure:
 * wall energy = 0.7 × 33 705 Wh / MPGe per mile, i.e. 113.6 Wh/km (city) and 143.7 Wh/km (highway). At the battery
 * the charger's losses are gone: × charging efficiency, 0.86 in NREL FASTSim's Leaf entries (chg_eff), taken here
 * as 0.80–0.90 (assumed spread). Reference battery-side bands: city 90.9–102.3 Wh/km, highway 115.0–129.4 Wh/km.
 * (The brief's 0.18–0.21 kWh/km are the adjusted label values and would be the wrong yardstick for a bare cycle.)
 *
 * <p><b>Tolerance ±15 % on top of the band.</b> The model's own inputs move the result by about that much: on UDDS,
 * Crr 0.008 ↔ 0.010 gives +8 %, drivetrain efficiency 0.92 ↔ 0.85 gives −3 % / +9 %, regen fraction ±0.1 gives
 * ∓5 %, and the omitted rotating inertia adds a few per cent; the tolerance is about their sum, not a fit. A sign
 * error in regen, a missing aerodynamic term or a kW/W slip each lands far outside these bands.
 */
class LeafPlausibilityTest {

    private static final double WH_PER_GALLON_EQUIVALENT = 33_705.0;
    private static final double EPA_EV_LABEL_FACTOR = 0.7;
    private static final double KM_PER_MILE = 1.609344;
    private static final double CHARGER_EFF_LOW = 0.80;
    private static final double CHARGER_EFF_HIGH = 0.90;
    private static final double MODEL_TOLERANCE = 0.15;

    private final DriveCycleLibrary library = new DriveCycleLibrary();
    private final VehicleModel leaf = new VehicleModel(VehicleParameters.nissanLeaf2013());

    /** Unadjusted wall energy per km for an EPA label rating, Wh/km. */
    private static double unadjustedWallWhPerKm(double labelMpge) {
        return EPA_EV_LABEL_FACTOR * WH_PER_GALLON_EQUIVALENT / labelMpge / KM_PER_MILE;
    }

    private static void assertWithinBand(String cycle, double whPerKm, double labelMpge) {
        double wall = unadjustedWallWhPerKm(labelMpge);
        double low = wall * CHARGER_EFF_LOW * (1 - MODEL_TOLERANCE);
        double high = wall * CHARGER_EFF_HIGH * (1 + MODEL_TOLERANCE);
        assertTrue(whPerKm >= low && whPerKm <= high,
                () -> cycle + ": " + whPerKm + " Wh/km outside [" + low + ", " + high + "]");
    }

    @Test
    void cityCycleIsWithinTheEpaBand() {
        assertWithinBand("UDDS", leaf.batteryWhPerKm(library.load("UDDS")), 129.0);
    }

    @Test
    void highwayCycleIsWithinTheEpaBand() {
        assertWithinBand("HWFET", leaf.batteryWhPerKm(library.load("HWFET")), 102.0);
    }

    @Test
    void highwayCostsMorePerKmThanCityAsInTheEpaRatings() {
        double city = leaf.batteryWhPerKm(library.load("UDDS"));
        double highway = leaf.batteryWhPerKm(library.load("HWFET"));
        assertTrue(highway > city, () -> "HWFET " + highway + " Wh/km vs UDDS " + city + " Wh/km");
    }

    @Test
    void peakPowersStayWithinTheLeafsDrive() {
        // 2013 Leaf traction motor: 80 kW (Nissan). The battery's peak on UDDS/HWFET must stay well below it and
        // braking must reach the battery (negative samples) on the stop-and-go city cycle.
        DriveProfile city = leaf.toBatteryPower(library.load("UDDS"));
        DriveProfile highway = leaf.toBatteryPower(library.load("HWFET"));
        assertTrue(city.maxValue() < 80_000 && highway.maxValue() < 80_000,
                () -> city.maxValue() + " W / " + highway.maxValue() + " W");
        assertTrue(city.minValue() < -5_000, () -> "UDDS minimum " + city.minValue() + " W");
    }
}
