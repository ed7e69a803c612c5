package org.evtwin.core.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every step form of the experiment language parses to the right values in SI. */
class ExperimentParseTest {

    private static final double EPS = 1e-12;
    private static final Set<String> PROFILES = Set.of("US06", "UDDS", "WLTC", "HWFET");

    private static <T extends ExperimentStep> T single(String text, Class<T> type) {
        Experiment e = Experiment.parse(text);
        assertEquals(1, e.size(), "steps of: " + text);
        return assertInstanceOf(type, e.steps().getFirst());
    }

    private static void assertDemand(CurrentStep s, Demand.Kind kind, double value) {
        assertEquals(kind, s.demand().kind());
        assertEquals(value, s.demand().value(), EPS);
    }

    private static void assertLimit(double expected, OptionalDouble actual) {
        assertTrue(actual.isPresent(), "limit missing");
        assertEquals(expected, actual.getAsDouble(), EPS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Discharge at 1C until 2.5 V",
        "Discharge at 1C until 2.5V",
        "discharge AT 1c UNTIL 2.5v",
        "Discharge at 1 C until 2500 mV",
        "'  Discharge   at 1.0C until 2.50 volts  '"})
    void dischargeAtCRateUntilVoltage(String text) {
        CurrentStep s = single(text, CurrentStep.class);
        assertDemand(s, Demand.Kind.C_RATE, 1.0);
        assertTrue(s.isDischarge());
        assertLimit(2.5, s.voltageLimitV());
        assertTrue(s.durationLimitS().isEmpty());
        assertEquals(1, s.line());
        assertEquals(text.strip(), s.text());
    }

    @Test
    void dischargeAtCurrentForMinutes() {
        CurrentStep s = single("Discharge at 2 A for 30 minutes", CurrentStep.class);
        assertDemand(s, Demand.Kind.CURRENT, 2.0);
        assertLimit(1800.0, s.durationLimitS());
        assertTrue(s.voltageLimitV().isEmpty());
    }

    @Test
    void dischargeAtPower() {
        CurrentStep w = single("Discharge at 20 W for 10 minutes", CurrentStep.class);
        assertDemand(w, Demand.Kind.POWER, 20.0);
        assertLimit(600.0, w.durationLimitS());
        CurrentStep kw = single("Discharge at 1.5 kW for 2 min", CurrentStep.class);
        assertDemand(kw, Demand.Kind.POWER, 1500.0);
        assertLimit(120.0, kw.durationLimitS());
    }

    @Test
    void durationOrVoltageInEitherOrder() {
        CurrentStep a = single("Discharge at 0.5C for 1 hour or until 3.0 V", CurrentStep.class);
        assertDemand(a, Demand.Kind.C_RATE, 0.5);
        assertLimit(3600.0, a.durationLimitS());
        assertLimit(3.0, a.voltageLimitV());
        CurrentStep b = single("Discharge at .5C until 3 V for 1 h", CurrentStep.class);
        assertDemand(b, Demand.Kind.C_RATE, 0.5);
        assertLimit(3600.0, b.durationLimitS());
        assertLimit(3.0, b.voltageLimitV());
    }

    @Test
    void chargeIsNegative() {
        CurrentStep a = single("Charge at 0.5C until 4.2 V", CurrentStep.class);
        assertDemand(a, Demand.Kind.C_RATE, -0.5);
        assertFalse(a.isDischarge());
        assertLimit(4.2, a.voltageLimitV());
        CurrentStep b = single("Charge at 1 A until 4.1 V", CurrentStep.class);
        assertDemand(b, Demand.Kind.CURRENT, -1.0);
        assertLimit(4.1, b.voltageLimitV());
        CurrentStep c = single("Charge at C/3 until 4200 mV", CurrentStep.class);
        assertDemand(c, Demand.Kind.C_RATE, -1.0 / 3.0);
        assertLimit(4.2, c.voltageLimitV());
        assertDemand(single("Charge at 500 mA for 2 h", CurrentStep.class), Demand.Kind.CURRENT, -0.5);
        assertDemand(single("Charge at 20 W for 10 min", CurrentStep.class), Demand.Kind.POWER, -20.0);
        assertDemand(single("Charge at 2 amps for 1 min", CurrentStep.class), Demand.Kind.CURRENT, -2.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rest for 1 hour | 3600", "Rest for 30 min | 1800", "Rest for 90 s | 90", "Rest for 2 hours | 7200",
        "Rest for 10 sec | 10", "Rest for 3secs | 3", "Rest for 1 second | 1", "Rest for 5 seconds | 5",
        "Rest for 1 minute | 60", "Rest for 45mins | 2700", "Rest for 2.5 minutes | 150", "Rest for 0.5 h | 1800",
        "Rest for 1 hr | 3600", "Rest for 2 hrs | 7200", "Rest for 1 day | 86400", "Rest for 1.5 days | 129600",
        "REST FOR 30 MIN | 1800"})
    void restDurations(String text, double seconds) {
        RestStep s = single(text, RestStep.class);
        assertEquals(seconds, s.durationS(), EPS);
        assertLimit(seconds, s.durationLimitS());
    }

