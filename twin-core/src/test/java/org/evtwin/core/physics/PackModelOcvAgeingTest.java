package org.evtwin.core.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.OcvAgeing;
import org.evtwin.core.model.PackTopology;
import org.junit.jupiter.api.Test;

/**
 * The age-dependent OCV shape in the pack model: looked up from each cell's capacity (SoH) with its other
 * coefficients, added to the table OCV, nothing for a fresh cell or a cell type without a shape.
 */
class PackModelOcvAgeingTest {
    private static final OcvAgeing SHAPE = new OcvAgeing(new double[] {0.0, 0.3, 1.0},
            new double[] {-0.4, 0.05, 0.2}, 1.0, "synthetic");

    private static CellParameters aged(CellParameters c) {
        return new CellParameters(c.name() + "-aged", c.chemistry(), c.capacityAh(), c.ecm().withOcvAgeing(SHAPE),
                c.limits(), c.thermal(), c.geometry(), c.ageingModel(), c.provenance());
    }

    private static PackModel single(CellParameters cell, double soc, double capacityScale) {
        PackModel m = new PackModel(PackTopology.singleCell(cell, TestCells.cooling(0.0, 0.0)), 25.0, soc);
        m.setRefreshIntervalS(0);
        m.setCapacityScale(0, capacityScale);
        return m;
    }

    @Test
    void restVoltageCarriesTheShiftOfTheCellsFade() {
        CellParameters plain = TestCells.linearCell(TestCells.R0, 1.0);
        double z = 0.6;
        double table = TestCells.OCV0 + TestCells.OCV_SLOPE * z;
        double shape = 0.05 + (0.2 - 0.05) * (z - 0.3) / 0.7;
        assertEquals(table + 0.25 * shape, single(aged(plain), z, 0.75).ocvV(0), 1e-12);
        assertEquals(table, single(aged(plain), z, 1.0).ocvV(0), 1e-12, "no fade, no shift");
        assertEquals(table, single(aged(plain), z, 1.1).ocvV(0), 1e-12, "above rated capacity: no shift");
        assertEquals(single(plain, z, 1.0).ocvV(0), single(plain, z, 0.75).ocvV(0), 0.0,
                "a cell type without a shape only changes capacity");
    }

    @Test
    void underLoadTheVoltageDiffersByTheShiftAtTheLastRefresh() {
        CellParameters plain = TestCells.linearCell(TestCells.R0, 1.0);
        PackModel withShape = single(aged(plain), 0.9, 0.7);
        PackModel without = single(plain, 0.9, 0.7);
        double socBefore = 0;
        for (int n = 0; n < 300; n++) {
            socBefore = withShape.state().soc(0);
            withShape.step(1.0, Control.current(2.0));
            without.step(1.0, Control.current(2.0));
        }
        assertEquals(without.state().soc(0), withShape.state().soc(0), 0.0, "same charge drawn");
        // fade 0.3 times the shape between its knots (0.3, +0.05 V) and (1.0, +0.2 V), at the SoC of the last refresh
        double expected = 0.3 * (0.05 + 0.15 * (socBefore - 0.3) / 0.7);
        assertEquals(expected, withShape.state().cellVoltageV(0) - without.state().cellVoltageV(0), 1e-12);
    }

    @Test
    void capacityChangeMovesTheShiftWithoutWaitingForARefresh() {
        PackModel m = single(aged(TestCells.linearCell(TestCells.R0, 1.0)), 0.0, 1.0);
        m.setRefreshIntervalS(3600);
        double fresh = m.ocvV(0);
        m.setCapacityScale(0, 0.8);
        assertEquals(fresh + 0.2 * -0.4, m.ocvV(0), 1e-12);
    }
}
