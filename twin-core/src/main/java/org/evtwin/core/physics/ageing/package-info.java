/**
 * Semi-empirical cell ageing: calendar and cycle capacity fade and resistance growth driven by temperature,
 * voltage/SoC, depth of discharge, charge throughput and C-rate, for the pack solver (incremental, primitive arrays)
 * and for long-horizon what-if projections.
 *
 * <h2>Use from the pack solver</h2>
 * Per step, for cells {@code [from, to)}: {@code stress.accumulate(from, to, dtS, temperatureC, ocvV, soc, currentA)}
 * ({@link org.evtwin.core.physics.ageing.AgeingStress}; cell temperature, OCV at the cell's SoC, SoC, cell current of
 * either sign). Every few simulated seconds (any interval): {@code model.advance(state, stress, from, to)} then
 * {@code stress.reset(from, to)}; read {@code state.soh(i)} (capacity factor) and {@code state.resistanceFactor(i)}.
 * Models come from {@link org.evtwin.core.physics.ageing.AgeingModels#byName(String)}: {@code "schmalstieg-nmc"},
 * {@code "wang-lfp"}, {@code "none"}. The state is built from each cell's beginning-of-life nominal capacity (rated
 * capacity times manufacturing spread, not the aged capacity): throughput is counted in equivalent full cycles of it.
 * {@link org.evtwin.core.physics.ageing.AgeingProjection} runs years of a
 * {@link org.evtwin.core.physics.ageing.DutyCycle} at cycle level.
 *
 * <h2>Incremental integration (state transfer)</h2>
 * Each loss {@code L = k·x^z} (x = time or throughput) is advanced by equivalent abscissa: {@code x_eq = (L/k)^(1/z)},
 * {@code L' = k·(x_eq + Δx)^z}; {@code k ≤ 0} leaves L unchanged, {@code L = 0} gives {@code k·Δx^z}. At constant
 * stress this equals the closed form for any step size. Note a property of the method: {@code L^(1/z)} grows by
 * {@code k^(1/z)·Δx}, so the <em>end</em> value after piecewise-constant stresses does not depend on their order (hot
 * then cold = cold then hot); only the path differs (hot first ages earlier). Naive summation of {@code k_i·Δx_i^z}
 * is wrong and overestimates (splitting a constant stress into N pieces gives N^(1−z) times the loss).
 *
 * <h2>NMC: Schmalstieg et al. 2014</h2>
 * J. Schmalstieg, S. Käbitz, M. Ecker, D. U. Sauer, J. Power Sources 257 (2014) 325-334 (Sanyo UR18650E, 2.05 Ah):
 * <pre>
 * calendar fade   α_cap·t^0.75  α_cap = (7.543·V − 23.75)·1e6·exp(−6976/T)    t in days, T in K, V storage voltage
 * calendar growth α_res·t^0.75  α_res = (5.270·V − 16.32)·1e5·exp(−5986/T)
 * cycle fade      β_cap·√Q      β_cap = 7.348e-3·(V̄ − 3.667)² + 7.60e-4 + 4.081e-3·ΔDoD    Q in Ah
 * cycle growth    β_res·Q       β_res = 2.153e-4·(V̄ − 3.725)² − 1.521e-5 + 2.798e-4·ΔDoD
 * </pre>
 * Verification: every constant above matches NREL BLAST-Lite's independent re-implementation
 * ({@code blast/models/nmc111_gr_Sanyo2Ah_2014.py}, which also uses t in days, Q = ΔEFC·2·capacity and an RMS cycle
 * voltage); no disagreement found. BLAST-Lite uses 2.15 Ah as the cell capacity; we use the 2.05 Ah nominal value (Q
 * differs by 5 %, cycle fade by 2.4 %). Throughput scaling to another cell: Q = (this cell's charge + discharge
 * throughput / its nominal capacity) × 2.05 Ah, i.e. the same number of equivalent full cycles as the reference cell.
 * V̄ is the throughput-weighted RMS voltage and ΔDoD the depth of the half-cycle, both from the causal half-cycle
 * tracker ({@code CycleTracker}: 2 % SoC hysteresis, an engineering assumption), because a solver interval of a few
 * seconds has no meaningful depth of its own.
 *
 * <h2>LFP: Wang et al. 2011 (cycle) + Naumann et al. 2018 (calendar)</h2>
 * J. Wang et al., "Cycle-life model for graphite-LiFePO4 cells", J. Power Sources 196 (2011) 3942-3948 (A123
 * ANR26650, 2.2 Ah): {@code Q_loss[%] = B(c)·exp(−(31700 − 370.3·c)/(R·T))·Ah^0.55}, B = 31630 / 21681 / 12934 / 15512
 * at C/2 / 2C / 6C / 10C, Ah = discharge Ah-throughput. Verification: the activation-energy form and z = 0.55 appear
 * identically in independent public re-implementations; B(2C) = 21681 is corroborated by one of them; the other three
 * B values are as in the paper's table to our knowledge but could not be re-checked against the full text here. The
 * same paper's C/2-only fit (B = 30330, Ea = 31500 J/mol, z = 0.552; recalled, and quoted with that attribution by a
 * public re-implementation) agrees with the C/2 line within ~2.5 % (a test checks this). B is interpolated linearly in C-rate and held outside [C/2, 10C] (assumption). Ah scaling: ½ × this
 * cell's charge + discharge throughput / its nominal capacity × 2.2 Ah.
 * Calendar: M. Naumann et al., "Analysis and modeling of calendar aging of a commercial LiFePO4/graphite cell",
 * J. Energy Storage 17 (2018) 153-169 (Sony US26650FTC1, 3 Ah), t in s: fade = k_T·k_SoC·√t with
 * k_T = 1.2571e-5·exp(−17126/R·(1/T − 1/298.15)), k_SoC = 2.8575·(SoC − 0.5)³ + 0.60225; growth = r_T·r_SoC·t with
 * r_T = 3.4194e-10·exp(−71827/R·(1/T − 1/298.15)), r_SoC = −3.3903·(SoC − 0.5)² + 1.5604. Verification: TUM's
 * SimSES-lite and a TUM Julia model agree on all values; BLAST-Lite has the same numbers but a cubic SoC term in r_SoC
 * - we follow the two TUM (the authors' institute) implementations. No cycle resistance growth for LFP.
 * BLAST-Lite's LFP refits (Smith/Gasper) were not adopted: their many fitted constants were not independently verified.
 *
 * <h2>Validity (outside it the laws extrapolate silently; no exception)</h2>
 * <ul>
 * <li>Schmalstieg: calendar tests varied SoC at 50 °C and temperature at 50 % SoC (elevated temperatures, roughly
 * 35-50 °C as we recall Ecker et al. 2014; not re-verified); cycle tests at 35 °C, 1C charge and discharge, DoD up to
 * 100 %, voltages up to 4.2 V. The cycle law has no temperature or C-rate dependence; BLAST-Lite flags cycle
 * predictions as accurate only near 1C and 35 °C. α is clamped at 0 below 3.149 V (capacity) / 3.097 V (resistance).</li>
 * <li>Wang: C/2 to 10C, fitted on elevated-temperature data (about 15-60 °C; low-temperature cells were not part of
 * the fit, as we recall); DoD 10-90 %. Naumann: fitted at 25-60 °C (the TUM Julia model notes it is not valid below
 * 25 °C; we extrapolate the Arrhenius term instead of clamping), SoC 0-100 %.</li>
 * </ul>
 *
 * <h2>Known limitations</h2>
 * No knee / accelerated fade (Ecker's high-DoD knees were not fitted by Schmalstieg); no lithium plating at low
 * temperature or fast charge; chemistry transfer to other cells only via equivalent full cycles; LFP calendar and
 * cycle laws come from different cells and calendar loss is added during cycling although Wang's cycle data already
 * contain it (small for vehicles that rest most of the day); per-interval means are used inside exponentials (fine for
 * intervals of seconds to minutes, a Jensen bias for hour-long intervals with large temperature swings); the
 * projection ignores self-heating (the caller passes the cell temperature), CV charging and SoC transitions between
 * driven and parked days; SoH is capacity-based only.
 */
package org.evtwin.core.physics.ageing;
