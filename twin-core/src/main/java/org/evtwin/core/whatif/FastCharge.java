package org.evtwin.core.whatif;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.LimitReason;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.PackState;

/**
 * The near-term fast charge on a fork: applies the what-if to the fork ({@link #prepare}), then charges it CC-CV to
 * the charge limit ({@link #run}). The rules are in the package notes.
 */
final class FastCharge {
    /** The SoC whose time of arrival is reported. */
    static final double TARGET_SOC = 0.8;
    /** 80 % counts as reached at 79.99 % (the charge limit's landing is exact to 1e-6). */
    static final double TARGET_TOLERANCE = 1e-4;
    /** The charge limit counts as reached this close below it. */
    static final double LANDING_TOLERANCE = 1e-6;
    /** ASSUMPTION: the CV phase ends when the current falls to C/20 (the usual taper end; the app's default day). */
    static final double CUTOFF_C_RATE = 0.05;
    /** ASSUMPTION: a charge still running after 12 h is stopped (bounds the work; 0.1C from empty takes 10 h). */
    static final double MAX_DURATION_S = 12 * 3600.0;

    private FastCharge() {
    }

    /** The changes made to the fork before the charge, and what the projections need to know about them. */
    record Prepared(NearTerm.StartRule rule, double packStartSoh, double pickedStartSoh, double pickedNominalC,
            double pickedGroupRatio) {
    }

    /**
     * Applies the what-if to the fork: ambient (cell temperatures shifted by the same change), cooling, the picked
     * cell's factors, and the start SoC rule.
     */
    static Prepared prepare(PackModel pack, WhatIfInputs in) {
        pack.setAgeingEnabled(false);   // an hour of charging does not age measurably; the long term is projected
        PackState s = pack.state();
        int n = s.cellCount();
        double shift = in.ambientC() - pack.ambientC();
        if (shift != 0.0) {
            for (int i = 0; i < n; i++) {
                pack.setTemperatureC(i, s.temperatureC(i) + shift);
            }
        }
        pack.setAmbientC(in.ambientC());
        if (in.coolingFactor() != 1.0) {
            for (int m = 0; m < pack.topology().modules(); m++) {
                pack.scaleModuleCooling(m, in.coolingFactor());
            }
        }
        int picked = in.pickedCell();
        double ratedC = pack.topology().cell().capacityCoulomb();
        if (in.pickedCapacityFactor() != 1.0) {
            // present scale = capacity / (rated · SoH); setCapacityScale takes the scale relative to rated
            double scale = s.capacityC(picked) / (ratedC * s.soh(picked));
            pack.setCapacityScale(picked, scale * in.pickedCapacityFactor());
        }
        if (in.pickedResistanceFactor() != 1.0) {
            pack.scaleResistance(picked, in.pickedResistanceFactor());
        }
        NearTerm.StartRule rule = NearTerm.StartRule.PRESENT_SOC;
        if (s.packSoc() >= in.chargeLimitSoc()) {
            rule = NearTerm.StartRule.WINDOW_LOW_END;
            double delta = in.windowMinSoc() - s.packSoc();
            for (int i = 0; i < n; i++) {
                pack.setSoc(i, Math.max(0.0, Math.min(1.0, s.soc(i) + delta)));
            }
        }
        pack.refreshAll();
        double sumSoh = 0;
        double totalC = 0;
        for (int i = 0; i < n; i++) {
            sumSoh += s.soh(i);
            totalC += s.capacityC(i);
        }
        int group = picked / s.parallel();
        double groupC = 0;
        for (int i = group * s.parallel(); i < (group + 1) * s.parallel(); i++) {
            groupC += s.capacityC(i);
        }
        double ratio = totalC / s.groupCount() / groupC;
        return new Prepared(rule, sumSoh / n, s.soh(picked), s.capacityC(picked) / s.soh(picked), ratio);
    }

