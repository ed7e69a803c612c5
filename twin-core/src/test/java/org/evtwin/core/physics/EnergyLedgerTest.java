package org.evtwin.core.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The ledger sums the per-cell heat accumulators lazily (the step loop keeps no running sums): its figures must be
 * right between thermal updates, across them, and for a copied pack.
 */
class EnergyLedgerTest {

    /** R and C do not depend on temperature here, so the heat generated must not depend on the thermal interval. */
    @Test
    void heatBetweenThermalUpdatesMatchesEveryStepThermal() {
        PackModel subCycled = pack(1.0);
        PackModel everyStep = pack(0.0);
        for (int n = 0; n < 150; n++) {
            double demand = 30.0 + 10.0 * Math.sin(n * 0.05);
            subCycled.step(0.01, Control.current(demand));
            everyStep.step(0.01, Control.current(demand));
            if (n == 49 || n == 149) {   // 0.5 s: nothing handed to the thermal network yet; 1.5 s: half of it
                EnergyLedger a = subCycled.energy();
                EnergyLedger b = everyStep.energy();
                assertTrue(a.heatGeneratedJ() > 0.1, "heat after " + (n + 1) + " steps: " + a.heatGeneratedJ());
                assertEquals(b.heatGeneratedJ(), a.heatGeneratedJ(), 1e-12 * b.heatGeneratedJ(), "heat [J]");
                assertEquals(b.chemicalReleasedJ(), a.chemicalReleasedJ(), 1e-12 * b.chemicalReleasedJ(),
                        "chemical [J]");
                assertEquals(b.cellTerminalJ(), a.cellTerminalJ(), 1e-12 * b.cellTerminalJ(), "cell terminal [J]");
            }
        }
    }

    /** Chemical energy released = Q·∫OCV dz over the SoC change (linear OCV, closed form), also mid-interval. */
    @Test
    void chemicalEnergyMatchesStoredChangeMidInterval() {
        PackModel model = pack(1.0);
        for (int n = 0; n < 70; n++) {
            model.step(0.01, Control.current(40.0));
        }
        double stored = 0;
        for (int i = 0; i < model.state().cellCount(); i++) {
            double z = model.state().soc(i);
            stored += model.state().capacityC(i) * (ocvIntegral(0.9) - ocvIntegral(z));
        }
        assertEquals(stored, model.energy().chemicalReleasedJ(), 1e-9 * stored, "chemical vs ∫OCV dq [J]");
    }

    /** A copy's ledger starts at zero even though the copied accumulators hold heat not yet handed on. */
    @Test
    void copiedPackLedgerStartsAtZeroAndCountsItsOwnHeat() {
        PackModel original = pack(1.0);
        for (int n = 0; n < 30; n++) {
            original.step(0.01, Control.current(40.0));
        }
        PackModel copy = original.copy();
        assertEquals(0.0, copy.energy().heatGeneratedJ(), 1e-12, "heat of a fresh copy [J]");
        assertEquals(0.0, copy.energy().chemicalReleasedJ(), 1e-12, "chemical of a fresh copy [J]");
        double before = original.energy().heatGeneratedJ();
        for (int n = 0; n < 120; n++) {
            original.step(0.01, Control.current(40.0));
            copy.step(0.01, Control.current(40.0));
        }
        double added = original.energy().heatGeneratedJ() - before;
        assertTrue(added > 0.1, "heat added: " + added);
        assertEquals(added, copy.energy().heatGeneratedJ(), 1e-9 * added, "copy's heat = original's increase [J]");
    }

    private static PackModel pack(double thermalIntervalS) {
        PackModel model = new PackModel(TestCells.pack(TestCells.linearCell(TestCells.R0, 1.0), 2, 3, 4, 0.0001, 0.3),
                25.0, 0.9);
        model.setThermalIntervalS(thermalIntervalS);
        return model;
    }

    private static double ocvIntegral(double z) {
        return TestCells.OCV0 * z + 0.5 * TestCells.OCV_SLOPE * z * z;
    }
}
