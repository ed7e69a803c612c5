package org.evtwin.core.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Classification with and without hysteresis, and validation of one threshold. */
class ThresholdTest {
    private final Threshold soc = Threshold.below(0.50, 0.20, 0.01);
    private final Threshold temperature = Threshold.above(40.0, 60.0, 1.0);

    @Test
    void classifiesAValueOnItsOwnWithStrictComparisons() {
        assertEquals(Severity.OK, soc.classify(0.80));
        assertEquals(Severity.OK, soc.classify(0.50));
        assertEquals(Severity.WARNING, soc.classify(0.4999));
        assertEquals(Severity.WARNING, soc.classify(0.20));
        assertEquals(Severity.CRITICAL, soc.classify(0.1999));
        assertEquals(Severity.OK, temperature.classify(40.0));
        assertEquals(Severity.WARNING, temperature.classify(40.1));
        assertEquals(Severity.CRITICAL, temperature.classify(60.5));
        assertEquals(Severity.OK, temperature.classify(Double.NaN));
    }

    @Test
    void aHeldSeverityIsOnlyLoweredBeyondTheBand() {
        // above 40 °C with a 1 K band: warning holds down to 39.0 °C exclusive
        assertEquals(Severity.WARNING, temperature.classify(39.5, Severity.WARNING));
        assertEquals(Severity.WARNING, temperature.classify(39.01, Severity.WARNING));
        assertEquals(Severity.OK, temperature.classify(39.0, Severity.WARNING));
        // critical holds down to 59 °C, then eases to warning, which holds to 39 °C
        assertEquals(Severity.CRITICAL, temperature.classify(59.5, Severity.CRITICAL));
        assertEquals(Severity.WARNING, temperature.classify(58.9, Severity.CRITICAL));
        assertEquals(Severity.WARNING, temperature.classify(39.5, Severity.CRITICAL));
        assertEquals(Severity.OK, temperature.classify(30.0, Severity.CRITICAL));
        // below: SoC warning holds up to 51 % exclusive
        assertEquals(Severity.WARNING, soc.classify(0.505, Severity.WARNING));
        assertEquals(Severity.OK, soc.classify(0.51, Severity.WARNING));
        assertEquals(Severity.CRITICAL, soc.classify(0.205, Severity.CRITICAL));
        assertEquals(Severity.WARNING, soc.classify(0.215, Severity.CRITICAL));
    }

    @Test
    void raisingIgnoresTheBandAndNaNKeepsThePreviousSeverity() {
        assertEquals(Severity.CRITICAL, temperature.classify(60.01, Severity.WARNING));
        assertEquals(Severity.CRITICAL, temperature.classify(Double.NaN, Severity.CRITICAL));
        assertEquals(Severity.WARNING, soc.classify(Double.NaN, Severity.WARNING));
    }

    @Test
    void levelsAndClearLevelsInFrameUnits() {
        assertEquals(40.0, temperature.level(Severity.WARNING));
        assertEquals(60.0, temperature.level(Severity.CRITICAL));
        assertTrue(Double.isNaN(temperature.level(Severity.OK)));
        assertEquals(59.0, temperature.clearLevel(Severity.CRITICAL));
        assertEquals(0.51, soc.clearLevel(Severity.WARNING), 1e-12);
    }

    @Test
    void rejectsInvalidLevels() {
        assertMessage("band must be >= 0", () -> Threshold.above(40, 60, -1));
        assertMessage("warning must be a finite number", () -> Threshold.above(Double.NaN, 60, 1));
        assertMessage("critical must be a finite number", () -> Threshold.below(0.5, Double.NEGATIVE_INFINITY, 0));
        assertMessage("must not be above the warning level", () -> Threshold.below(0.2, 0.5, 0.01));
        assertMessage("must not be below the warning level", () -> Threshold.above(60, 40, 1));
        assertMessage("must be smaller than the distance", () -> Threshold.above(40, 60, 20));
        assertThrows(NullPointerException.class, () -> new Threshold(null, 1, 2, 0));
        // one level only (warning == critical) accepts any band
        assertEquals(Severity.CRITICAL, Threshold.above(4.25, 4.25, 0.1).classify(4.3));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
