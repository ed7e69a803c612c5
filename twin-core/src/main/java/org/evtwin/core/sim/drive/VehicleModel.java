package org.evtwin.core.sim.drive;

import java.util.Objects;
import org.evtwin.core.TwinException;

/**
 * A longitudinal (point-mass, flat-road) vehicle model that turns a speed profile into the power the battery must
 * deliver. Immutable and thread-safe.
 *
 * <p>At each sample of the speed profile, with speed v and acceleration a:
 * <pre>
 *   F      = m·a + ½·ρ·Cd·A·v² + m·g·Crr                 tractive force at the wheels, N (grade 0)
 *   P_w    = F·v                                          wheel power, W
 *   P_batt = P_w / η + P_aux                   if P_w ≥ 0 (traction: losses on the way to the wheels)
 *   P_batt = P_w · η · r_regen + P_aux         if P_w &lt; 0 (braking: a share r_regen is recovered, with losses)
 * </pre>
 * P_batt is positive when the battery discharges and negative when braking charges it (the core's convention).
 *
 * <p><b>Acceleration</b> comes from the speed samples by central differences,
 * a_i = (v_{i+1} − v_{i−1}) / (t_{i+1} − t_{i−1}), which is second-order accurate on a uniform grid and, on
 * the 1 Hz regulatory schedules, is the mean of the backward and forward differences, so it is centred on the
 * sample where v_i is taken. The first and last samples use one-sided differences. On a constant-acceleration ramp
 * this is exact, so integrating P_batt over a ramp from rest to v gives ½·m·v²/η exactly (a test checks it).
 *
 * <p><b>Left out, on purpose:</b> road grade (the shipped schedules are flat; their grade column is all zero), the
 * rotating inertia of wheels and motor (a few per cent of m), speed- and load-dependent motor efficiency, regen
 * limits by power or speed (folded into r_regen), and battery internal losses (P_batt is at the battery terminals).
 */
public final class VehicleModel {

    private static final double J_PER_WH = 3600.0;
    private static final double M_PER_KM = 1000.0;

    private final VehicleParameters p;

    /**
     * A model of one vehicle.
     *
     * @param parameters the vehicle, validated by its own constructor
     */
    public VehicleModel(VehicleParameters parameters) {
        this.p = Objects.requireNonNull(parameters, "parameters");
    }

    /** The parameters this model was built with. */
    public VehicleParameters parameters() {
        return p;
    }

    /**
     * Tractive force at the wheels on a flat road: m·a + ½·ρ·Cd·A·v² + m·g·Crr.
     *
     * @param speedMPerS         vehicle speed, m/s, &ge; 0
     * @param accelerationMPerS2 acceleration, m/s² (negative when braking)
     * @return the force, N (negative when the wheels must brake)
     */
    public double tractiveForceN(double speedMPerS, double accelerationMPerS2) {
        double aero = 0.5 * p.airDensityKgPerM3() * p.dragCoefficient() * p.frontalAreaM2() * speedMPerS * speedMPerS;
        double rolling = p.massKg() * p.gravityMPerS2() * p.rollingResistance();
        return p.massKg() * accelerationMPerS2 + aero + rolling;
    }

    /**
     * Power at the wheels: tractive force times speed.
     *
     * @param speedMPerS         vehicle speed, m/s, &ge; 0
     * @param accelerationMPerS2 acceleration, m/s²
     * @return the power, W (negative when braking)
     */
    public double wheelPowerW(double speedMPerS, double accelerationMPerS2) {
        return tractiveForceN(speedMPerS, accelerationMPerS2) * speedMPerS;
    }

    /**
     * Battery power for a given wheel power, including the auxiliary load.
     *
     * @param wheelPowerW power at the wheels, W (negative when braking)
     * @return battery power at the terminals, W, positive = discharge
     */
    public double batteryPowerW(double wheelPowerW) {
        double traction = wheelPowerW >= 0.0
                ? wheelPowerW / p.drivetrainEfficiency()
                : wheelPowerW * p.drivetrainEfficiency() * p.regenFraction();
        return traction + p.auxiliaryPowerW();
    }

