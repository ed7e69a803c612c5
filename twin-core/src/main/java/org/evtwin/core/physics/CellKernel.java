package org.evtwin.core.physics;

/**
 * The two per-cell loops of a {@link PackModel} step, the hot path of the twin (about 10 ns per cell-step budget,
 * docs/decisions/0003). {@link #sources} turns every cell into a Thevenin source and solves each parallel group;
 * after the BMS has chosen the pack current, {@link #apply} distributes it and advances the cell states.
 *
 * <p>Each cell over a step of length dt at constant current I is a source {@code E} behind a resistance {@code R}:
 * <pre>
 *   E = OCV(z_s) + slope·d·Δz − a1·v1 − a2·v2
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
    /** Results of the last {@link #sources}: pack open-circuit voltage [V] and resistance [Ω]. */
    double packA;
    double packB;
    /** Results of the last {@link #apply}: power at the cell terminals [W], heat [J], chemical power [W]. */
    double delivered;
    double heat;
    double chemical;

    CellKernel(PackState s, EcmCoefficients k) {
        this.s = s;
        this.k = k;
        this.groupA = new double[s.groups];
        this.groupB = new double[s.groups];
        this.ocvStart = new double[s.cells];
        this.source = new double[s.cells];
    }

    /** Computes every cell's source and every group's Thevenin equivalent for a step of {@code dtS}. */
    void sources(double dtS, double interconnectOhm) {
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
        final double[] weight = k.ocvWeight;
        final int[] segment = k.cachedSegment;
        final double[] cachedG = k.cachedConductance;
        final double[] cachedOcvOhm = k.cachedOcvOhm;
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
                double u = lo0 + dv * (pos - seg);
                if (segment[i] != seg) {
                    // OCV moves during the step by slope·I·dt/Q (and the lag's share): treated implicitly as a
                    // resistance, so the end-of-step voltage is exact on a linear OCV segment.
                    double slopePerCoulomb = dv * points * s.inverseCapacity[i];
                    cachedOcvOhm[i] = slopePerCoulomb * dtS;
                    cachedG[i] = 1.0 / (k.rStep[i] + slopePerCoulomb * k.ocvTimeS[i]);
                    segment[i] = seg;
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
     * Distributes the pack current {@code current} over the cells and advances SoC, RC branches and the diffusion
     * lag; accumulates each cell's heat. {@code eta} is the coulombic efficiency on charge.
     */
    void apply(double dtS, double current, double eta) {
        final int p = s.parallel;
        double deliveredSum = 0;
        double heatSum = 0;
        double chemicalSum = 0;
        final double[] soc = s.soc;
        final double[] v1 = s.v1;
        final double[] v2 = s.v2;
        final double[] lag = s.diffusion;
        final double[] a1 = k.a1;
        final double[] a2 = k.a2;
        final double[] b1 = k.b1;
        final double[] b2 = k.b2;
        final double[] g = k.cachedConductance;
        final double[] ocvOhm = k.cachedOcvOhm;
        final double[] selfDischarge = s.selfDischargeA;
        final double[] inverseCapacity = s.inverseCapacity;
        final double[] heatJ = s.heatJ;
        final double[] cellCurrent = s.currentA;
        final double[] throughput = s.throughputC;
        final boolean diffusion = k.diffusion;
        for (int grp = 0; grp < s.groups; grp++) {
            double vg = groupA[grp] - current * groupB[grp];
            s.groupVoltageV[grp] = vg;
            for (int i = grp * p, end = i + p; i < end; i++) {
                double ii = (source[i] - vg) * g[i];
                double u = ocvStart[i] - 0.5 * ocvOhm[i] * ii;   // bulk OCV at mid-step
                double sd = selfDischarge[i];
                v1[i] = a1[i] * v1[i] + b1[i] * ii;
                v2[i] = a2[i] * v2[i] + b2[i] * ii;
                double drawn = ii >= 0 ? ii : ii * eta;
                double invQ = inverseCapacity[i];
                soc[i] -= (drawn + sd) * dtS * invQ;
                if (diffusion) {
                    int j = PackState.LAG_STRIDE * i;
                    double lagI = lag[j];
                    lag[j] = lagI + lag[j + 1] * (lag[j + 2] * drawn * invQ - lagI);
                }
                // Bernardi irreversible heat I·(U − V); charge lost to side reactions (coulombic inefficiency,
                // self-discharge) releases its energy as heat too. The reversible part is added per thermal update.
                double q = (ii * (u - vg) + u * (drawn - ii + sd)) * dtS;
                heatJ[i] += q;
                cellCurrent[i] = ii;
                throughput[i] += Math.abs(ii) * dtS;
                deliveredSum += vg * ii;
                chemicalSum += u * (drawn + sd);
                heatSum += q;
            }
        }
        delivered = deliveredSum;
        heat = heatSum;
        chemical = chemicalSum;
    }
}
