package org.evtwin.core.physics;

/**
 * The two per-cell loops of a {@link PackModel} step, the hot path of the twin (about 10 ns per cell-step budget,
 * docs/decisions/0003). {@link #sources} turns every cell into a Thevenin source and solves each parallel group;
 * after the BMS has chosen the pack current, {@link #apply} distributes it and advances the cell states.
 *
 * <p>Each cell over a step of length dt at constant current I is a source {@code E} behind a resistance {@code R}:
 * <pre>
 *   E = OCV(z_s) + ΔU_age + slope·d·Δz − a1·v1 − a2·v2      (ΔU_age: {@link EcmCoefficients#ocvShift})
 *   R = R0 + b1 + b2 + slope·(dt + d·k·τ_d)/Q          (d = 1 − exp(−dt/τ_d))
 * </pre>
 * with {@code z_s = z − Δz} the surface SoC at the start of the step. {@code E − I·R} is then exactly the terminal
 * voltage at the end of the step when the OCV is linear over the step: the bulk moves by −I·dt/Q and the lag by
 * {@code d·(k·τ_d·I/Q − Δz)}, so {@code z_s⁺ = z_s + d·Δz − I·(dt + d·k·τ_d)/Q}; the RC branches follow their exact
 * discretisation. For cells without a diffusion lag
 * {@code Δz = 0} and {@code d = 0}: the plain 2-RC source; the lag terms sit behind one loop-invariant branch.
 *
 * <p>Energy: the chemical energy released and the Bernardi heat use the <em>bulk</em> OCV at mid-step, so the
 * diffusion overpotential {@code OCV(z) − OCV(z_s)} is dissipated as heat while current flows and chemical energy
 * equals {@code Q·∫OCV(z)dz} (the heat of mixing released when the gradient relaxes is neglected, as in Bernardi's
 * formula). No allocation.
 *
 * <p>Speed (docs/benchmarks.md): the loops are kept short and element-wise where they can be, which C2 compiles to
 * SIMD code (one long loop body exceeds its unrolling limit and stays scalar); the OCV table look-up is scalar, and
 * the per-group sums stay in cell order so results do not depend on the loops' shape.
 */
final class CellKernel {
    private final PackState s;
    private final EcmCoefficients k;
    /** Per group: open-circuit voltage of the group's Thevenin equivalent [V] and its resistance [Ω]. */
    final double[] groupA;
    final double[] groupB;
    /** Per cell, from {@link #sources} to {@link #apply}: bulk OCV at the start of the step and source voltage. */
    private final double[] ocvStart;
    private final double[] source;
    /** Charge drawn per cell in {@link #apply} when the coulombic efficiency is not 1 (else the current itself). */
    private final double[] drawn;
    /** Results of the last {@link #sources}: pack open-circuit voltage [V] and resistance [Ω]. */
    double packA;
    double packB;
    /** Result of the last {@link #apply}: power at the cell terminals, summed over cells [W]. */
    double cellTerminalW;

    CellKernel(PackState s, EcmCoefficients k) {
        this.s = s;
        this.k = k;
        this.groupA = new double[s.groups];
        this.groupB = new double[s.groups];
        this.ocvStart = new double[s.cells];
        this.source = new double[s.cells];
        this.drawn = new double[s.cells];
    }

