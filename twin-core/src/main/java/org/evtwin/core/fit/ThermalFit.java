package org.evtwin.core.fit;

import org.evtwin.core.model.CoolingSpec;

/**
 * Lumped thermal parameters from one measured surface-temperature trace:
 * {@code m·cp·dT/dt = q − Q_cool(T, T_amb)}, with the heat computed from the measurements themselves,
 * {@code q = I·(OCV(z, T) − V) − I·T_K·dOCV/dT} (Bernardi: irreversible plus reversible heat, current positive on
 * discharge), and the heat-rejection law of the solver ({@link CoolingSpec}: {@code Q_cool = h·A·ΔT} by default).
 * The heat does not depend on the fitted parameters, so the fit only has to find the heat capacity m·cp and the
 * conductance h·A.
 *
 * <p>Two identifications:
 * <ul>
 *   <li>{@link #fit}: least squares over the whole trace (discharge and rest). Every error in the <i>shape</i> of the
 *       heat estimate over time is absorbed into m·cp and h·A.</li>
 *   <li>{@link #fitSplit}: each parameter from the part of the record that determines it without depending on the
 *       time distribution of the heat. In the rest after the load (current zero, so no generated heat and no heat
 *       estimate) the surface relaxes with the time constant m·cp/h·A; the energy balance over the whole record,
 *       ∫q dt = m·cp·(T_end − T_0) + ∫Q_cool dt (Q_cool evaluated on the measured temperature), ties h·A to the total
 *       heat. For a given m·cp the balance gives h·A in closed form (convection is linear in h·A); m·cp is fitted to the
 *       rest trace. This is the method for a model that has to extrapolate to other currents, where a heat estimate
 *       whose errors are largest at one SoC (the reversible heat) must not be turned into a wrong heat capacity.</li>
 * </ul>
 */
public final class ThermalFit {
    private static final Bound HEAT_CAPACITY = new Bound(1.0, 1e5);
    private static final Bound CONDUCTANCE = new Bound(1e-4, 100);
    /** Largest integration step of the nonlinear-law simulation [s]; a small fraction of any fitted time constant. */
    static final double MAX_STEP_S = 1.0;

    private ThermalFit() {
    }

    /**
     * A heat-rejection law: the convective exponent, reference ΔT and emissivity of {@link CoolingSpec}.
     *
     * @param name              for reports
     * @param exponent          m (1 = constant h)
     * @param referenceDeltaK   ΔT_ref at which h applies [K]
     * @param emissivity        ε (0 = no radiation)
     */
    public record Law(String name, double exponent, double referenceDeltaK, double emissivity) {
        /** Constant h, no radiation. */
        public static final Law LINEAR = new Law("constant h", CoolingSpec.LINEAR,
                CoolingSpec.DEFAULT_REFERENCE_DELTA_K, 0.0);

        /** The cooling description with this law and h [W/(m²·K)]. */
        public CoolingSpec cooling(double hWPerM2K, double coolantC) {
            return new CoolingSpec(hWPerM2K, coolantC, 0.0, exponent, referenceDeltaK, emissivity, name);
        }
    }

    /**
     * @param heatCapacityJPerK   m·cp [J/K]
     * @param conductanceWPerK    h·A [W/K]
     * @param rmseK               RMS temperature error [K]
     * @param maxErrorK           largest |error| [K]
     */
    public record Result(double heatCapacityJPerK, double conductanceWPerK, double rmseK, double maxErrorK) {
    }

    /**
     * Result of {@link #fitSplit}.
     *
     * @param law                the heat-rejection law
     * @param heatCapacityJPerK  m·cp [J/K]
     * @param conductanceWPerK   h·A [W/K] (at ΔT_ref when m ≠ 1)
     * @param restRmseK          RMS error over the rest after the load (the trace m·cp is fitted to) [K]
     * @param rmseK              RMS error over the whole record with these parameters [K]
     * @param maxErrorK          largest |error| over the whole record [K]
     */
    public record SplitResult(Law law, double heatCapacityJPerK, double conductanceWPerK, double restRmseK,
            double rmseK, double maxErrorK) {
        /** m·cp / h·A [s] (at ΔT_ref when m ≠ 1, without radiation). */
        public double timeConstantS() {
            return heatCapacityJPerK / conductanceWPerK;
        }
    }

