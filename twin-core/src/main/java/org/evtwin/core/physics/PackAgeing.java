package org.evtwin.core.physics;

import org.evtwin.core.physics.ageing.AgeingModel;
import org.evtwin.core.physics.ageing.AgeingModels;
import org.evtwin.core.physics.ageing.AgeingState;
import org.evtwin.core.physics.ageing.AgeingStress;

/**
 * Connects the pack solver to the ageing model. Stress is sampled once per simulated second (not per step: the
 * ageing laws act over hours, and the per-step throughput is already integrated exactly by the solver), and capacity
 * and resistance are updated every {@link #ADVANCE_INTERVAL_S}.
 */
final class PackAgeing {
    static final double SAMPLE_INTERVAL_S = 1.0;
    static final double ADVANCE_INTERVAL_S = 60.0;
    private final AgeingModel model;
    private final AgeingState state;
    private final AgeingStress stress;
    private double sinceSampleS;
    private double sinceAdvanceS;

    PackAgeing(String modelName, PackState s, double ratedCapacityC) {
        this.model = AgeingModels.byName(modelName);
        double[] beginningOfLife = new double[s.cells];
        for (int i = 0; i < s.cells; i++) {
            beginningOfLife[i] = ratedCapacityC * s.capacityScale[i];
        }
        this.state = new AgeingState(beginningOfLife);
        this.stress = new AgeingStress(s.cells);
    }

    AgeingState state() {
        return state;
    }

    /** Copies another pack's ageing history (same cell count) into this one. */
    void copyFrom(PackAgeing other) {
        for (int i = 0; i < other.stress.size(); i++) {
            state.set(i, other.state.calendarFade(i), other.state.cycleFade(i), other.state.calendarGrowth(i),
                    other.state.cycleGrowth(i));
        }
        sinceSampleS = other.sinceSampleS;
        sinceAdvanceS = other.sinceAdvanceS;
    }

    /**
     * Called after every step. Returns true when capacities or resistances changed (the caller refreshes
     * coefficients).
     */
    boolean afterStep(double dtS, PackState s, EcmCoefficients k) {
        sinceSampleS += dtS;
        if (sinceSampleS < SAMPLE_INTERVAL_S) {
            return false;
        }
        double interval = sinceSampleS;
        sinceSampleS = 0;
        for (int i = 0; i < s.cells; i++) {
            double meanAbsCurrent = s.throughputC[i] / interval;
            s.throughputC[i] = 0;
            stress.accumulate(i, interval, s.temperatureC[i], k.ocv(i, s.soc[i]), s.soc[i], meanAbsCurrent);
        }
        sinceAdvanceS += interval;
        if (sinceAdvanceS < ADVANCE_INTERVAL_S) {
            return false;
        }
        sinceAdvanceS = 0;
        model.advance(state, stress, 0, s.cells);
        stress.reset(0, s.cells);
        for (int i = 0; i < s.cells; i++) {
            s.soh[i] = state.soh(i);
            s.resistanceGrowth[i] = state.resistanceFactor(i);
        }
        return true;
    }
}
