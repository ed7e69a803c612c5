package org.evtwin.core.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.alerts.AlertEvent.Change;
import org.junit.jupiter.api.Test;

/** The frame rules of the alert engine: hysteresis, escalation, cell indices, pack-level rules, voltage limits. */
class AlertEngineTest {
    private final TestFrames frames = new TestFrames(10);
    private final AlertEngine engine = new AlertEngine(AlertThresholds.defaults(TestFrames.LIMITS), 10);
    private final List<AlertEvent> events = new ArrayList<>();

    AlertEngineTest() {
        engine.addListener(events::add);
    }

    @Test
    void aValueOscillatingWithinTheBandRaisesOnceAndClearsOnceBeyondIt() {
        double[] temperatures = {39.5, 40.2, 39.6, 40.4, 39.2, 40.9, 39.1, 40.3, 38.99, 39.5, 39.8};
        double t = 0;
        for (double c : temperatures) {
            frames.temperature[4] = c;
            engine.evaluate(frames.at(t++));
        }
        assertEquals(2, events.size(), events.toString());
        AlertEvent raised = events.get(0);
        assertEquals(Change.RAISED, raised.change());
        assertEquals(1.0, raised.timeS());
        assertEquals(4, raised.cell());
        assertEquals(AlertRule.CELL_TEMPERATURE, raised.rule());
        assertEquals(Severity.WARNING, raised.severity());
        assertEquals(40.2, raised.value(), 1e-12);
        assertEquals("°C", raised.unit());
        assertEquals("Cell 4 temperature 40.2 °C above warning level 40.0 °C", raised.message());
        AlertEvent cleared = events.get(1);
        assertEquals(Change.CLEARED, cleared.change());
        assertEquals(8.0, cleared.timeS());
        assertEquals(Severity.OK, cleared.severity());
        assertEquals(Severity.WARNING, cleared.peak());
        assertEquals("Cell 4 temperature 39.0 °C back below 39.0 °C: warning cleared", cleared.message());
        assertEquals(0, engine.active().count());
    }

    @Test
    void severityEscalatesToCriticalAndEasesBack() {
        double[] temperatures = {41, 59.5, 61, 59.4, 60.5, 58.8, 45, 39.5, 38.5};
        double t = 0;
        for (double c : temperatures) {
            frames.temperature[2] = c;
            engine.evaluate(frames.at(t++));
        }
        assertEquals(List.of(Change.RAISED, Change.ESCALATED, Change.EASED, Change.CLEARED),
                events.stream().map(AlertEvent::change).toList());
        assertEquals(List.of(0.0, 2.0, 5.0, 8.0), events.stream().map(AlertEvent::timeS).toList());
        assertEquals(List.of(Severity.WARNING, Severity.CRITICAL, Severity.WARNING, Severity.OK),
                events.stream().map(AlertEvent::severity).toList());
        assertEquals("Cell 2 temperature 61.0 °C above critical level 60.0 °C (was warning)",
                events.get(1).message());
        assertEquals("Cell 2 temperature 58.8 °C back below 59.0 °C: critical eased to warning",
                events.get(2).message());
    }

    @Test
    void perCellRulesReportTheRightCells() {
        frames.temperature[3] = 45;
        frames.temperature[7] = 62;
        frames.soh[9] = 0.80;
        engine.evaluate(frames.at(10));
        assertEquals(3, events.size());
        assertTrue(keys().contains(event(3, AlertRule.CELL_TEMPERATURE, Severity.WARNING)), events.toString());
        assertTrue(keys().contains(event(7, AlertRule.CELL_TEMPERATURE, Severity.CRITICAL)), events.toString());
        assertTrue(keys().contains(event(9, AlertRule.CELL_SOH, Severity.WARNING)), events.toString());
        AlertEvent soh = events.stream().filter(e -> e.rule() == AlertRule.CELL_SOH).findFirst().orElseThrow();
        assertEquals(80.0, soh.value(), 1e-9);
        assertEquals("%", soh.unit());
        assertEquals("Cell 9 SoH 80.0 % below warning level 85.0 %", soh.message());
        ActiveAlerts active = engine.active();
        assertEquals("{3, 7, 9}", active.cellsInAlarm().toString());
        assertEquals(Severity.CRITICAL, active.cellSeverity(7));
        assertEquals(Severity.OK, active.cellSeverity(0));
    }

