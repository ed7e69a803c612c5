package org.evtwin.core.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evtwin.core.model.CellParameters;
import org.junit.jupiter.api.Test;

class SafetyIndicatorsTest {
    private final CellParameters cell = TestCells.linearCell(TestCells.R0, 1.0);   // max 60 degC, 100C charge limit

    @Test
    void runawayIndexIsZeroInWindowAndOneAtSelfHeatingOnset() {
        assertEquals(0.0, SafetyIndicators.thermalRunawayIndex(45.0, cell.limits()), 0.0);
        assertEquals(0.0, SafetyIndicators.thermalRunawayIndex(60.0, cell.limits()), 0.0);
        assertEquals(0.5, SafetyIndicators.thermalRunawayIndex(70.0, cell.limits()), 1e-12);
        assertEquals(1.0, SafetyIndicators.thermalRunawayIndex(80.0, cell.limits()), 1e-12);
        assertEquals(1.5, SafetyIndicators.thermalRunawayIndex(90.0, cell.limits()), 1e-12);
    }

    @Test
    void platingIndexIsChargeCurrentOverAllowedCurrent() {
        // 2 Ah cell, 100C charge limit, no derating between -20 and 60 degC in the test cell: allowed 200 A
        assertEquals(0.0, SafetyIndicators.platingIndex(5.0, 25.0, cell), 0.0);
        assertEquals(0.25, SafetyIndicators.platingIndex(-50.0, 25.0, cell), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, SafetyIndicators.platingIndex(-1.0, -25.0, cell));
    }
}