    @Test
    void holdUntilCRate() {
        HoldVoltageStep s = single("Hold at 4.2 V until C/20", HoldVoltageStep.class);
        assertEquals(4.2, s.voltageV(), EPS);
        assertEquals(CurrentCutoff.Kind.C_RATE, s.currentCutoff().orElseThrow().kind());
        assertEquals(0.05, s.currentCutoff().orElseThrow().value(), EPS);
        assertTrue(s.durationLimitS().isEmpty());
        assertEquals(0.25, s.currentCutoff().orElseThrow().currentA(5.0), EPS);
    }

    @Test
    void holdUntilCurrentOrForDuration() {
        HoldVoltageStep ma = single("Hold at 4.2 V until 50 mA", HoldVoltageStep.class);
        assertEquals(new CurrentCutoff(CurrentCutoff.Kind.CURRENT, 0.05), ma.currentCutoff().orElseThrow());
        assertEquals(0.05, ma.currentCutoff().orElseThrow().currentA(5.0), EPS);
        HoldVoltageStep time = single("Hold at 4.2 V for 1 hour", HoldVoltageStep.class);
        assertEquals(Optional.empty(), time.currentCutoff());
        assertLimit(3600.0, time.durationLimitS());
        HoldVoltageStep both = single("hold at 4200mV until 0.05C or for 2 h", HoldVoltageStep.class);
        assertEquals(4.2, both.voltageV(), EPS);
        assertEquals(0.05, both.currentCutoff().orElseThrow().value(), EPS);
        assertLimit(7200.0, both.durationLimitS());
    }

    @Test
    void driveProfiles() {
        for (String name : List.of("US06", "UDDS", "WLTC", "HWFET")) {
            DriveProfileStep s = single("Run " + name, DriveProfileStep.class);
            assertEquals(name, s.profileName());
            assertTrue(s.durationLimitS().isEmpty());
            assertTrue(s.voltageLimitV().isEmpty());
        }
        DriveProfileStep limited = single("Run WLTC for 10 min or until 3 V", DriveProfileStep.class);
        assertLimit(600.0, limited.durationLimitS());
        assertLimit(3.0, limited.voltageLimitV());
        assertEquals("my trip", single("Run \"my trip\"", DriveProfileStep.class).profileName());
        assertEquals("wltc-3b", single("Run wltc-3b", DriveProfileStep.class).profileName());
    }

    @Test
    void knownProfileNamesAreMatchedIgnoringCaseAndKeptAsKnown() {
        Experiment e = Experiment.parse("run us06\nRun Hwfet", PROFILES);
        assertEquals("US06", ((DriveProfileStep) e.steps().get(0)).profileName());
        assertEquals("HWFET", ((DriveProfileStep) e.steps().get(1)).profileName());
        assertEquals("anything", ((DriveProfileStep) Experiment.parse("Run anything", Set.of()).steps().getFirst())
                .profileName());
    }

    @Test
    void commentsBlankLinesAndLineNumbers() {
        String text = "# CC discharge then rest\n\n   \nDischarge at 1C until 2.5 V  # to cut-off\r\nRest for 1 h\n";
        Experiment e = Experiment.parse(text);
        assertEquals(2, e.size());
        assertEquals(4, e.steps().get(0).line());
        assertEquals("Discharge at 1C until 2.5 V", e.steps().get(0).text());
        assertEquals(5, e.steps().get(1).line());
        assertEquals(new StepSource(5, 1, "Rest for 1 h"), e.steps().get(1).source());
    }

    @Test
    void semicolonSeparatesStepsOnOneLine() {
        Experiment e = Experiment.parse("Discharge at 1C until 2.5 V; Rest for 10 min;Charge at 1C until 4.2 V");
        assertEquals(3, e.size());
        assertEquals(new StepSource(1, 30, "Rest for 10 min"), e.steps().get(1).source());
        assertEquals(new StepSource(1, 46, "Charge at 1C until 4.2 V"), e.steps().get(2).source());
        assertEquals(600.0, ((RestStep) e.steps().get(1)).durationS(), EPS);
    }

    @Test
    void demandConvertsCRateToCurrent() {
        assertEquals(-5.0 / 3.0, new Demand(Demand.Kind.C_RATE, -1.0 / 3.0).currentA(5.0), EPS);
        assertEquals(2.0, new Demand(Demand.Kind.CURRENT, 2.0).currentA(5.0), EPS);
        assertThrows(IllegalStateException.class, () -> new Demand(Demand.Kind.POWER, 20.0).currentA(5.0));
    }

    @Test
    void recordsRejectInconsistentValues() {
        StepSource src = StepSource.synthetic("test");
        assertThrows(IllegalArgumentException.class,
                () -> new CurrentStep(new Demand(Demand.Kind.C_RATE, 1.0), OptionalDouble.empty(),
                        OptionalDouble.empty(), src));
        assertThrows(IllegalArgumentException.class, () -> new RestStep(0.0, src));
        assertThrows(IllegalArgumentException.class, () -> new Demand(Demand.Kind.CURRENT, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new Experiment(List.of()));
        assertEquals(0, new RestStep(1.0, src).line());
    }
}
