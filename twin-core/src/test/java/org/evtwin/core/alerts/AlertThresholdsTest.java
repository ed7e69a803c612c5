package org.evtwin.core.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evtwin.core.model.CellLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The issue's defaults, the voltage limits from the cell, gauge classification and validation errors. */
class AlertThresholdsTest {
    private final AlertThresholds defaults = AlertThresholds.defaults(TestFrames.LIMITS);

    @Test
    void defaultsAreTheIssuesLevels() {
        assertEquals(Threshold.below(0.50, 0.20, 0.01), defaults.packSoc());
        assertEquals(Threshold.below(0.85, 0.75, 0.005), defaults.cellSoh());
        assertEquals(Threshold.above(40, 60, 1), defaults.cellTemperature());
        assertEquals(Threshold.below(500, 100, 20), defaults.rul());
        assertEquals(Threshold.above(0.050, 0.150, 0.005), defaults.voltageSpread());
        assertEquals(Threshold.above(0.030, 0.100, 0.005), defaults.residual());
    }

    @Test
    void voltageLimitsComeFromTheCellsWindow() {
        assertEquals(2.995, defaults.cellUnderVoltage().warning(), 1e-12);
        assertEquals(2.950, defaults.cellUnderVoltage().critical(), 1e-12);
        assertEquals(4.205, defaults.cellOverVoltage().warning(), 1e-12);
        assertEquals(4.250, defaults.cellOverVoltage().critical(), 1e-12);
        AlertThresholds lfp = defaults.withCellLimits(new CellLimits(2.5, 3.65, -20, 60, 5, 2, 0, 45));
        assertEquals(2.495, lfp.cellUnderVoltage().warning(), 1e-12);
        assertEquals(3.700, lfp.cellOverVoltage().critical(), 1e-12);
        assertSame(defaults.packSoc(), lfp.packSoc());
    }

    @Test
    void gaugesClassifyFrameValuesPerRule() {
        assertEquals(Severity.OK, defaults.classify(AlertRule.PACK_SOC, 0.73));
        assertEquals(Severity.WARNING, defaults.classify(AlertRule.PACK_SOC, 0.35));
        assertEquals(Severity.CRITICAL, defaults.classify(AlertRule.PACK_SOC, 0.12));
        assertEquals(Severity.WARNING, defaults.classify(AlertRule.CELL_SOH, 0.80));
        assertEquals(Severity.CRITICAL, defaults.classify(AlertRule.CELL_TEMPERATURE, 65));
        assertEquals(Severity.WARNING, defaults.classify(AlertRule.RESIDUAL, -0.040));
        assertEquals(Severity.CRITICAL, defaults.classify(AlertRule.RUL, 80));
        assertEquals(Severity.WARNING, defaults.classify(AlertRule.CELL_OVER_VOLTAGE, 4.21));
        assertEquals(Severity.OK, defaults.classify(AlertRule.CELL_UNDER_VOLTAGE, 3.0));
    }

    @Test
    void withReplacesOneRuleAndOfReadsItBack() {
        Threshold hot = Threshold.above(45, 55, 0.5);
        AlertThresholds changed = defaults.with(AlertRule.CELL_TEMPERATURE, hot);
        assertSame(hot, changed.of(AlertRule.CELL_TEMPERATURE));
        for (AlertRule r : AlertRule.values()) {
            if (r != AlertRule.CELL_TEMPERATURE) {
                assertSame(defaults.of(r), changed.of(r), r.name());
            }
        }
    }

    @Test
    void rejectsInvalidThresholdSets() {
        assertMessage("Pack SoC threshold must alarm BELOW",
                () -> defaults.with(AlertRule.PACK_SOC, Threshold.above(0.5, 0.8, 0.01)));
        assertMessage("Cell SoH levels must lie in [0.0, 1.0]",
                () -> defaults.with(AlertRule.CELL_SOH, Threshold.below(85, 75, 0.5)));
        assertMessage("Cell voltage spread warning level must be > 0",
                () -> defaults.with(AlertRule.VOLTAGE_SPREAD, Threshold.above(0, 0.1, 0.005)));
        assertMessage("Remaining useful life levels must be >= 0",
                () -> defaults.with(AlertRule.RUL, Threshold.below(100, -10, 5)));
        assertMessage("must be below the over-voltage warning",
                () -> defaults.with(AlertRule.CELL_UNDER_VOLTAGE, Threshold.below(4.3, 4.0, 0.005)));
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> defaults.with(AlertRule.RESIDUAL, null));
        assertEquals("Model residual threshold", npe.getMessage());
    }

    @Test
    void rulesKnowTheirUnits() {
        assertEquals("18.7 %", AlertRule.PACK_SOC.formatFrame(0.187));
        assertEquals("62.0 mV", AlertRule.VOLTAGE_SPREAD.formatFrame(0.062));
        assertEquals("61.2 °C", AlertRule.CELL_TEMPERATURE.formatFrame(61.2));
        assertEquals("2.941 V", AlertRule.CELL_UNDER_VOLTAGE.formatFrame(2.9412));
        assertEquals("87 cycles", AlertRule.RUL.formatFrame(87.2));
    }

    private static void assertMessage(String expected, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
