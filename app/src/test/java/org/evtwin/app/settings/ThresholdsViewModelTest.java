package org.evtwin.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.evtwin.core.alerts.AlertRule;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thresholds editor without a window: display units, validation messages, defaults and persistence. */
class ThresholdsViewModelTest {
    private final AlertThresholds defaults = AlertThresholds.defaults(Catalog.pack("leaf-96s2p").cell().limits());

    @Test
    void showsLevelsInDisplayUnits() {
        ThresholdsViewModel vm = new ThresholdsViewModel(defaults, defaults);
        assertEquals("50", vm.row(AlertRule.PACK_SOC).warningProperty().get());
        assertEquals("20", vm.row(AlertRule.PACK_SOC).criticalProperty().get());
        assertEquals("1", vm.row(AlertRule.PACK_SOC).bandProperty().get());
        assertEquals("150", vm.row(AlertRule.VOLTAGE_SPREAD).criticalProperty().get());
        assertEquals("60", vm.row(AlertRule.CELL_TEMPERATURE).criticalProperty().get());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void editedLevelsBecomeFrameUnitThresholds() {
        ThresholdsViewModel vm = new ThresholdsViewModel(defaults, defaults);
        vm.row(AlertRule.PACK_SOC).warningProperty().set("40");
        vm.row(AlertRule.PACK_SOC).criticalProperty().set("15,5");   // a decimal comma is accepted
        vm.row(AlertRule.VOLTAGE_SPREAD).warningProperty().set("80");
        AlertThresholds t = vm.result().orElseThrow();
        assertEquals(0.40, t.packSoc().warning(), 1e-12);
        assertEquals(0.155, t.packSoc().critical(), 1e-12);
        assertEquals(0.080, t.voltageSpread().warning(), 1e-12);
        assertEquals(defaults.cellTemperature(), t.cellTemperature());
    }

    @Test
    void namesRuleFieldAndProblem() {
        ThresholdsViewModel vm = new ThresholdsViewModel(defaults, defaults);
        vm.row(AlertRule.CELL_TEMPERATURE).criticalProperty().set("35");
        assertEquals("Cell temperature: the critical level 35 °C must be at or above the warning level 40 °C",
                vm.errorProperty().get());
        assertTrue(vm.result().isEmpty());
        vm.row(AlertRule.CELL_TEMPERATURE).criticalProperty().set("60");
        vm.row(AlertRule.PACK_SOC).warningProperty().set("half");
        assertEquals("Pack SoC: warning \"half\" is not a number in %", vm.errorProperty().get());
        vm.row(AlertRule.PACK_SOC).warningProperty().set("50");
        vm.row(AlertRule.PACK_SOC).bandProperty().set("30");
        assertEquals("Pack SoC: the band 30 % must be >= 0 and smaller than the gap between warning and critical"
                + " (30 %)", vm.errorProperty().get());
        vm.row(AlertRule.PACK_SOC).bandProperty().set("1");
        vm.row(AlertRule.PACK_SOC).warningProperty().set("120");
        assertEquals("Pack SoC: levels must lie between 0 and 100 %, found warning 120 %, critical 20 %",
                vm.errorProperty().get());
    }

    @Test
    void defaultsRestoreTheIssueLevels() {
        ThresholdsViewModel vm = new ThresholdsViewModel(defaults, defaults);
        vm.row(AlertRule.CELL_SOH).warningProperty().set("90");
        vm.restoreDefaults();
        assertEquals("85", vm.row(AlertRule.CELL_SOH).warningProperty().get());
        assertEquals(defaults, vm.result().orElseThrow());
    }

    @Test
    void rememberedBetweenRunsAndBadValuesFallBack(@TempDir Path config) {
        AlertThresholds edited = defaults.with(AlertRule.RUL,
                org.evtwin.core.alerts.Threshold.below(800, 200, 20));
        UserSettings settings = new UserSettings(config);
        ThresholdSettings.store(settings, edited);
        settings.save();
        assertEquals(edited, ThresholdSettings.load(new UserSettings(config), defaults));

        UserSettings broken = new UserSettings(config);
        broken.put("alerts.CELL_TEMPERATURE.critical", 10.0);   // below the warning: not a valid threshold
        AlertThresholds loaded = ThresholdSettings.load(broken, defaults);
        assertEquals(defaults.cellTemperature(), loaded.cellTemperature());
        assertEquals(edited.rul(), loaded.rul());
    }
}
