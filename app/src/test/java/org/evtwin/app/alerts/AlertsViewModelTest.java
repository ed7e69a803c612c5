package org.evtwin.app.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.app.TestPacks;
import org.evtwin.core.alerts.AlertEngine;
import org.evtwin.core.alerts.AlertEvent;
import org.evtwin.core.alerts.AlertRule;
import org.evtwin.core.alerts.AlertThresholds;
import org.evtwin.core.alerts.Severity;
import org.evtwin.core.model.PackTopology;
import org.junit.jupiter.api.Test;

/** The view model without a window: bulk drain, cap, rate-limited notices, formatting with units. */
class AlertsViewModelTest {
    private static final long SECOND = 1_000_000_000L;
    private final PackTopology pack = TestPacks.tinyPack();
    private final AlertEngine engine = new AlertEngine(AlertThresholds.defaults(pack.cell().limits()),
            pack.cellCount());
    private final List<AlertsViewModel.Notice> notices = new ArrayList<>();

    private AlertsViewModel viewModel(int capacity) {
        AlertsViewModel vm = new AlertsViewModel(engine::active, capacity, SECOND, Severity.CRITICAL);
        engine.addListener(vm);
        vm.setNotificationSink(notices::add);
        return vm;
    }

    @Test
    void eventsWaitForThePulseAndArriveInBulkNewestFirst() {
        AlertsViewModel vm = viewModel(100);
        TestFrame f = new TestFrame(pack.cellCount());
        f.temperature[1] = 45;
        f.packSoc = 0.45;
        engine.evaluate(f.at(3725.4));
        f.temperature[2] = 61.23;
        engine.evaluate(f.at(3726));
        assertEquals(0, vm.rows().size(), "nothing before the pulse");
        List<Integer> changes = new ArrayList<>();
        vm.rows().addListener((javafx.collections.ListChangeListener<AlertRow>) c -> changes.add(c.getList().size()));
        vm.drainOnPulse(0);
        assertEquals(List.of(3), changes, "one list change per pulse");
        assertEquals(3, vm.activeCountProperty().get());
        assertEquals(1, vm.criticalCountProperty().get());
        assertEquals(Severity.CRITICAL, vm.worstProperty().get());
        AlertRow newest = vm.rows().get(0);
        assertEquals("1:02:06", newest.time());
        assertEquals("2", newest.cellText());
        assertEquals("Cell temperature", newest.ruleText());
        assertEquals("61.2 °C", newest.valueText());
        assertEquals(Severity.CRITICAL, newest.severity());
        assertEquals("raised", newest.state());
        AlertRow pack = vm.rows().stream().filter(r -> r.cell() == AlertEvent.PACK).findFirst().orElseThrow();
        assertEquals("pack", pack.cellText());
        assertEquals("45.0 %", pack.valueText());
        assertEquals("1:02:05", pack.time());
    }

    @Test
    void rowsAreCappedToTheNewest() {
        AlertsViewModel vm = viewModel(5);
        TestFrame f = new TestFrame(pack.cellCount());
        double t = 0;
        for (int round = 0; round < 3; round++) {
            f.temperature[0] = 45; // raise
            engine.evaluate(f.at(t++));
            f.temperature[0] = 25; // clear
            engine.evaluate(f.at(t++));
            vm.drainOnPulse(round * SECOND);
        }
        f.temperature[3] = 45;
        engine.evaluate(f.at(t));
        vm.drainOnPulse(4 * SECOND);
        assertEquals(5, vm.rows().size());
        assertEquals(List.of(6.0, 5.0, 4.0, 3.0, 2.0), vm.rows().stream().map(AlertRow::timeS).toList());
        assertEquals("cleared", vm.rows().get(1).state());
        assertEquals(Severity.WARNING, vm.rows().get(1).severity(), "a cleared row shows what was cleared");
        assertEquals(1, vm.activeCountProperty().get());
    }

    @Test
    void aBacklogBeyondTheCapacityDropsTheOldestAndCountsThem() {
        AlertsViewModel vm = viewModel(3);
        TestFrame f = new TestFrame(pack.cellCount());
        for (int i = 0; i < 5; i++) {
            f.temperature[0] = i % 2 == 0 ? 45 : 25;
            engine.evaluate(f.at(i));
        }
        vm.drainOnPulse(0);
        assertEquals(List.of(4.0, 3.0, 2.0), vm.rows().stream().map(AlertRow::timeS).toList());
        assertEquals(2, vm.droppedProperty().get());
    }

    @Test
    void criticalNoticesAreRateLimitedAndBurstsSummarised() {
        AlertsViewModel vm = viewModel(100);
        TestFrame f = new TestFrame(pack.cellCount());
        f.temperature[0] = 65;
        engine.evaluate(f.at(0));
        vm.drainOnPulse(10 * SECOND);
        assertEquals(1, notices.size());
        assertEquals(new AlertsViewModel.Notice(Severity.CRITICAL, "Critical alert",
                "Cell 0 temperature 65.0 °C above critical level 60.0 °C", 1), notices.get(0));
        // a burst within the second: held back, then summarised
        for (int k = 1; k < 4; k++) {
            f.temperature[k] = 62;
        }
        f.temperature[0] = 50; // eased: not notified
        engine.evaluate(f.at(1));
        f.packSoc = 0.1;
        engine.evaluate(f.at(2));
        vm.drainOnPulse(10 * SECOND + SECOND / 2);
        assertEquals(1, notices.size(), "within the interval");
        vm.drainOnPulse(11 * SECOND);
        assertEquals(2, notices.size());
        AlertsViewModel.Notice burst = notices.get(1);
        assertEquals("4 new alerts", burst.title());
        assertEquals(4, burst.count());
        assertEquals("Latest: Pack SoC 10.0 % below critical level 20.0 %", burst.text());
        vm.drainOnPulse(13 * SECOND);
        assertEquals(2, notices.size(), "nothing pending");
    }

    @Test
    void warningsAreNotNotifiedByDefaultButCanBe() {
        AlertsViewModel critical = viewModel(10);
        AlertsViewModel warnings = new AlertsViewModel(engine::active, 10, 0, Severity.WARNING);
        engine.addListener(warnings);
        List<AlertsViewModel.Notice> warned = new ArrayList<>();
        warnings.setNotificationSink(warned::add);
        TestFrame f = new TestFrame(pack.cellCount());
        f.soh[2] = 0.8;
        engine.evaluate(f.at(0));
        critical.drainOnPulse(0);
        warnings.drainOnPulse(0);
        assertTrue(notices.isEmpty());
        assertEquals(List.of(new AlertsViewModel.Notice(Severity.WARNING, "Warning",
                "Cell 2 SoH 80.0 % below warning level 85.0 %", 1)), warned);
    }

    @Test
    void formatsTimesAndUnevaluatedValues() {
        assertEquals("0:00:00", AlertRow.formatTime(0.2));
        assertEquals("27:46:40", AlertRow.formatTime(100_000));
        AlertRow r = AlertRow.of(new AlertEvent(5, AlertEvent.PACK, AlertRule.RUL, Severity.OK, Severity.CRITICAL,
                Double.NaN, "cycles", "Pack remaining useful life critical cleared: no longer evaluated"));
        assertEquals("—", r.valueText());
        assertEquals("cleared", r.state());
        assertEquals(Severity.CRITICAL, r.severity());
        assertThrows(IllegalArgumentException.class, () -> new AlertsViewModel(engine::active, 0, 0,
                Severity.CRITICAL));
        assertThrows(IllegalArgumentException.class, () -> new AlertsViewModel(engine::active, 10, 0, Severity.OK));
    }
}
