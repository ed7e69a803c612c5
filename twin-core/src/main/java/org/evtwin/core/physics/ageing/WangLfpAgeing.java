package org.evtwin.core.physics.ageing;

import org.evtwin.core.TwinException;

/**
 * LFP/graphite ageing: cycle fade after Wang et al. 2011, calendar fade and calendar resistance growth after
 * Naumann et al. 2018 (two different LFP cells: a documented compromise, see the package description).
 *
 * <p><b>Cycle</b> - J. Wang, P. Liu, J. Hicks-Garner, E. Sherman, S. Soukiazian, M. Verbrugge, H. Tataria, J. Musser,
 * P. Finamore, "Cycle-life model for graphite-LiFePO4 cells", J. Power Sources 196 (2011) 3942-3948, fitted on
 * A123 ANR26650 cells (2.2 Ah):
 * <pre>
 * Q_loss[%] = B(c)·exp(−(31700 − 370.3·c)/(R·T))·Ah^0.55,  R = 8.314 J/(mol·K), T [K], c = C-rate
 * B(0.5C) = 31630, B(2C) = 21681, B(6C) = 12934, B(10C) = 15512
 * </pre>
 * Ah is the discharge Ah-throughput of the 2.2 Ah reference cell (Wang: cycle number × DoD × capacity); here
 * Ah = ½ × (charge + discharge throughput of this cell) / (its nominal capacity) × 2.2 Ah. c is the
 * throughput-weighted |C-rate| of the interval. ASSUMPTION: B is interpolated linearly in c between the tabulated
 * rates and held constant outside [0.5C, 10C] (the paper tabulates, it does not interpolate).
 *
 * <p><b>Calendar</b> - M. Naumann, M. Schimpe, P. Keil, H. C. Hesse, A. Jossen, "Analysis and modeling of calendar
 * aging of a commercial LiFePO4/graphite cell", J. Energy Storage 17 (2018) 153-169, Sony/Murata US26650FTC1 (3 Ah);
 * constants as implemented by TUM's SimSES-lite ({@code simses/model/degradation/sony_lfp_calendar.py}) and
 * O. Teichert's TUM Julia model, t in seconds, fractions:
 * <pre>
 * fade   = k_T·k_SoC·√t,  k_T = 1.2571e-5·exp(−17126/R·(1/T − 1/298.15)),  k_SoC = 2.8575·(SoC − 0.5)³ + 0.60225
 * growth = r_T·r_SoC·t,   r_T = 3.4194e-10·exp(−71827/R·(1/T − 1/298.15)), r_SoC = −3.3903·(SoC − 0.5)² + 1.5604
 * </pre>
 * with R = 8.3144598. (BLAST-Lite's Sony LFP model uses a cubic instead of a squared SoC term in r_SoC; we follow
 * the two TUM implementations.) Cycle-driven resistance growth is not modelled for LFP (Wang 2011 gives none).
 */
public final class WangLfpAgeing implements AgeingModel {
    /** Factory name: {@value}. */
    public static final String NAME = "wang-lfp";
    /** Nominal capacity of the A123 ANR26650 cell Wang et al. fitted on [Ah]. */
    public static final double REFERENCE_CAPACITY_AH = 2.2;
    /** Wang's throughput exponent. */
    public static final double CYCLE_EXPONENT = 0.55;
    /** Naumann's calendar time exponent. */
    public static final double CALENDAR_EXPONENT = 0.5;

    private static final double[] C_RATES = {0.5, 2.0, 6.0, 10.0};
    private static final double[] B = {31630.0, 21681.0, 12934.0, 15512.0};
    private static final double R_WANG = 8.314;
    private static final double R_NAUMANN = 8.3144598;
    private static final double T_REF_K = 298.15;
    private static final double ZERO_CELSIUS_K = 273.15;

    /** Creates the Wang/Naumann LFP model (stateless; one instance may be shared). */
    public WangLfpAgeing() {
        // no parameters
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Wang's pre-exponential factor B at C-rate {@code c} (interpolated, clamped; see class note). */
    public static double preFactor(double c) {
        if (c <= C_RATES[0]) {
            return B[0];
        }
        for (int k = 1; k < C_RATES.length; k++) {
            if (c <= C_RATES[k]) {
                double w = (c - C_RATES[k - 1]) / (C_RATES[k] - C_RATES[k - 1]);
                return B[k - 1] + w * (B[k] - B[k - 1]);
            }
        }
        return B[B.length - 1];
    }

    /** Wang cycle coefficient as a fraction per Ah^0.55 at C-rate {@code c} and temperature {@code tK} [K]. */
    public static double cycleCoefficient(double c, double tK) {
        return preFactor(c) * Math.exp(-(31700.0 - 370.3 * c) / (R_WANG * tK)) / 100.0;
    }

    /** Naumann calendar capacity coefficient [1/√s] at temperature {@code tK} [K] and SoC [0..1]. */
    public static double calendarCoefficient(double tK, double soc) {
        double d = soc - 0.5;
        double kT = 1.2571e-5 * Math.exp(-17126.0 / R_NAUMANN * (1.0 / tK - 1.0 / T_REF_K));
        return kT * (2.8575 * d * d * d + 0.60225);
    }

    /** Naumann calendar resistance growth rate [1/s] at temperature {@code tK} [K] and SoC [0..1]. */
    public static double calendarResistanceRate(double tK, double soc) {
        double d = soc - 0.5;
        double rT = 3.4194e-10 * Math.exp(-71827.0 / R_NAUMANN * (1.0 / tK - 1.0 / T_REF_K));
        return rT * (-3.3903 * d * d + 1.5604);
    }

    @Override
    public void advance(AgeingState state, AgeingStress stress, int from, int to) {
        for (int i = from; i < to; i++) {
            double dtS = stress.elapsedS(i);
            if (!(dtS > 0.0)) {
                continue;
            }
            double tK = stress.meanTemperatureC(i) + ZERO_CELSIUS_K;
            double soc = stress.meanSoc(i);
            double q = stress.throughputC(i);
            if (!Double.isFinite(tK) || !Double.isFinite(soc) || !Double.isFinite(q) || !Double.isFinite(dtS)
                    || tK <= 0.0) {
                throw new TwinException("ageing (" + NAME + "): cell " + i + " has a non-finite stress: T=" + tK
                        + " K, SoC=" + soc + ", throughput=" + q + " C, dt=" + dtS + " s");
            }
            state.fadeCalendar[i] = PowerLaw.advance(state.fadeCalendar[i], calendarCoefficient(tK, soc), dtS,
                    CALENDAR_EXPONENT);
            double rRate = calendarResistanceRate(tK, soc);
            if (rRate > 0.0) {
                state.growthCalendar[i] += rRate * dtS;
            }
            if (q > 0.0) {
                double capC = state.nominalCapacityC[i];
                double cRate = stress.flowingCurrentA(i) * 3600.0 / capC;
                double ahRef = 0.5 * q / capC * REFERENCE_CAPACITY_AH;
                state.fadeCycle[i] = PowerLaw.advance(state.fadeCycle[i], cycleCoefficient(cRate, tK), ahRef,
                        CYCLE_EXPONENT);
            }
        }
    }
}
