package org.evtwin.core.fit;

/**
 * Lumped thermal parameters from one measured surface-temperature trace:
 * {@code m·cp·dT/dt = q − h·A·(T − T_amb)}, with the heat computed from the measurements themselves,
 * {@code q = I·(OCV(z, T) − V) − I·T_K·dOCV/dT} (Bernardi: irreversible plus reversible heat, current positive on
 * discharge). The heat does not depend on the fitted parameters, so the fit only has to find the heat capacity m·cp
 * and the conductance h·A. Exact update for heat and ambient constant over each step.
 */
public final class ThermalFit {
    private static final Bound HEAT_CAPACITY = new Bound(1.0, 1e5);
    private static final Bound CONDUCTANCE = new Bound(1e-4, 100);

    private ThermalFit() {
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
        double max = 0;
        for (int k = 0; k < m.length; k++) {
            max = Math.max(max, Math.abs(m[k] - measuredC[k]));
        }
        return new Result(mcp, ha, r.rms(), max);
    }

    /** Temperature trace of the lumped model [degC]. */
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
}
