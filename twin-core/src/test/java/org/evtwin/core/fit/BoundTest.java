package org.evtwin.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundTest {
    @Test
    void mapsTheRealLineIntoTheBoundsAndBack() {
        Bound b = new Bound(0.5, 20);
        assertEquals(8.0, b.value(b.internal(8.0)), 1e-12);
        assertTrue(b.value(-50) >= 0.5 && b.value(50) <= 20);
        assertTrue(b.atBound(b.value(40)));
    }
}
