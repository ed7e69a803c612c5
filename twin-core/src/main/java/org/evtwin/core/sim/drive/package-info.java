/**
 * Drive cycles and the vehicle longitudinal model: what the pack is asked to deliver while a car drives.
 *
 * <h2>What is here</h2>
 * <ul>
 *   <li>{@link org.evtwin.core.sim.drive.DriveProfile}: an immutable sampled time series of speed (m/s), battery
 *       current (A) or battery power (W), linearly interpolated, held constant outside its span.</li>
 *   <li>{@link org.evtwin.core.sim.drive.DriveProfileReader}: reads the two CSV layouts we ship (FASTSim speed
 *       schedules with a header line; PyBaMM load profiles with the header in a {@code #} comment), converts to SI
 *       and reports bad input with file, line, column and rule.</li>
 *   <li>{@link org.evtwin.core.sim.drive.DriveCycleLibrary}: the shipped cycles by name (UDDS, HWFET, US06, WLTC;
 *       US06-current, WLTC-power, car-current), from the class path.</li>
 *   <li>{@link org.evtwin.core.sim.drive.VehicleParameters} and {@link org.evtwin.core.sim.drive.VehicleModel}:
 *       speed profile to battery power, F = m·a + ½·ρ·Cd·A·v² + m·g·Crr, P_batt = F·v/η + P_aux when
 *       driving and F·v·η·r_regen + P_aux when braking, with a sourced 2013 Nissan Leaf preset.</li>
 * </ul>
 *
 * <h2>Why this shape</h2>
 * Regulatory cycles are published as <em>speed</em> schedules; what the battery sees depends on the car. Keeping
 * the schedule and the car apart lets one schedule drive any pack, and lets a measured current or power trace
 * (the PyBaMM profiles, or a user's logger file) feed the same simulator through the same {@code DriveProfile}
 * type. The vehicle model is the simplest one that gets the energy right to within the uncertainty of its inputs:
 * a point mass on a flat road with constant efficiencies. Its exactness is tested against closed forms (constant
 * speed, a constant-acceleration ramp) and its realism against the EPA ratings of the 2013 Leaf.
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>Speed schedules: NREL FASTSim (github.com/NREL/fastsim, commit bd9111bb, Apache-2.0); the schedules are
 *       EPA (UDDS, HWFET, US06) and UN GTR No. 15 (WLTC class 3b) definitions.</li>
 *   <li>Load profiles: PyBaMM (github.com/pybamm-team/PyBaMM, commit c733b73b, BSD-3-Clause). PyBaMM's UDDS
 *       current profile is not shipped: it comes from SLIDE, whose licence is unverified.</li>
 *   <li>Per-file origin, columns, units and sign conventions: {@code sample-data/drive-cycles/SOURCE.txt}.</li>
 *   <li>Leaf parameters: see the comments in {@link org.evtwin.core.sim.drive.VehicleParameters#nissanLeaf2013()};
 *       drivetrain efficiency and regen fraction are stated engineering assumptions.</li>
 * </ul>
 *
 * <p>Units are SI throughout (s, m/s, A, W, J, m); kW and Wh/km appear only at the edges (the kW column of a
 * file, {@link org.evtwin.core.sim.drive.VehicleModel#batteryWhPerKm}). Current and power are positive when the
 * battery discharges.
 */
package org.evtwin.core.sim.drive;
