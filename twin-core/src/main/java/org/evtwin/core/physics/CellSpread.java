package org.evtwin.core.physics;

import java.util.SplittableRandom;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SpreadSpec;

/**
 * Draws the manufacturing spread of a pack once, deterministically from the seed: relative capacity, resistance and
 * self-discharge factors from normal distributions truncated at ±3σ (a cell outside ±3σ would be sorted out at
 * incoming inspection).
 */
final class CellSpread {
    private static final double SECONDS_PER_DAY = 86_400.0;

    private CellSpread() {
    }

    static void apply(PackTopology topology, PackState s) {
        SpreadSpec spread = topology.spread();
        CellParameters cell = topology.cell();
        SplittableRandom random = new SplittableRandom(spread.seed());
        double selfDischargeA = cell.ecm().selfDischargePerDay() * cell.capacityCoulomb() / SECONDS_PER_DAY;
        for (int i = 0; i < s.cells; i++) {
            s.capacityScale[i] = factor(random, spread.capacitySigma());
            s.resistanceScale[i] = factor(random, spread.resistanceSigma());
            s.selfDischargeA[i] = selfDischargeA * factor(random, spread.selfDischargeSigma());
        }
    }

    private static double factor(SplittableRandom random, double sigma) {
        if (sigma <= 0) {
            return 1.0;
        }
        double z;
        do {
            z = random.nextGaussian();
        } while (Math.abs(z) > 3.0);
        return Math.max(0.05, 1.0 + sigma * z);
    }
}
