package org.evtwin.core.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Repeat blocks, "Run X N times" and the bound on the expanded size. */
class ExperimentRepeatTest {

    /** One letter per step: D(ischarge), C(harge), R(est), H(old), P(rofile). */
    private static String shape(Experiment e) {
        StringBuilder b = new StringBuilder();
        for (ExperimentStep s : e.steps()) {
            b.append(switch (s) {
                case CurrentStep c -> c.isDischarge() ? 'D' : 'C';
                case RestStep r -> 'R';
                case HoldVoltageStep h -> 'H';
                case DriveProfileStep p -> 'P';
            });
        }
        return b.toString();
    }

    @Test
    void repeatBlockIsExpandedInOrder() {
        Experiment e = Experiment.parse("""
                Repeat 3 times:
                    Discharge at 1C until 2.5 V
                    Rest for 30 min
                End
                """);
        assertEquals("DRDRDR", shape(e));
        assertSame(e.steps().get(0), e.steps().get(2));
        assertEquals(2, e.steps().get(2).line());
        assertEquals(3, e.steps().get(5).line());
    }

    @Test
    void nestedBlocksMultiply() {
        Experiment e = Experiment.parse("""
                Rest for 1 s
                repeat 2 times
                  Discharge at 1C until 2.5 V
                  REPEAT 3 TIMES:
                    Charge at 1C for 1 min
                  end
                  Hold at 4.2 V for 1 min
                End
                Run US06
                """);
        assertEquals("R" + "DCCCH".repeat(2) + "P", shape(e));
        assertEquals(12, e.size());
    }

    @Test
    void threeLevelsOfNesting() {
        Experiment e = Experiment.parse("Repeat 2 times\nRepeat 3 times\nRepeat 4 times\nRest for 1 s\nEnd\n"
                + "Charge at 1 A for 1 s\nEnd\nEnd");
        assertEquals(2 * 3 * (4 + 1), e.size());
        assertEquals(("RRRR" + "C").repeat(6), shape(e));
    }

    @Test
    void blockOnOneLineWithSemicolons() {
        Experiment e = Experiment.parse("Repeat 2 times: Rest for 1 s; Discharge at 1C for 1 s; End; Run UDDS");
        assertEquals("RDRDP", shape(e));
        assertEquals(new StepSource(1, 17, "Rest for 1 s"), e.steps().getFirst().source());
    }

    @Test
    void repeatOnceWithSingularTime() {
        assertEquals("R", shape(Experiment.parse("Repeat 1 time\nRest for 1 s\nEnd")));
    }

    @Test
    void runNTimesBecomesNSteps() {
        Experiment e = Experiment.parse("Run us06 3 times\nRest for 10 min\nRun UDDS 1 time for 5 min",
                Set.of("US06", "UDDS"));
        assertEquals("PPPRP", shape(e));
        List<String> names = e.steps().stream()
                .map(s -> s instanceof DriveProfileStep p ? p.profileName() : "-").toList();
        assertEquals(List.of("US06", "US06", "US06", "-", "UDDS"), names);
        assertEquals(300.0, e.steps().get(4).durationLimitS().orElseThrow(), 0.0);
    }

    @Test
    void expansionUpToTheLimitIsAllowed() {
        Experiment e = Experiment.parse("Repeat 1000 times:\nRepeat 100 times:\nRest for 1 s\nEnd\nEnd");
        assertEquals(Experiment.MAX_STEPS, e.size());
    }

    private static ExperimentParseException error(String text) {
        return assertThrows(ExperimentParseException.class, () -> Experiment.parse(text));
    }

    @Test
    void expansionBeyondTheLimitPointsAtTheCount() {
        ExperimentParseException a = error("Repeat 100001 times:\nRest for 1 s\nEnd");
        assertEquals("line 1, column 8: \"100001 times\" — the experiment would expand to more than 100000 steps",
                a.getMessage());
        ExperimentParseException b = error("Repeat 1001 times:\n  Repeat 100 times:\n    Rest for 1 s\n  End\nEnd");
        assertEquals(1, b.line());
        assertEquals("1001 times", b.word());
        ExperimentParseException c = error("Repeat 99999999999999999999 times\nRest for 1 s\nEnd");
        assertEquals("99999999999999999999 times", c.word());
        ExperimentParseException d = error("Run US06 100001 times");
        assertEquals("line 1, column 10: \"100001 times\" — the experiment would expand to more than 100000 steps",
                d.getMessage());
    }

    @Test
    void expansionBeyondTheLimitAtTopLevelPointsAtTheStep() {
        ExperimentParseException e = error("Repeat 100000 times: Rest for 1 s\nEnd\nDischarge at 1C until 2.5 V");
        assertEquals("line 3, column 1: \"Discharge\" — the experiment would expand to more than 100000 steps",
                e.getMessage());
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        int depth = 5000;
        String text = "Repeat 1 time\n".repeat(depth) + "Rest for 1 s\n" + "End\n".repeat(depth);
        Experiment e = Experiment.parse(text);
        assertEquals(1, e.size());
        assertEquals(depth + 1, e.steps().getFirst().line());
    }
}
