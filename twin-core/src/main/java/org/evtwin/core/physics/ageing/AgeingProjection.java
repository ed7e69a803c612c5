package org.evtwin.core.physics.ageing;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

import org.evtwin.core.TwinException;

/**
 * Long-horizon what-if: years of a repeating {@link DutyCycle} in well under a second, by aggregating at cycle level.
 * Each driven day is three segments (drive half-cycle, charge half-cycle, rest at the charge limit), each other day one
 * rest segment, and each segment is one {@link AgeingModel#advance} call on a one-cell state; within a segment the
 * voltage is the SoC-average (calendar law) and the RMS (cycle law) of the caller's OCV curve, integrated by Simpson's
 * rule. Years are 365 days. Cell temperature comes from the duty (no self-heating).
 */
public final class AgeingProjection {
    private static final double DAY_S = 86_400.0;
    private static final int SIMPSON_INTERVALS = 256;

    /**
     * Projection output.
     *
     * @param timeDays         time of each point [days since start]
     * @param soh              state of health at each point
     * @param resistanceFactor resistance factor at each point
     * @param daysTo80         days until SoH first reaches 0.8 (NaN: not reached within the horizon)
     * @param daysTo70         days until SoH first reaches 0.7 (NaN: not reached within the horizon)
     */
    public record Result(double[] timeDays, double[] soh, double[] resistanceFactor, double daysTo80,
            double daysTo70) {
        /** Years until SoH 0.8, empty if not reached within the horizon. */
        public OptionalDouble yearsTo80() {
            return Double.isNaN(daysTo80) ? OptionalDouble.empty() : OptionalDouble.of(daysTo80 / 365.0);
        }

        /** Years until SoH 0.7, empty if not reached within the horizon. */
        public OptionalDouble yearsTo70() {
            return Double.isNaN(daysTo70) ? OptionalDouble.empty() : OptionalDouble.of(daysTo70 / 365.0);
        }

        /** SoH at the last point (end of the horizon). */
        public double finalSoh() {
            return soh[soh.length - 1];
        }
    }

    private AgeingProjection() {
    }

    /**
     * Projects {@code duty} over {@code horizonYears} with {@code model}, reporting a point every
     * {@code pointEveryDays} days (1 = daily, 7 = weekly) plus the start and the end.
     *
     * @throws TwinException if the horizon is not in (0, 100] years, the point spacing is below 1 day, or the OCV
     *                       curve returns a non-finite voltage
     */
    public static Result project(AgeingModel model, DutyCycle duty, double horizonYears, int pointEveryDays) {
        if (!(horizonYears > 0.0 && horizonYears <= 100.0)) {
            throw new TwinException("ageing projection: horizon must be in (0, 100] years, got " + horizonYears);
        }
        if (pointEveryDays < 1) {
            throw new TwinException("ageing projection: point spacing must be >= 1 day, got " + pointEveryDays);
        }
        int days = Math.max(1, (int) Math.round(horizonYears * 365.0));
        int points = days / pointEveryDays + 1 + (days % pointEveryDays == 0 ? 0 : 1);
        double[] t = new double[points];
        double[] soh = new double[points];
        double[] res = new double[points];

        double cap = duty.cellCapacityC();
        double hi = duty.maxSoc();
        double dod = duty.dodPerDrivenDay();
        double lo = hi - dod;
        DoubleUnaryOperator ocv = duty.ocvV();
        double[] meanRms = swingVoltages(ocv, lo, hi);
        double vHi = checked(ocv.applyAsDouble(hi), hi);
        double vStore = checked(ocv.applyAsDouble(duty.storageSoc()), duty.storageSoc());
        double driveS = dod / duty.dischargeCRate() * 3600.0;
        double chargeS = dod / duty.chargeCRate() * 3600.0;
        double restS = DAY_S - driveS - chargeS;
        double q = dod * cap;

        AgeingState state = new AgeingState(new double[] {cap});
        AgeingStress s = new AgeingStress(1);
        soh[0] = 1.0;
        res[0] = state.resistanceFactor(0);
        int p = 1;
        double to80 = Double.NaN;
        double to70 = Double.NaN;
        double prev = 1.0;
        for (int d = 0; d < days; d++) {
            int doy = d % 365;
            double tc = duty.temperatureOnDayC(doy);
            if (duty.isDriven(doy)) {
                s.setSegment(0, driveS, tc, meanRms[0], meanRms[1], hi - dod / 2, lo, hi, lo, q,
                        duty.dischargeCRate() * cap / 3600.0);
                model.advance(state, s, 0, 1);
                s.setSegment(0, chargeS, tc, meanRms[0], meanRms[1], hi - dod / 2, lo, hi, hi, q,
                        duty.chargeCRate() * cap / 3600.0);
                model.advance(state, s, 0, 1);
                if (restS > 0.0) {
                    s.setSegment(0, restS, tc, vHi, vHi, hi, hi, hi, hi, 0.0, 0.0);
                    model.advance(state, s, 0, 1);
                }
            } else {
                double st = duty.storageSoc();
                s.setSegment(0, DAY_S, tc, vStore, vStore, st, st, st, st, 0.0, 0.0);
                model.advance(state, s, 0, 1);
            }
            double now = state.soh(0);
            if (Double.isNaN(to80) && now <= 0.8) {
                to80 = d + (prev - 0.8) / (prev - now);
            }
            if (Double.isNaN(to70) && now <= 0.7) {
                to70 = d + (prev - 0.7) / (prev - now);
            }
            prev = now;
            int done = d + 1;
            if (done % pointEveryDays == 0 || done == days) {
                t[p] = done;
                soh[p] = now;
                res[p] = state.resistanceFactor(0);
                p++;
            }
        }
        return new Result(t, soh, res, to80, to70);
    }

    /** {mean V, RMS V} of {@code ocv} over SoC in [lo, hi] (uniform in SoC = uniform in charge). */
    static double[] swingVoltages(DoubleUnaryOperator ocv, double lo, double hi) {
        if (!(hi > lo)) {
            double v = checked(ocv.applyAsDouble(lo), lo);
            return new double[] {v, v};
        }
        int n = SIMPSON_INTERVALS;
        double h = (hi - lo) / n;
        double s1 = 0.0;
        double s2 = 0.0;
        for (int k = 0; k <= n; k++) {
            double soc = lo + k * h;
            double v = checked(ocv.applyAsDouble(soc), soc);
            double w = (k == 0 || k == n) ? 1.0 : (k % 2 == 1 ? 4.0 : 2.0);
            s1 += w * v;
            s2 += w * v * v;
        }
        double mean = s1 * h / 3.0 / (hi - lo);
        double ms = s2 * h / 3.0 / (hi - lo);
        return new double[] {mean, Math.sqrt(ms)};
    }

    private static double checked(double v, double soc) {
        if (!Double.isFinite(v) || v <= 0.0) {
            throw new TwinException("ageing projection: OCV curve gives " + v + " V at SoC " + soc);
        }
        return v;
    }
}
