package org.evtwin.core.physics;

import org.evtwin.core.model.PackLayout;
import org.evtwin.core.model.PackTopology;

/**
 * Couples the electrical step to the {@link ThermalNetwork} (ADR 0003): heat is accumulated per cell every step and
 * the network integrates it every thermal interval (default 1 s, capped at its stability limit; 0 = every step).
 * The reversible (entropic) heat is added per interval from the SoC change since the last update.
 */
final class ThermalCoupling {
    private final PackState s;
    private final EcmCoefficients k;
    private final ThermalNetwork network;
    /** Each cell's SoC at the last thermal update. */
    private final double[] socAtUpdate;
    private double intervalS;
    private double sinceUpdateS;

    ThermalCoupling(PackTopology topology, PackLayout layout, PackState s, EcmCoefficients k) {
        this.s = s;
        this.k = k;
        this.network = new ThermalNetwork(topology, layout);
        this.socAtUpdate = new double[s.cells];
        this.intervalS = Math.min(1.0, network.maxStableIntervalS());
    }

    ThermalNetwork network() {
        return network;
    }

    /** Thermal update interval [s]; capped at the stability limit; 0 = every step. */
    void setIntervalS(double seconds) {
        intervalS = Math.min(seconds, network.maxStableIntervalS());
    }

    /** Takes the cells' present SoC as the reference for the reversible heat (start, or a SoC set by hand). */
    void markSoc(int cell) {
        socAtUpdate[cell] = s.soc[cell];
    }

    /** Takes over another pack's schedule, reference SoCs and cooling (faults included). */
    void copyFrom(ThermalCoupling other) {
        System.arraycopy(other.socAtUpdate, 0, socAtUpdate, 0, s.cells);
        network.copyCoolingFrom(other.network);
        intervalS = other.intervalS;
        sinceUpdateS = other.sinceUpdateS;
    }

    /**
     * Called after every step: when the interval is complete, books the accumulated heat in {@code ledger} and moves
     * the temperatures. Returns true when temperatures changed.
     *
     * @throws org.evtwin.core.TwinException if a temperature became non-finite
     */
    boolean afterStep(double dtS, double ambientC, EnergyLedger ledger) {
        sinceUpdateS += dtS;
        if (sinceUpdateS < intervalS) {
            return false;
        }
        addReversibleHeat(ledger);
        ledger.addRemoved(network.update(s.temperatureC, s.heatJ, ambientC, sinceUpdateS));
        sinceUpdateS = 0;
        NonFiniteGuard.checkTemperatures(s);
        return true;
    }

    /**
     * Reversible (entropic) heat −T·dU/dT·I integrated over the thermal interval: the charge that left each cell is
     * (SoC at the last update − SoC now)·Q, so the per-step loop does not need the entropic coefficient. The same
     * pass sums the heat of the steps since the last update, which the ledger books now.
     */
    private void addReversibleHeat(EnergyLedger ledger) {
        double reversible = 0;
        double pending = 0;
        for (int i = 0; i < s.cells; i++) {
            pending += s.heatJ[i];
            double charge = (socAtUpdate[i] - s.soc[i]) * s.capacityC[i];
            double q = -(s.temperatureC[i] + 273.15) * k.entropicVPerK[i] * charge;
            s.heatJ[i] += q;
            reversible += q;
            socAtUpdate[i] = s.soc[i];
        }
        ledger.commitHeat(pending);
        ledger.addReversible(reversible);
    }
}
