/**
 * What-ifs: fork the twin, change the conditions (ambient, cooling, charge rate and limit, daily window and distance,
 * one cell's capacity and resistance) and see the near term (a fast charge now) and the long term (SoH over years)
 * against the unchanged baseline. Pure Java; one {@link org.evtwin.core.whatif.WhatIfEngine} serves all what-ifs,
 * {@link org.evtwin.core.whatif.WhatIfEngine#run} works on a copy of a fork and polls a cancel flag every solver step.
 *
 * <h2>Applying the inputs to the fork</h2>
 * <ul>
 * <li><b>Ambient</b>: the coolant/air temperature becomes {@code ambientC}, and every cell's present temperature is
 * shifted by the same change, as if the pack had lived in that ambient with its present self-heating. (Without the
 * shift the Leaf's 1.5 h thermal time constant would hide an ambient change from a 40 min charge.)</li>
 * <li><b>Cooling</b>: every module's h·A is multiplied by {@code coolingFactor} (0 = none, at most 5).</li>
 * <li><b>Picked cell</b>: its capacity and resistances are multiplied by the two factors (relative to its present,
 * spread- and age-including values).</li>
 * <li><b>Start</b>: the charge starts from the present pack SoC when that is below the charge limit; otherwise every
 * cell's SoC is moved down by the same amount so that the pack is at the window's low end (RC branches relaxed), and
 * {@link org.evtwin.core.whatif.NearTerm.StartRule#WINDOW_LOW_END} says so.</li>
 * </ul>
 *
 * <h2>Near term: the fast charge</h2>
 * Pack current {@code −chargeCRate · C_cell · parallel}; the BMS of the solver clamps it to the cell's C-rate limit
 * (derated by temperature), and at the cell's maximum voltage the same clamp makes it CV: the current at which the
 * highest group lands exactly on the limit. The charge ends when the pack SoC (charge-weighted mean of the cells)
 * reaches the charge limit (the last step is shortened to land on it, to 1e-6), when the CV current falls to C/20
 * (assumption, the usual taper end), when no charge current is allowed (a cell outside 0…60 °C for the shipped cells),
 * or after 12 h. <b>Time to 80 %</b> is the time at which the pack SoC reached 0.8 (interpolated within the step;
 * counted as reached from 79.99 %): 0 when the charge started at or above it, empty when it never got there (with the
 * reason: a charge limit below 80 %, a taper, no charge allowed). A charge limit of exactly 0.8 reaches 80 % at its
 * last step. <b>Peak temperature</b> is the hottest cell at any step, the start included. Limit reasons come from
 * {@link org.evtwin.core.physics.LimitReason} per step: time spent at {@code CHARGE_CURRENT} (asked above the cell's
 * limit, or derated by temperature) and {@code TEMPERATURE} become inline reasons; {@code CELL_VOLTAGE_MAX} is the
 * normal CV phase.
 *
 * <p><b>Step.</b> One step moves 0.5 % SoC at the allowed charge rate (18 s at 1C, 9 s at 2C), within 2…30 s, and
 * the R/C/OCV coefficients are refreshed every 60 s of simulated time (the twin uses 1 s and 5 s). Justified by the
 * time constants: the RC branches are discretised exactly for a current held over a step, so a long step only holds
 * the current piecewise constant (exact in CC; in CV the current is solved for the end-of-step voltage); the OCV
 * table is spaced 2.5 % in SoC, i.e. 5 steps per interval; the thermal time constants are far longer than the step
 * (Leaf cell m·c_p = 0.799 kg × 2242 J/(kg·K) = 1791 J/K against h·A = 5 W/(m²K) × 0.0676 m² = 0.34 W/K: 1.5 h to the
 * air; NASA 18650 72.6 J/K against 0.126 W/K: 10 min); resistances change by a few %/K (the NASA cell's
 * activation energy, 20 kJ/mol, gives 2.7 %/K at 25 °C), and 60 s at 2C moves 3 % SoC over tables that are nearly
 * flat in mid-SoC. Checked by a test
 * against 1 s steps with a 5 s refresh (Leaf pack, 1C and 2C from 20 %): peak temperature within 0.1 K and time to
 * 80 % within 1 %. Explicit thermal updates stay stable: the step is at most 30 s and
 * 30 s × (5 × 0.126 + 0.2) W/K / 72.6 J/K = 0.34 &lt; 1 for the 18650 pack at 5× cooling.
 *
 * <h2>Long term: the daily duty and the projection</h2>
 * <b>Depth of discharge from the daily distance</b>: the vehicle model
 * ({@link org.evtwin.core.sim.drive.VehicleModel}) gives the net battery energy per distance of the chosen speed
 * schedule (WLTC by default: about 133 Wh/km for the Leaf preset); energy per cell and driven day
 * {@code E = distance · (J/m) / cells}; {@code DoD = E / (Q_rated · V̄)} with V̄ the mean OCV over the swing
 * [limit − DoD, limit] (fixed point, a few rounds). The DoD is capped by the window (charge limit − window low end)
 * with a note. The mean C-rate while driving is the schedule's mean battery power per cell over V̄·C. A day is:
 * discharge by the DoD from the charge limit, charge back to it at the charge C-rate (capped at the cell's limit),
 * rest there; non-driven days rest at the charge limit ({@link org.evtwin.core.physics.ageing.DutyCycle}).
 *
 * <p><b>Cell temperature of the projection (coupling to the near term)</b>: ambient + the daily-mean self-heating
 * {@code ΔT̄ = E_day / (h·A·f · 86 400 s)}, where E_day is the irreversible heat the fast charge generated per cell
 * per unit of charged SoC (measured by the solver) × the daily DoD × (1 + drive heat ratio) × driven days / 365, and
 * h·A·f the as-built cooling times the what-if factor (floored at m·c_p per day). The drive heat ratio scales ohmic
 * heat per unit charge with current: c_rms² / (c_mean · c_charge) from the schedule's RMS and mean battery power.
 * For the lumped thermal model with linear cooling this is the exact daily mean of the pack-mean temperature rise
 * (cell-to-cell conduction sums to zero over the pack); reversible heat cancels over a charge–discharge day. Using the
 * mean temperature (not per-segment temperatures) inside the Arrhenius law underestimates slightly (Jensen), a small
 * effect at rises of a few kelvin. Measured for the Leaf pack at 25 °C, 1C, 50 km of WLTC: 0.2 K; with cooling off:
 * 3.4 K.
 *
 * <p><b>Picked cell</b> (projected only when a factor differs from 1): its parallel group passes the pack's charge,
 * and cells in parallel keep nearly equal SoC, so its DoD and C-rates scale by mean group capacity / its group's
 * capacity (a cell at 0.8 capacity in a 2p group swings 2/1.8 = 1.11× the DoD); its nominal capacity is its own. Its
 * self-heating is the pack's times the ratio of its temperature-rise integral ∫(T − T_amb)dt to the mean cell's in the
 * fast charge: more resistance → more heat → a hotter cell in the projection, as far as the solver says the cell
 * actually heats (in a parallel group a high-resistance cell carries less current and its partner more; strong
 * conduction to neighbours, as in the Leaf's stacked pouches, spreads the heat).
 *
 * <p><b>Start SoH by equivalent age</b>: {@link org.evtwin.core.physics.ageing.AgeingProjection} starts from a new
 * cell; a subject at SoH s &lt; 1 starts at the time t0 at which the projection of the same duty reaches s, and its
 * curve is the projection from t0 on, shifted to start now (exact for one power law under state transfer, an
 * approximation for the sum of calendar and cycle laws). When the duty does not reach s within 100 years the new-cell
 * curve is scaled by s instead, with a note. Horizon 20 years, a point every 14 days; 80 % and 70 % crossings come
 * from the projection's daily values.
 *
 * <h2>Cost</h2>
 * {@link org.evtwin.core.whatif.WhatIfBenchmark} measures copy + run (test-scope command {@code WhatIfBenchMain}).
 * Measured on a shared 2-vCPU machine, JDK 25, median of 30 runs after 20 warm-ups, fork at 30 % SoC, baseline
 * inputs: Leaf pack (192 cells, 36 min charge in 18 s steps) 10–13 ms; Model-S-like pack (7,104 cells, 48 min)
 * 138–141 ms. The near-term solver dominates, O(cells × steps); for the large pack about half of it is the solver's
 * per-cell ageing update every 60 s of simulated time, which a fork's one-hour charge does not need. The projection
 * takes about 4–7 ms per subject.
 */
package org.evtwin.core.whatif;