    /**
     * Whole-trace least squares with the constant-h law.
     *
     * @param t         time [s]
     * @param heatW     heat generated over the step ending at each sample [W]
     * @param ambientC  ambient temperature at each sample [degC]
     * @param measuredC measured surface temperature [degC]; the model starts at {@code measuredC[0]}
     */
    public static Result fit(double[] t, double[] heatW, double[] ambientC, double[] measuredC) {
        java.util.function.Function<double[], double[]> res = p -> {
            double[] m = simulate(t, heatW, ambientC, measuredC[0], HEAT_CAPACITY.value(p[0]),
                    CONDUCTANCE.value(p[1]));
            for (int k = 0; k < m.length; k++) {
                m[k] -= measuredC[k];
            }
            return m;
        };
        double[][] starts = {{HEAT_CAPACITY.internal(1000), CONDUCTANCE.internal(0.5)},
            {HEAT_CAPACITY.internal(50), CONDUCTANCE.internal(0.05)}};
        LeastSquares.Result r = LeastSquares.minimiseMultiStart(res, starts, 2000);
        double mcp = HEAT_CAPACITY.value(r.point()[0]);
        double ha = CONDUCTANCE.value(r.point()[1]);
        double[] m = simulate(t, heatW, ambientC, measuredC[0], mcp, ha);
        return new Result(mcp, ha, r.rms(), maxAbsError(m, measuredC, 0));
    }

