package org.evtwin.core.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evtwin.core.model.CellParameters;
import org.junit.jupiter.api.Test;

/** A copy continues exactly like the original, and is independent of it. */
class PackModelCopyTest {

    @Test
    void copyContinuesIdenticallyAndIndependently() {
        check(TestCells.linearCell(TestCells.R0, 0.99));
    }

    @Test
    void copyCarriesTheDiffusionLag() {
        check(TestCells.linearCellWithDiffusion(TestCells.R0, 0.99));
    }

    private static void check(CellParameters cell) {
        PackModel original = new PackModel(TestCells.pack(cell, 2, 3, 4, 0.0001, 0.3), 25.0, 0.9);
        original.scaleResistance(5, 1.4);
        original.setInternalShort(7, 20.0);
        original.scaleModuleCooling(1, 0.2);
        for (int n = 0; n < 500; n++) {
            original.step(1.0, Control.current(15.0 * Math.sin(n * 0.02) + 5.0));
        }
        PackModel copy = original.copy();
        for (int n = 0; n < 700; n++) {
            double demand = 20.0 * Math.cos(n * 0.01);
            original.step(1.0, Control.current(demand));
            copy.step(1.0, Control.current(demand));
        }
        for (int i = 0; i < original.state().cellCount(); i++) {
            assertEquals(original.state().soc(i), copy.state().soc(i), 1e-12, "SoC of cell " + i);
            assertEquals(original.state().temperatureC(i), copy.state().temperatureC(i), 1e-9, "T of cell " + i);
            assertEquals(original.state().cellCurrentA(i), copy.state().cellCurrentA(i), 1e-9, "I of cell " + i);
            assertEquals(original.state().diffusionLag(i), copy.state().diffusionLag(i), 1e-15, "lag of cell " + i);
        }
        copy.step(1.0, Control.current(30.0));
        assertEquals(original.state().timeS() + 1.0, copy.state().timeS(), 1e-9, "the copy moves on its own");
    }
}