    @Test
    void packSocIsAPackLevelRule() {
        double[] socs = {0.55, 0.49, 0.505, 0.30, 0.19, 0.205, 0.22, 0.52};
        double t = 0;
        for (double z : socs) {
            frames.packSoc = z;
            engine.evaluate(frames.at(t++));
        }
        assertEquals(List.of(Change.RAISED, Change.ESCALATED, Change.EASED, Change.CLEARED),
                events.stream().map(AlertEvent::change).toList());
        assertTrue(events.stream().allMatch(e -> e.cell() == AlertEvent.PACK && e.isPack()));
        assertEquals("Pack SoC 49.0 % below warning level 50.0 %", events.get(0).message());
        assertEquals("Pack SoC 19.0 % below critical level 20.0 % (was warning)", events.get(1).message());
        assertEquals("Pack SoC 22.0 % back above 21.0 %: critical eased to warning", events.get(2).message());
        assertEquals(0, engine.active().cellsInAlarmCount(), "a pack rule marks no cell");
    }

    @Test
    void cellVoltageSpreadAndLimits() {
        frames.voltage[1] = 3.84;
        engine.evaluate(frames.at(0));
        assertEquals(1, events.size());
        assertEquals("Pack cell voltage spread 60.0 mV above warning level 50.0 mV", events.get(0).message());
        assertEquals(60.0, events.get(0).value(), 1e-9);
        assertEquals("mV", events.get(0).unit());
        frames.voltage[1] = 3.0; // held exactly at the cut-off by the BMS: no under-voltage alert
        frames.voltage[5] = 4.26;
        engine.evaluate(frames.at(1));
        assertEquals(List.of("Pack cell voltage spread 1260.0 mV above critical level 150.0 mV (was warning)",
                "Cell 5 voltage 4.260 V above critical level 4.250 V"),
                events.subList(1, 3).stream().map(AlertEvent::message).toList());
        frames.voltage[1] = 2.99;
        engine.evaluate(frames.at(2));
        assertEquals("Cell 1 voltage 2.990 V below warning level 2.995 V", events.get(3).message());
        assertEquals(AlertRule.CELL_UNDER_VOLTAGE, events.get(3).rule());
    }

    @Test
    void missingMeasurementsKeepTheirSeverity() {
        frames.temperature[0] = 45;
        engine.evaluate(frames.at(0));
        frames.temperature[0] = Double.NaN;
        frames.voltage[6] = Double.NaN;
        engine.evaluate(frames.at(1));
        assertEquals(1, events.size());
        assertEquals(Severity.WARNING, engine.active().cellSeverity(0));
    }

    @Test
    void newThresholdsApplyFromTheNextFrame() {
        frames.temperature[5] = 38;
        engine.evaluate(frames.at(0));
        assertEquals(0, events.size());
        engine.setThresholds(engine.thresholds().with(AlertRule.CELL_TEMPERATURE, Threshold.above(35, 50, 1)));
        engine.evaluate(frames.at(1));
        assertEquals(List.of(event(5, AlertRule.CELL_TEMPERATURE, Severity.WARNING)), keys());
    }

    @Test
    void aFrameOfAnotherPackIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine.evaluate(new TestFrames(12).at(0)));
        assertEquals("frame has 12 cells, the alert engine was built for 10", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new AlertEngine(AlertThresholds.defaults(TestFrames.LIMITS), 0));
    }

    /** The identity of an event without time, value and message: cell, rule, severity. */
    private static String event(int cell, AlertRule rule, Severity severity) {
        return cell + "/" + rule + "/" + severity;
    }

    private List<String> keys() {
        return events.stream().map(e -> event(e.cell(), e.rule(), e.severity())).toList();
    }
}
