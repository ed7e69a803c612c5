package org.evtwin.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.LayoutSpec;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SpreadSpec;
import org.evtwin.core.model.SyntheticCells;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.PackState;
import org.junit.jupiter.api.Test;

/** Manufacturing spread: reproducible from the seed, with the statistics the spec asks for. */
class CellSpreadTest {
    private static final double CAPACITY_SIGMA = 0.005;
    private static final double RESISTANCE_SIGMA = 0.02;

    /** A 96s74p pack of synthetic cells (7,104 cells), 16 modules of 6s74p. */
    private static PackTopology bigPack(long seed) {
        CellParameters cell = SyntheticCells.linear();
        LayoutSpec layout = new LayoutSpec(74, 6, 1, 0.0215, 0.0215, 0.07, 4, 0.02);
        PackTopology t = new PackTopology("spread-test", "", cell, 16, 6, 74, 0.0,
                SyntheticCells.pack(cell, 1, 1, 1, 10, 1).cooling(), layout, SpreadSpec.none());
        return t.withSpread(SyntheticCells.spread(seed, CAPACITY_SIGMA, RESISTANCE_SIGMA));
    }

    private static double[] capacityScales(PackModel model) {
        double rated = model.topology().cell().capacityCoulomb();
        double[] out = new double[model.state().cellCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.state().capacityC(i) / rated;
        }
        return out;
    }

    private static double[] resistanceScales(PackModel model) {
        double[] out = new double[model.state().cellCount()];
        model.state().copy(PackState.Quantity.RESISTANCE_SCALE, out);
        return out;
    }

    @Test
    void sameSeedGivesIdenticalCellsAndAnotherSeedDifferentOnes() {
        PackTopology small = SyntheticCells.pack(SyntheticCells.linear(), 2, 4, 3, 10, 1)
                .withSpread(SyntheticCells.spread(42, CAPACITY_SIGMA, RESISTANCE_SIGMA));
        PackModel a = new PackModel(small, 25, 0.5);
        PackModel b = new PackModel(small, 25, 0.5);
        assertArrayEquals(capacityScales(a), capacityScales(b), 0.0);
        assertArrayEquals(resistanceScales(a), resistanceScales(b), 0.0);
        PackModel c = new PackModel(small.withSpread(SyntheticCells.spread(43, CAPACITY_SIGMA, RESISTANCE_SIGMA)),
                25, 0.5);
        assertFalse(Arrays.equals(capacityScales(a), capacityScales(c)));
        assertFalse(Arrays.equals(resistanceScales(a), resistanceScales(c)));
        for (double x : capacityScales(c)) {
            assertTrue(x != 1.0, "every cell drawn");
        }
    }

    @Test
    void noSpreadMeansIdenticalCells() {
        PackModel m = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 2, 3, 10, 1), 25, 0.5);
        for (double x : capacityScales(m)) {
            assertEquals(1.0, x, 0.0);
        }
        for (double x : resistanceScales(m)) {
            assertEquals(1.0, x, 0.0);
        }
    }

    @Test
    void sampleStatisticsOf7104CellsMatchTheSpec() {
        PackModel model = new PackModel(bigPack(2013), 25, 0.5);
        assertEquals(7104, model.state().cellCount());
        check(capacityScales(model), CAPACITY_SIGMA, "capacity");
        check(resistanceScales(model), RESISTANCE_SIGMA, "resistance");
    }

    private static void check(double[] x, double sigma, String what) {
        int n = x.length;
        double mean = Arrays.stream(x).sum() / n;
        double ss = 0;
        double worst = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
            worst = Math.max(worst, Math.abs(v - 1.0));
        }
        double sampleSigma = Math.sqrt(ss / (n - 1));
        // Truncation at ±3σ shrinks σ by 1.3 %; the sample σ of 7,104 draws scatters by 1/√(2n) = 0.8 %.
        assertEquals(sigma, sampleSigma, 0.10 * sigma, what + " sample sigma");
        // The mean scatters by σ/√n; 4 standard errors.
        assertEquals(1.0, mean, 4 * sigma / Math.sqrt(n), what + " mean");
        assertTrue(worst <= 3 * sigma + 1e-15, what + " truncated at 3 sigma, worst " + worst / sigma + " sigma");
        assertTrue(worst > 2.5 * sigma, what + " tails are populated, worst " + worst / sigma + " sigma");
    }
}
