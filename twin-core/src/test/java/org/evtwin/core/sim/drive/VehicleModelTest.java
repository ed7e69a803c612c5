package org.evtwin.core.sim.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

/** The vehicle model against closed-form answers. */
class VehicleModelTest {

    private static final VehicleParameters LEAF = VehicleParameters.nissanLeaf2013();

    /** Leaf mass and efficiencies, but no aerodynamic or rolling loss and no auxiliary load. */
    private static final VehicleParameters INERTIA_ONLY = new VehicleParameters(LEAF.massKg(), 0, 0, 0,
            LEAF.drivetrainEfficiency(), LEAF.regenFraction(), 0, LEAF.airDensityKgPerM3(), LEAF.gravityMPerS2());

    private static DriveProfile speed(double[] t, double[] v) {
        return new DriveProfile("test", DriveProfile.Kind.SPEED_M_PER_S, "unit test", t, v);
    }

    /** v = v0 + a·t sampled every dt seconds over n steps. */
    private static DriveProfile ramp(double v0, double a, double dt, int n) {
        double[] t = new double[n + 1];
        double[] v = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            t[i] = i * dt;
            v[i] = v0 + a * t[i];
        }
        return speed(t, v);
    }

    @Test
    void constantSpeedOnFlatRoadGivesTheClosedForm() {
        double v = 25.0;
        DriveProfile cruise = speed(new double[] {0, 1, 2, 3}, new double[] {v, v, v, v});
        double m = LEAF.massKg();
        double expected = (0.5 * LEAF.airDensityKgPerM3() * LEAF.dragCoefficient() * LEAF.frontalAreaM2() * v * v * v
                + m * LEAF.gravityMPerS2() * LEAF.rollingResistance() * v) / LEAF.drivetrainEfficiency()
                + LEAF.auxiliaryPowerW();
        DriveProfile power = new VehicleModel(LEAF).toBatteryPower(cruise);
        assertEquals(DriveProfile.Kind.POWER_W, power.kind());
        assertEquals(cruise.size(), power.size());
        for (int i = 0; i < power.size(); i++) {
            assertEquals(cruise.timeS(i), power.timeS(i));
            assertEquals(expected, power.value(i), 1e-9 * expected);
        }
        // magnitude worked by hand: aero 0.5·1.225·0.28·2.29·25³ = 6137 W,
        // rolling 1651·9.80665·0.008·25 = 3238 W, (6137 + 3238) / 0.9 + 250 = 10.67 kW at 90 km/h
        assertEquals(10_666, expected, 5);
    }

    @Test
    void acceleratingFromRestCostsKineticEnergyOverEfficiency() {
        DriveProfile up = ramp(0.0, 2.0, 0.5, 20); // 0 -> 20 m/s in 10 s
        double vEnd = 20.0;
        double expected = 0.5 * INERTIA_ONLY.massKg() * vEnd * vEnd / INERTIA_ONLY.drivetrainEfficiency();
        assertEquals(expected, new VehicleModel(INERTIA_ONLY).batteryEnergyJ(up), 1e-9 * expected);
    }

    @Test
    void brakingToRestRecoversKineticEnergyTimesEfficiencyAndRegenFraction() {
        DriveProfile down = ramp(20.0, -2.0, 0.5, 20); // 20 -> 0 m/s in 10 s
        double expected = -0.5 * INERTIA_ONLY.massKg() * 400.0 * INERTIA_ONLY.drivetrainEfficiency()
                * INERTIA_ONLY.regenFraction();
        assertEquals(expected, new VehicleModel(INERTIA_ONLY).batteryEnergyJ(down), 1e-9 * Math.abs(expected));
    }

    @Test
    void hardBrakingChargesTheBattery() {
        VehicleModel model = new VehicleModel(LEAF);
        DriveProfile down = ramp(20.0, -3.0, 1.0, 6);
        DriveProfile power = model.toBatteryPower(down);
        int i = 2; // v = 14 m/s, a = -3 m/s²
        double wheel = model.tractiveForceN(14.0, -3.0) * 14.0;
        assertTrue(wheel < 0);
        double expected = wheel * LEAF.drivetrainEfficiency() * LEAF.regenFraction() + LEAF.auxiliaryPowerW();
        assertEquals(expected, power.value(i), 1e-9 * Math.abs(expected));
        assertTrue(power.value(i) < -30_000, "about -35.6 kW: negative = charging");
        // no regen: braking power goes to the friction brakes, the battery only feeds the auxiliaries
        VehicleParameters noRegen = new VehicleParameters(LEAF.massKg(), LEAF.dragCoefficient(),
                LEAF.frontalAreaM2(), LEAF.rollingResistance(), LEAF.drivetrainEfficiency(), 0.0,
                LEAF.auxiliaryPowerW(), LEAF.airDensityKgPerM3(), LEAF.gravityMPerS2());
        assertEquals(LEAF.auxiliaryPowerW(), new VehicleModel(noRegen).toBatteryPower(down).value(i), 1e-12);
    }

    @Test
    void standingStillDrawsOnlyTheAuxiliaryLoad() {
        DriveProfile idle = speed(new double[] {0, 10}, new double[] {0, 0});
        DriveProfile power = new VehicleModel(LEAF).toBatteryPower(idle);
        assertEquals(LEAF.auxiliaryPowerW(), power.value(0));
        assertEquals(LEAF.auxiliaryPowerW() * 10, VehicleModel.energyJ(power), 1e-9);
    }

    @Test
    void centralDifferencesAreExactForAQuadraticOnAUniformGrid() {
        double[] t = {0, 1, 2, 3, 4};
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            v[i] = t[i] * t[i]; // a = 2t
        }
        double[] a = VehicleModel.accelerationsMPerS2(speed(t, v));
        assertEquals(1.0, a[0], 1e-12, "forward difference at the start");
        assertEquals(2.0, a[1], 1e-12);
        assertEquals(4.0, a[2], 1e-12);
        assertEquals(6.0, a[3], 1e-12);
        assertEquals(7.0, a[4], 1e-12, "backward difference at the end");
    }

    @Test
    void distanceIsTheTrapezoidOfSpeed() {
        assertEquals(100.0, VehicleModel.distanceM(ramp(0, 2.0, 1.0, 10)), 1e-12); // ½·2·10²
    }

    @Test
    void wrongProfileKindsAndZeroDistanceAreRejected() {
        DriveProfile current = new DriveProfile("c", DriveProfile.Kind.CURRENT_A, "", new double[] {0, 1},
                new double[] {1, 1});
        VehicleModel model = new VehicleModel(LEAF);
        assertThrows(TwinException.class, () -> model.toBatteryPower(current));
        assertThrows(TwinException.class, () -> VehicleModel.energyJ(current));
        DriveProfile idle = speed(new double[] {0, 10}, new double[] {0, 0});
        TwinException e = assertThrows(TwinException.class, () -> model.batteryWhPerKm(idle));
        assertTrue(e.getMessage().contains("no distance"), e.getMessage());
    }

    @Test
    void parametersAreValidated() {
        TwinException e = assertThrows(TwinException.class, () -> new VehicleParameters(1000, 0.3, 2, 0.01, 1.2,
                0.5, 0, 1.2, 9.81));
        assertTrue(e.getMessage().contains("drivetrainEfficiency") && e.getMessage().contains("(0, 1]"),
                e.getMessage());
        assertThrows(TwinException.class, () -> new VehicleParameters(Double.NaN, 0.3, 2, 0.01, 0.9, 0.5, 0, 1.2,
                9.81));
        assertThrows(TwinException.class, () -> new VehicleParameters(1000, 0.3, 2, 0.01, 0.9, 1.5, 0, 1.2, 9.81));
    }
}