    /** Computes every cell's source and every group's Thevenin equivalent for a step of {@code dtS}. */
    void sources(double dtS, double interconnectOhm) {
        if (!k.diffusion && k.ocv().rows.length == 1) {
            plainSources(dtS, interconnectOhm);
            return;
        }
        double sumA = 0;
        double sumB = interconnectOhm;
        final int p = s.parallel;
        final int points = OcvLookup.POINTS;
        final double[][] rows = k.ocv().rows;
        final double[] soc = s.soc;
        final double[] v1 = s.v1;
        final double[] v2 = s.v2;
        final double[] lag = s.diffusion;
        final double[] a1 = k.a1;
        final double[] a2 = k.a2;
        final int[] row = k.ocvRow;
        final double[] weight = k.ocvWeight, shift = k.ocvShift;
        final int[] segment = k.cachedSegment;
        final double[] cachedG = k.cachedConductance;
        final boolean diffusion = k.diffusion;
        for (int g = 0; g < s.groups; g++) {
            double sumG = 0;
            double sumEG = 0;
            for (int i = g * p, end = i + p; i < end; i++) {
                double lagI = 0;
                double decayI = 0;
                double pos = soc[i] * points;
                if (diffusion) {
                    int j = PackState.LAG_STRIDE * i;
                    lagI = lag[j];
                    decayI = lag[j + 1];
                    pos -= lagI * points;
                }
                int seg = (int) pos;
                if (seg < 0 || pos < 0) {
                    seg = 0;          // outside 0–1 the end segment extrapolates (see OcvLookup)
                } else if (seg >= points) {
                    seg = points - 1;
                }
                double[] low = rows[row[i]];
                double lo0 = low[seg];
                double dv = low[seg + 1] - lo0;
                double w = weight[i];
                if (w != 0.0) {
                    double[] high = rows[row[i] + 1];
                    double hi0 = high[seg];
                    lo0 += (hi0 - lo0) * w;
                    dv += ((high[seg + 1] - hi0) - dv) * w;
                }
                double u = lo0 + dv * (pos - seg) + shift[i];
                if (segment[i] != seg) {
                    segmentChanged(i, seg, dv, dtS);
                }
                double e = u - a1[i] * v1[i] - a2[i] * v2[i];
                if (diffusion) {
                    double bulkMinusSurface = dv * points * lagI;
                    e += bulkMinusSurface * decayI;   // the surface recovers toward the bulk by d·Δz
                    u += bulkMinusSurface;
                }
                double gi = cachedG[i];
                ocvStart[i] = u;
                source[i] = e;
                sumG += gi;
                sumEG += e * gi;
            }
            groupA[g] = sumEG / sumG;
            groupB[g] = 1.0 / sumG;
            sumA += groupA[g];
            sumB += groupB[g];
        }
        packA = sumA;
        packB = sumB;
    }

    /**
     * {@link #sources} for the common case of one OCV temperature row and no diffusion lag: the same arithmetic in the
     * same order (so the same results to the last bit), without the per-cell row, weight and lag loads, in three
     * passes: the OCV look-up (scalar), the source voltages (element-wise, SIMD) and the group sums (in cell order).
     */
    private void plainSources(double dtS, double interconnectOhm) {
        double sumA = 0;
        double sumB = interconnectOhm;
        final int p = s.parallel;
        final int points = OcvLookup.POINTS;
        final double[] table = k.ocv().rows[0];
        final double[] soc = s.soc;
        final double[] v1 = s.v1;
        final double[] v2 = s.v2;
        final double[] a1 = k.a1;
        final double[] a2 = k.a2;
        final int[] segment = k.cachedSegment;
        final double[] cachedG = k.cachedConductance;
        final double[] start = ocvStart;
        final double[] src = source, shift = k.ocvShift;
        final int n = s.cells;
        for (int i = 0; i < n; i++) {
            double pos = soc[i] * points;
            int seg = (int) pos;
            if (seg < 0 || pos < 0) {
                seg = 0;
            } else if (seg >= points) {
                seg = points - 1;
            }
            double lo0 = table[seg];
            double dv = table[seg + 1] - lo0;
            start[i] = lo0 + dv * (pos - seg) + shift[i];
            if (segment[i] != seg) {
                segmentChanged(i, seg, dv, dtS);
            }
        }
        for (int i = 0; i < n; i++) {
            src[i] = start[i] - a1[i] * v1[i] - a2[i] * v2[i];
        }
        for (int g = 0; g < s.groups; g++) {
            double sumG = 0;
            double sumEG = 0;
            for (int i = g * p, end = i + p; i < end; i++) {
                double gi = cachedG[i];
                sumG += gi;
                sumEG += src[i] * gi;
            }
            groupA[g] = sumEG / sumG;
            groupB[g] = 1.0 / sumG;
            sumA += groupA[g];
            sumB += groupB[g];
        }
        packA = sumA;
        packB = sumB;
    }

    /**
     * The OCV moves during the step by slope·I·dt/Q (and the lag's share): treated implicitly as a resistance, so the
     * end-of-step voltage is exact on a linear OCV segment. Cached per segment ({@code dv}: the segment's OCV rise).
     */
    private void segmentChanged(int i, int seg, double dv, double dtS) {
        double slopePerCoulomb = dv * OcvLookup.POINTS * s.inverseCapacity[i];
        k.cachedOcvOhm[i] = slopePerCoulomb * dtS;
        k.cachedConductance[i] = 1.0 / (k.rStep[i] + slopePerCoulomb * k.ocvTimeS[i]);
        k.cachedSegment[i] = seg;
    }

