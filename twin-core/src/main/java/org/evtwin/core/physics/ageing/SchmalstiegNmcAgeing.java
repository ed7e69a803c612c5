package org.evtwin.core.physics.ageing;

import org.evtwin.core.TwinException;

/**
 * NMC/graphite ageing after Schmalstieg, Käbitz, Ecker, Sauer, "A holistic aging model for Li(NiMnCo)O2 based 18650
 * lithium-ion batteries", J. Power Sources 257 (2014) 325-334, doi:10.1016/j.jpowsour.2014.02.012, fitted on
 * Sanyo UR18650E cells (2.05 Ah nominal). Constants cross-checked against NREL BLAST-Lite
 * {@code blast/models/nmc111_gr_Sanyo2Ah_2014.py} (P. Gasper; commit 039b74dc), which reproduces the same numbers.
 *
 * <pre>
 * calendar  fade   = α_cap·t^0.75,  α_cap = (7.543·V − 23.75)·1e6·exp(−6976/T)     t [days], V [V], T [K]
 *           growth = α_res·t^0.75,  α_res = (5.270·V − 16.32)·1e5·exp(−5986/T)
 * cycle     fade   = β_cap·√Q,      β_cap = 7.348e-3·(V̄ − 3.667)² + 7.60e-4 + 4.081e-3·ΔDoD
 *           growth = β_res·Q,       β_res = 2.153e-4·(V̄ − 3.725)² − 1.521e-5 + 2.798e-4·ΔDoD
 * </pre>
 * V is the (mean) storage voltage of the interval, V̄ the throughput-weighted RMS voltage of the half-cycle (BLAST-Lite
 * also uses an RMS voltage), ΔDoD the half-cycle depth [0..1] from {@link CycleTracker}, and Q the charge throughput
 * in Ah of the 2.05 Ah reference cell: Q = (throughput of this cell / its nominal capacity) × 2.05 Ah, with the
 * throughput counting charge and discharge, i.e. 2 × equivalent full cycles × 2.05 Ah (BLAST-Lite likewise counts
 * both directions: Ah = ΔEFC·2·capacity). Negative
 * coefficients (V &lt; 3.149 V for α_cap, V &lt; 3.097 V for α_res, small ΔDoD for β_res) are clamped to no change.
 * The cycle terms do not depend on temperature or C-rate (cycle tests were at 35 °C and 1C).
 */
public final class SchmalstiegNmcAgeing implements AgeingModel {
    /** Factory name: {@value}. */
    public static final String NAME = "schmalstieg-nmc";
    /** Nominal capacity of the Sanyo UR18650E the constants were fitted on [Ah]. */
    public static final double REFERENCE_CAPACITY_AH = 2.05;
    /** Calendar time exponent (both capacity and resistance). */
    public static final double CALENDAR_EXPONENT = 0.75;
    /** Cycle capacity exponent in throughput. */
    public static final double CYCLE_EXPONENT = 0.5;

    private static final double SECONDS_PER_DAY = 86_400.0;
    private static final double ZERO_CELSIUS_K = 273.15;

    /** Creates the Schmalstieg NMC model (stateless; one instance may be shared). */
    public SchmalstiegNmcAgeing() {
        // no parameters
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Calendar capacity coefficient α_cap [1/day^0.75] at voltage {@code v} [V] and temperature {@code tK} [K]. */
    public static double alphaCapacity(double v, double tK) {
        return (7.543 * v - 23.75) * 1e6 * Math.exp(-6976.0 / tK);
    }

    /** Calendar resistance coefficient α_res [1/day^0.75]. */
    public static double alphaResistance(double v, double tK) {
        return (5.270 * v - 16.32) * 1e5 * Math.exp(-5986.0 / tK);
    }

    /** Cycle capacity coefficient β_cap [1/Ah^0.5] at cycle RMS voltage {@code vRms} [V] and depth {@code dod}. */
    public static double betaCapacity(double vRms, double dod) {
        double d = vRms - 3.667;
        return 7.348e-3 * d * d + 7.60e-4 + 4.081e-3 * dod;
    }

    /** Cycle resistance coefficient β_res [1/Ah]. */
    public static double betaResistance(double vRms, double dod) {
        double d = vRms - 3.725;
        return 2.153e-4 * d * d - 1.521e-5 + 2.798e-4 * dod;
    }

    @Override
    public void advance(AgeingState state, AgeingStress stress, int from, int to) {
        for (int i = from; i < to; i++) {
            double dtS = stress.elapsedS(i);
            if (!(dtS > 0.0)) {
                continue;
            }
            double tK = stress.meanTemperatureC(i) + ZERO_CELSIUS_K;
            double v = stress.meanVoltageV(i);
            double q = stress.throughputC(i);
            if (!Double.isFinite(tK) || !Double.isFinite(v) || !Double.isFinite(q) || !Double.isFinite(dtS)
                    || tK <= 0.0) {
                throw new TwinException("ageing (" + NAME + "): cell " + i + " has a non-finite stress: T=" + tK
                        + " K, V=" + v + " V, throughput=" + q + " C, dt=" + dtS + " s");
            }
            double days = dtS / SECONDS_PER_DAY;
            state.fadeCalendar[i] = PowerLaw.advance(state.fadeCalendar[i], alphaCapacity(v, tK), days,
                    CALENDAR_EXPONENT);
            state.growthCalendar[i] = PowerLaw.advance(state.growthCalendar[i], alphaResistance(v, tK), days,
                    CALENDAR_EXPONENT);
            CycleTracker.update(state, i, stress.socMin(i), stress.socMax(i), stress.socEnd(i), q,
                    stress.voltageSquaredChargeV2C(i), v);
            if (q > 0.0) {
                double qRefAh = q / state.nominalCapacityC[i] * REFERENCE_CAPACITY_AH;
                double vRms = state.estVrms[i];
                double dod = state.estDepth[i];
                state.fadeCycle[i] = PowerLaw.advance(state.fadeCycle[i], betaCapacity(vRms, dod), qRefAh,
                        CYCLE_EXPONENT);
                double bRes = betaResistance(vRms, dod);
                if (bRes > 0.0) {
                    state.growthCycle[i] += bRes * qRefAh;
                }
            }
        }
    }
}