    /**
     * Split identification (see the class comment): m·cp from the rest trace, h·A from the energy balance of the whole
     * record.
     *
     * @param t          time [s]
     * @param heatW      heat generated over the step ending at each sample [W]
     * @param ambientC   ambient temperature at each sample [degC]
     * @param measuredC  measured surface temperature [degC]
     * @param restStart  index of the sample at which the load ends; the rest trace runs from there to the last sample
     *                   and starts at {@code measuredC[restStart]}
     * @param areaM2     cell surface [m²] (radiation, and h = h·A / area)
     * @param law        heat-rejection law
     */
    public static SplitResult fitSplit(double[] t, double[] heatW, double[] ambientC, double[] measuredC,
            int restStart, double areaM2, Law law) {
        int n = t.length;
        if (restStart < 1 || restStart > n - 3) {
            throw new IllegalArgumentException("the rest must start after the first sample and contain at least "
                    + "three samples (restStart " + restStart + ", " + n + " samples)");
        }
        CoolingSpec unit = law.cooling(0.0, 25.0);   // its convectionW(1, ΔT) is g(ΔT), Q_conv = h·A·g(ΔT)
        double generated = 0;
        double convective = 0;   // ∫ g(ΔT) dt, Q_conv = h·A·g
        double radiated = 0;     // ∫ ε·σ·A·(T⁴ − T_amb⁴) dt
        for (int k = 1; k < n; k++) {
            double dt = t[k] - t[k - 1];
            generated += heatW[k] * dt;
            convective += 0.5 * dt * (unit.convectionW(1.0, measuredC[k] - ambientC[k])
                    + unit.convectionW(1.0, measuredC[k - 1] - ambientC[k - 1]));
            radiated += 0.5 * dt * (unit.radiationW(areaM2, measuredC[k], ambientC[k])
                    + unit.radiationW(areaM2, measuredC[k - 1], ambientC[k - 1]));
        }
        double storedPerJK = measuredC[n - 1] - measuredC[0];   // sensible heat m·cp·(T_end − T_0)
        if (!(convective > 0)) {
            throw new IllegalArgumentException("the record never rises above ambient: no heat rejection to identify");
        }
        final double q = generated;
        final double conv = convective;
        final double rad = radiated;
        java.util.function.DoubleUnaryOperator conductanceOf = mcp -> (q - mcp * storedPerJK - rad) / conv;

        int restSamples = n - restStart;
        double[] tr = java.util.Arrays.copyOfRange(t, restStart, n);
        double[] hr = java.util.Arrays.copyOfRange(heatW, restStart, n);
        double[] ar = java.util.Arrays.copyOfRange(ambientC, restStart, n);
        double[] mr = java.util.Arrays.copyOfRange(measuredC, restStart, n);
        java.util.function.Function<double[], double[]> res = p -> {
            double mcp = HEAT_CAPACITY.value(p[0]);
            double ha = conductanceOf.applyAsDouble(mcp);
            double[] out = new double[restSamples - 1];
            if (!(ha > 0)) {
                java.util.Arrays.fill(out, 1e3);   // infeasible: the balance leaves no heat to reject
                return out;
            }
            double[] m = simulate(tr, hr, ar, mr[0], mcp, ha, law.cooling(ha / areaM2, 25.0), areaM2);
            for (int k = 1; k < restSamples; k++) {
                out[k - 1] = m[k] - mr[k];
            }
            return out;
        };
        double[][] starts = {{HEAT_CAPACITY.internal(1000)}, {HEAT_CAPACITY.internal(50)}};
        LeastSquares.Result r = LeastSquares.minimiseMultiStart(res, starts, 2000);
        double mcp = HEAT_CAPACITY.value(r.point()[0]);
        double ha = conductanceOf.applyAsDouble(mcp);
        double[] m = simulate(t, heatW, ambientC, measuredC[0], mcp, ha, law.cooling(ha / areaM2, 25.0), areaM2);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += (m[k] - measuredC[k]) * (m[k] - measuredC[k]);
        }
        return new SplitResult(law, mcp, ha, r.rms(), Math.sqrt(sum / n), maxAbsError(m, measuredC, 0));
    }

    /**
     * Temperature trace of the lumped model with the constant-h law [degC]: exact for heat and ambient constant over
     * each step.
     */
    public static double[] simulate(double[] t, double[] heatW, double[] ambientC, double startC, double mcp,
            double ha) {
        double[] out = new double[t.length];
        out[0] = startC;
        for (int k = 1; k < t.length; k++) {
            double dt = t[k] - t[k - 1];
            double steady = ambientC[k] + heatW[k] / ha;
            out[k] = steady + (out[k - 1] - steady) * Math.exp(-dt * ha / mcp);
        }
        return out;
    }

    /**
     * Temperature trace of the lumped model with any law of {@link CoolingSpec} [degC]. The constant-h law uses the
     * exact update of {@link #simulate(double[], double[], double[], double, double, double)}; otherwise Heun's method
     * in steps of at most {@value #MAX_STEP_S} s and a tenth of the local time constant.
     */
    public static double[] simulate(double[] t, double[] heatW, double[] ambientC, double startC, double mcp,
            double ha, CoolingSpec law, double areaM2) {
        if (law.isLinear()) {
            return simulate(t, heatW, ambientC, startC, mcp, ha);
        }
        double[] out = new double[t.length];
        out[0] = startC;
        double temp = startC;
        for (int k = 1; k < t.length; k++) {
            double dt = t[k] - t[k - 1];
            double amb = ambientC[k];
            double q = heatW[k];
            double g = law.convectionConductanceWPerK(ha, Math.max(Math.abs(temp - amb), 1e-3))
                    + law.radiationConductanceWPerK(areaM2, temp);
            double h = Math.min(MAX_STEP_S, 0.1 * mcp / g);
            int steps = Math.max(1, (int) Math.ceil(dt / h));
            double s = dt / steps;
            for (int j = 0; j < steps; j++) {
                double f1 = (q - law.convectionW(ha, temp - amb) - law.radiationW(areaM2, temp, amb)) / mcp;
                double trial = temp + s * f1;
                double f2 = (q - law.convectionW(ha, trial - amb) - law.radiationW(areaM2, trial, amb)) / mcp;
                temp += 0.5 * s * (f1 + f2);
            }
            out[k] = temp;
        }
        return out;
    }

    private static double maxAbsError(double[] model, double[] measured, int from) {
        double max = 0;
        for (int k = from; k < model.length; k++) {
            max = Math.max(max, Math.abs(model[k] - measured[k]));
        }
        return max;
    }
}
