package org.evtwin.core.fit;

/**
 * Closed-form response of the diffusion lag of {@link org.evtwin.core.model.EcmParameters.Diffusion}, used for
 * fitting (independent of the pack solver): {@code dΔz/dt = (k·τ_d·I/Q − Δz)/τ_d} with the current held constant over
 * each interval, {@code Δz ← Δz + (1 − e^(−dt/τ_d))·(k·τ_d·I/Q − Δz)}. As in {@link TwoRc}, sample {@code k}'s
 * current is held over {@code (t[k−1], t[k]]}; current positive on discharge.
 */
public final class DiffusionLag {
    private DiffusionLag() {
    }

    /**
     * The lag Δz at every sample, 0 (relaxed) up to and including sample {@code from}.
     *
     * @param t          time [s]
     * @param current    current [A], positive on discharge
     * @param from       first sample of the trace (the cell is relaxed there)
     * @param tauS       τ_d [s]
     * @param steadyS    k·τ_d [s]: the steady-state lag is {@code steadyS·I/Q}
     * @param capacityC  Q [C]
     */
    public static double[] trace(double[] t, double[] current, int from, double tauS, double steadyS,
            double capacityC) {
        double[] lag = new double[t.length];
        double z = 0;
        for (int k = from + 1; k < t.length; k++) {
            double d = -Math.expm1(-(t[k] - t[k - 1]) / tauS);
            z += d * (steadyS * current[k] / capacityC - z);
            lag[k] = z;
        }
        return lag;
    }
}