    /**
     * Distributes the pack current {@code current} over the cells and advances SoC, RC branches and the diffusion
     * lag; accumulates each cell's heat in {@link PackState#heatJ}. {@code eta} is the coulombic efficiency on charge.
     *
     * <p>Per group the currents and heat (they need the group voltage), then the RC branches, throughput and SoC over
     * all cells; every loop is short and element-wise. Sums over cells are not needed per step: the cells of a group
     * carry the pack current between them, so the power at the cell terminals is {@code I·ΣV_g}, and the heat is
     * summed from {@link PackState#heatJ} when the energy ledger needs it.
     */
    void apply(double dtS, double current, double eta) {
        final int p = s.parallel;
        final double[] cellCurrent = s.currentA;
        final double[] drawnA = eta == 1.0 ? cellCurrent : drawn;
        double groupVoltageSum = 0;
        for (int grp = 0; grp < s.groups; grp++) {
            double vg = groupA[grp] - current * groupB[grp];
            s.groupVoltageV[grp] = vg;
            groupVoltageSum += vg;
            int from = grp * p;
            currents(from, from + p, vg);
            if (eta != 1.0) {
                drawn(from, from + p, eta);
            }
            heat(from, from + p, vg, dtS, drawnA);
        }
        final int n = s.cells;
        branch(n, s.v1, k.a1, k.b1, cellCurrent);
        branch(n, s.v2, k.a2, k.b2, cellCurrent);
        final double[] throughput = s.throughputC;
        for (int i = 0; i < n; i++) {
            throughput[i] += Math.abs(cellCurrent[i]) * dtS;
        }
        final double[] soc = s.soc;
        final double[] selfDischarge = s.selfDischargeA;
        final double[] inverseCapacity = s.inverseCapacity;
        for (int i = 0; i < n; i++) {
            soc[i] -= (drawnA[i] + selfDischarge[i]) * dtS * inverseCapacity[i];
        }
        if (k.diffusion) {
            advanceLag(eta);
        }
        cellTerminalW = current * groupVoltageSum;
    }

    /** Cell currents {@code I_k = (E_k − V_g)/R_k} of one group. */
    private void currents(int from, int to, double vg) {
        final double[] cellCurrent = s.currentA;
        final double[] src = source;
        final double[] g = k.cachedConductance;
        for (int i = from; i < to; i++) {
            cellCurrent[i] = (src[i] - vg) * g[i];
        }
    }

    /** Charge drawn: the full current on discharge, {@code eta·I} on charge (branch-free). */
    private void drawn(int from, int to, double eta) {
        final double[] cellCurrent = s.currentA;
        for (int i = from; i < to; i++) {
            double ii = cellCurrent[i];
            drawn[i] = Math.max(ii, 0.0) + eta * Math.min(ii, 0.0);
        }
    }

    /** RC branch voltages, exact discretisation {@code v⁺ = a·v + b·I}. */
    private static void branch(int n, double[] v, double[] a, double[] b, double[] cellCurrent) {
        for (int i = 0; i < n; i++) {
            v[i] = a[i] * v[i] + b[i] * cellCurrent[i];
        }
    }

    /**
     * Bernardi irreversible heat I·(U − V) of one group, U the bulk OCV at mid-step; charge lost to side reactions
     * (coulombic inefficiency, self-discharge) releases its energy as heat too. The reversible part is added per
     * thermal update.
     */
    private void heat(int from, int to, double vg, double dtS, double[] drawnA) {
        final double[] cellCurrent = s.currentA;
        final double[] selfDischarge = s.selfDischargeA;
        final double[] ocvOhm = k.cachedOcvOhm;
        final double[] start = ocvStart;
        final double[] heatJ = s.heatJ;
        for (int i = from; i < to; i++) {
            double ii = cellCurrent[i];
            double u = start[i] - 0.5 * ocvOhm[i] * ii;
            heatJ[i] += (ii * (u - vg) + u * (drawnA[i] - ii + selfDischarge[i])) * dtS;
        }
    }

    /** Diffusion lag {@code Δz⁺ = Δz + d·(k·τ_d·I/Q − Δz)} (three entries per cell, so a scalar loop). */
    private void advanceLag(double eta) {
        final double[] lag = s.diffusion;
        final double[] cellCurrent = s.currentA;
        final double[] inverseCapacity = s.inverseCapacity;
        for (int i = 0, j = 0; i < s.cells; i++, j += PackState.LAG_STRIDE) {
            double ii = cellCurrent[i];
            double drawn = Math.max(ii, 0.0) + eta * Math.min(ii, 0.0);
            double lagI = lag[j];
            lag[j] = lagI + lag[j + 1] * (lag[j + 2] * drawn * inverseCapacity[i] - lagI);
        }
    }
}