    /**
     * Accelerations at every sample of a speed profile: central differences inside, one-sided at the ends.
     *
     * @param speed a speed profile
     * @return one acceleration per sample, m/s²
     * @throws TwinException if {@code speed} is not a speed profile
     */
    public static double[] accelerationsMPerS2(DriveProfile speed) {
        requireKind(speed, DriveProfile.Kind.SPEED_M_PER_S);
        int n = speed.size();
        double[] a = new double[n];
        a[0] = (speed.value(1) - speed.value(0)) / (speed.timeS(1) - speed.timeS(0));
        for (int i = 1; i < n - 1; i++) {
            a[i] = (speed.value(i + 1) - speed.value(i - 1)) / (speed.timeS(i + 1) - speed.timeS(i - 1));
        }
        a[n - 1] = (speed.value(n - 1) - speed.value(n - 2)) / (speed.timeS(n - 1) - speed.timeS(n - 2));
        return a;
    }

    /**
     * The battery power demanded while driving {@code speed}, on the same time grid.
     *
     * @param speed a speed profile
     * @return a {@link DriveProfile.Kind#POWER_W} profile named {@code <speed name>-battery-power}
     * @throws TwinException if {@code speed} is not a speed profile
     */
    public DriveProfile toBatteryPower(DriveProfile speed) {
        double[] a = accelerationsMPerS2(speed);
        double[] power = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            power[i] = batteryPowerW(wheelPowerW(speed.value(i), a[i]));
        }
        String source = "VehicleModel " + p + " applied to '" + speed.name() + "' (" + speed.source() + ")";
        return new DriveProfile(speed.name() + "-battery-power", DriveProfile.Kind.POWER_W, source,
                speed.timesS(), power);
    }

    /**
     * Distance covered by a speed profile (trapezoidal rule, exact for the linearly interpolated speed).
     *
     * @param speed a speed profile
     * @return the distance, m
     * @throws TwinException if {@code speed} is not a speed profile
     */
    public static double distanceM(DriveProfile speed) {
        requireKind(speed, DriveProfile.Kind.SPEED_M_PER_S);
        return trapezoid(speed);
    }

    /**
     * Net energy of a power profile (trapezoidal rule, exact for the linearly interpolated power).
     *
     * @param power a power profile
     * @return the energy, J, positive = net discharge
     * @throws TwinException if {@code power} is not a power profile
     */
    public static double energyJ(DriveProfile power) {
        requireKind(power, DriveProfile.Kind.POWER_W);
        return trapezoid(power);
    }

    /**
     * Net battery energy used while driving a speed profile.
     *
     * @param speed a speed profile
     * @return the energy, J, positive = taken from the battery
     * @throws TwinException if {@code speed} is not a speed profile
     */
    public double batteryEnergyJ(DriveProfile speed) {
        return energyJ(toBatteryPower(speed));
    }

    /**
     * Net battery energy per distance over {@code speed}, in Wh/km: a reporting unit for the edges (display,
     * comparison with published ratings); the core itself works in J and m.
     *
     * @param speed a speed profile
     * @return net battery energy divided by distance, Wh/km
     * @throws TwinException if the profile covers no distance
     */
    public double batteryWhPerKm(DriveProfile speed) {
        double distanceM = distanceM(speed);
        if (!(distanceM > 0.0)) {
            throw new TwinException("drive profile '" + speed.name() + "': covers no distance (rule: energy per km "
                    + "needs a distance > 0)");
        }
        return (batteryEnergyJ(speed) / J_PER_WH) / (distanceM / M_PER_KM);
    }

    private static double trapezoid(DriveProfile profile) {
        double sum = 0.0;
        for (int i = 1; i < profile.size(); i++) {
            sum += 0.5 * (profile.value(i) + profile.value(i - 1)) * (profile.timeS(i) - profile.timeS(i - 1));
        }
        return sum;
    }

    private static void requireKind(DriveProfile profile, DriveProfile.Kind kind) {
        Objects.requireNonNull(profile, "profile");
        if (profile.kind() != kind) {
            throw new TwinException("drive profile '" + profile.name() + "': is " + profile.kind() + " (rule: "
                    + "this needs a " + kind + " profile)");
        }
    }
}