    /** Runs the charge; returns null when {@code cancelled} said so (polled once per solver step). */
    static NearTerm run(PackModel pack, WhatIfInputs in, Prepared prep, Stepping stepping, BooleanSupplier cancelled) {
        PackState s = pack.state();
        CellParameters cell = pack.topology().cell();
        int n = s.cellCount();
        int picked = in.pickedCell();
        double limit = in.chargeLimitSoc();
        double ambient = in.ambientC();
        double chargeA = in.chargeCRate() * cell.capacityAh() * s.parallel();
        double cutoffA = CUTOFF_C_RATE * cell.capacityAh() * s.parallel();
        double eta = cell.ecm().coulombicEfficiency();
        double totalC = 0;
        for (int i = 0; i < n; i++) {
            totalC += s.capacityC(i);
        }
        // the step follows the rate the BMS will allow (a request above the cell's limit is clamped to it)
        double dt = stepping.stepS(Math.min(in.chargeCRate(), cell.limits().maxChargeCRate()));
        pack.setRefreshIntervalS(stepping.refreshIntervalS());
        double irreversible0 = pack.energy().heatGeneratedJ() - pack.energy().reversibleHeatJ();
        Control control = Control.current(-chargeA);
        ChargeSeries series = new ChargeSeries();
        double soc = s.packSoc();
        double startSoc = soc;
        int peakCell = hottest(s);
        double peakT = s.temperatureC(peakCell);
        series.add(0.0, soc, peakT);
        double t80 = soc >= TARGET_SOC - TARGET_TOLERANCE ? 0.0 : Double.NaN;
        Map<LimitReason, Double> limited = new EnumMap<>(LimitReason.class);
        double meanRise = 0;
        double pickedRise = 0;
        double t = 0;
        double lastA = chargeA;
        ChargeOutcome.Ending ending;
        while (true) {
            if (limit - soc <= LANDING_TOLERANCE) {
                ending = ChargeOutcome.Ending.LIMIT;
                break;
            }
            if (t >= MAX_DURATION_S) {
                ending = ChargeOutcome.Ending.CAP;
                break;
            }
            if (cancelled.getAsBoolean()) {
                return null;
            }
            double h = Math.min(dt, MAX_DURATION_S - t);
            if (lastA > 0) {
                // land on the charge limit: pack SoC rises by groups·|I|·η·dt / Σ capacity
                h = Math.min(h, (limit - soc) * totalC / (s.groupCount() * lastA * eta));
            }
            LimitReason reason = pack.step(h, control);
            t += h;
            double now = s.packSoc();
            int hot = hottest(s);
            double meanT = 0;
            for (int i = 0; i < n; i++) {
                meanT += s.temperatureC(i);
            }
            meanRise += (meanT / n - ambient) * h;
            pickedRise += (s.temperatureC(picked) - ambient) * h;
            if (s.temperatureC(hot) > peakT) {
                peakT = s.temperatureC(hot);
                peakCell = hot;
            }
            if (reason != LimitReason.NONE) {
                limited.merge(reason, h, Double::sum);
            }
            if (Double.isNaN(t80) && now >= TARGET_SOC - TARGET_TOLERANCE) {
                double f = now > soc ? (TARGET_SOC - soc) / (now - soc) : 1.0;
                t80 = t - h + h * Math.max(0.0, Math.min(1.0, f));
            }
            series.add(t, now, s.temperatureC(hot));
            soc = now;
            lastA = Math.max(0.0, -s.packCurrentA());
            if (reason == LimitReason.CELL_VOLTAGE_MAX && lastA <= cutoffA) {
                ending = ChargeOutcome.Ending.TAPER;
                break;
            }
            if (reason == LimitReason.TEMPERATURE && lastA == 0.0) {
                ending = ChargeOutcome.Ending.BLOCKED;
                break;
            }
        }
        double heat = pack.energy().heatGeneratedJ() - pack.energy().reversibleHeatJ() - irreversible0;
        ChargeOutcome o = new ChargeOutcome(ending, startSoc, soc, t, limited, s.minTemperatureC(),
                s.maxCellVoltageV());
        return new NearTerm(prep.rule(), startSoc, soc, t, o.endReason(in), peakT, peakCell, t80,
                o.timeTo80Note(in, t80), limited, o.reasons(in, cell.limits()), series.times(), series.socs(),
                series.temperatures(), heat / n, meanRise, pickedRise, dt);
    }

    private static int hottest(PackState s) {
        int best = 0;
        for (int i = 1; i < s.cellCount(); i++) {
            if (s.temperatureC(i) > s.temperatureC(best)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Step and coefficient-refresh settings of the near-term run. The step is chosen so that one step moves
     * {@code socPerStep} of SoC at the charge rate, within [{@code minStepS}, {@code maxStepS}].
     */
    record Stepping(double socPerStep, double minStepS, double maxStepS, double refreshIntervalS) {
        /**
         * 0.5 % SoC per step (18 s at 1C, 9 s at 2C), 2–30 s, coefficients refreshed every 60 s. Justified by the time
         * constants (package notes) and checked against 1 s steps by a test.
         */
        static final Stepping DEFAULT = new Stepping(0.005, 2.0, 30.0, 60.0);

        double stepS(double cRate) {
            return Math.max(minStepS, Math.min(maxStepS, socPerStep * 3600.0 / cRate));
        }
    }
}
