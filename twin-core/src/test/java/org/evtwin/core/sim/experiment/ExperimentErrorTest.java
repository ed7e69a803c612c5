package org.evtwin.core.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake gives its exact position and a specific one-line message. */
class ExperimentErrorTest {

    private static final Set<String> PROFILES = Set.of("US06", "UDDS", "WLTC", "HWFET");

    private static ExperimentParseException error(String text, Set<String> profiles) {
        return assertThrows(ExperimentParseException.class, () -> Experiment.parse(text, profiles));
    }

    /** Asserts position, word and the whole message {@code line L, column C: <where> — <detail>}. */
    private static void assertError(String text, int line, int column, int length, String where, String detail) {
        ExperimentParseException e = error(text, PROFILES);
        assertEquals("line " + line + ", column " + column + ": " + where + " — " + detail, e.getMessage());
        assertEquals(line, e.line(), "line");
        assertEquals(column, e.column(), "column");
        assertEquals(length, e.length(), "length");
        assertEquals(detail, e.detail());
        assertEquals(length == 0 ? "" : where.substring(1, where.length() - 1), e.word());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void misspelledKeywordIsNamedWithItsPosition() {
        assertError("Rest for 1 h\nDischarge at 1C untill 2.5 V", 2, 17, 6, "\"untill\"",
                "expected \"until\" or \"for\"");
    }

    private static final String DEMAND =
            "Discharge needs a C-rate (e.g. 1C, C/3), a current in A or mA, or a power in W or kW";
    private static final String VERBS = "Discharge, Charge, Rest, Hold, Run, Repeat or End";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // unknown verbs, with and without a suggestion
        "Dischrage at 1C until 2.5 V | 1 | 1 | 9 | \"Dischrage\" | unknown step; did you mean \"Discharge\"?",
        "Chrage at 1C until 4.2 V | 1 | 1 | 6 | \"Chrage\" | unknown step; did you mean \"Charge\"?",
        "`  Rst for 1 h` | 1 | 3 | 3 | \"Rst\" | unknown step; did you mean \"Rest\"?",
        "Fly to the moon | 1 | 1 | 3 | \"Fly\" | unknown step; expected " + VERBS,
        "2.5V | 1 | 1 | 4 | \"2.5V\" | unknown step; expected " + VERBS,
        // missing pieces
        "Discharge 1C until 2.5 V | 1 | 11 | 2 | \"1C\" | expected \"at\"",
        "Discharge at until 2.5 V | 1 | 14 | 5 | \"until\" | expected a number: " + DEMAND,
        "Discharge at | 1 | 13 | 0 | end of step | expected a number: " + DEMAND,
        "Discharge at 1C | 1 | 16 | 0 | end of step | expected \"until\" or \"for\"",
        "Discharge at 1C until 2.5 V or | 1 | 31 | 0 | end of step | expected \"until\" or \"for\"",
        "Discharge at 1C until 2.5 V please | 1 | 29 | 6 | \"please\" | expected \"or\" or end of step",
        "Rest for h | 1 | 10 | 1 | \"h\" | expected a number: a duration is given in s, min, h or day",
        "Charge at C/ until 4.2 V | 1 | 14 | 5 | \"until\" | expected a number after \"C/\", e.g. C/20",
        // units
        "Discharge at 2 for 30 minutes | 1 | 14 | 1 | \"2\" | missing unit: " + DEMAND,
        "Discharge at 2 X for 1 h | 1 | 16 | 1 | \"X\" | unknown unit: " + DEMAND,
        "Rest for 30 minuts | 1 | 13 | 6 | \"minuts\" | unknown unit: a duration is given in s, min, h or day; "
                + "did you mean \"minute\"?",
        "Rest for 5 m | 1 | 12 | 1 | \"m\" | unknown unit: a duration is given in s, min, h or day; "
                + "did you mean \"min\"?",
        "Discharge at 1C until 2.5 Vx | 1 | 27 | 2 | \"Vx\" | unknown unit: a Discharge step ends at a voltage in V "
                + "or mV; did you mean \"V\"?",
        "Discharge at 1C until 50 mA | 1 | 23 | 5 | \"50 mA\" | a Discharge step ends at a voltage in V or mV",
        "Discharge at 3 V for 1 h | 1 | 14 | 3 | \"3 V\" | " + DEMAND,
        "Hold at 4.2 V until 3 V | 1 | 21 | 3 | \"3 V\" | a Hold step ends at a current: a C-rate (e.g. C/20) "
                + "or a current in A or mA",
        "Hold at 4.2 V until 1 W | 1 | 21 | 3 | \"1 W\" | a Hold step ends at a current: a C-rate (e.g. C/20) "
                + "or a current in A or mA",
        "Rest for 3 V | 1 | 10 | 3 | \"3 V\" | a duration is given in s, min, h or day",
        // negative or zero values
        "Discharge at 0C until 2.5 V | 1 | 14 | 2 | \"0C\" | the C-rate must be greater than zero",
        "Discharge at -2 A for 1 h | 1 | 14 | 4 | \"-2 A\" | the current must be greater than zero; "
                + "use \"Charge\" to charge",
        "Charge at -1C until 4.2 V | 1 | 11 | 3 | \"-1C\" | the C-rate must be greater than zero; "
                + "\"Charge\" already makes it a charge",
        "Discharge at 0 kW for 1 h | 1 | 14 | 4 | \"0 kW\" | the power must be greater than zero",
        "Hold at 4.2 V until 0 mA | 1 | 21 | 4 | \"0 mA\" | the current must be greater than zero",
        "Charge at C/0 until 4.2 V | 1 | 11 | 3 | \"C/0\" | the divisor of a C-rate must be greater than zero",
        "Rest for 0 s | 1 | 10 | 3 | \"0 s\" | the duration must be greater than zero",
        "Discharge at 1C for 0 minutes | 1 | 21 | 9 | \"0 minutes\" | the duration must be greater than zero",
        "Rest for -5 min | 1 | 10 | 6 | \"-5 min\" | the duration must be greater than zero",
        // implausible voltages
        "Discharge at 1C until 42 V | 1 | 23 | 4 | \"42 V\" | a cell voltage must be greater than 0 V and at most 10 V",
        "Discharge at 1C until 0 V | 1 | 23 | 3 | \"0 V\" | a cell voltage must be greater than 0 V and at most 10 V",
        "Hold at -4.2 V for 1 h | 1 | 9 | 6 | \"-4.2 V\" | a cell voltage must be greater than 0 V and at most 10 V",
        "Charge at 1C until 10001 mV | 1 | 20 | 8 | \"10001 mV\" | a cell voltage must be greater than 0 V and at "
                + "most 10 V",
        // Hold without a voltage
        "Hold at 4.2 until C/20 | 1 | 9 | 3 | \"4.2\" | missing unit: Hold needs a voltage in V or mV",
        "Hold at 1 A for 1 h | 1 | 9 | 3 | \"1 A\" | Hold needs a voltage in V or mV",
        "Hold at 4.2 V | 1 | 14 | 0 | end of step | expected \"until\" or \"for\"",
        // Rest
        "Rest until 3.0 V | 1 | 6 | 5 | \"until\" | Rest ends only after a duration: write \"Rest for <duration>\"",
        "Rest for 1 h or until 3 V | 1 | 17 | 5 | \"until\" | Rest ends only after a duration: write "
                + "\"Rest for <duration>\"",
        "Rest for 1 h until 3 V | 1 | 14 | 5 | \"until\" | Rest ends only after a duration: write "
                + "\"Rest for <duration>\"",
        "Rest | 1 | 5 | 0 | end of step | expected \"for\"",
        "Rest 1 hour | 1 | 6 | 1 | \"1\" | expected \"for\"",
        "Rest for 1 h now | 1 | 14 | 3 | \"now\" | expected end of step",
        "Rest for 1 h or for 2 h | 1 | 14 | 2 | \"or\" | expected end of step",
        // duplicates
        "Discharge at 1C for 1 h or for 2 h | 1 | 28 | 3 | \"for\" | the step already has a duration (\"for\")",
        "Charge at 1C until 4.2 V until 4.1 V | 1 | 26 | 5 | \"until\" | the step already has an end condition "
                + "(\"until\")",
        // drive profiles
        "Run US07 | 1 | 5 | 4 | \"US07\" | unknown drive profile; did you mean \"US06\"? (known: HWFET, UDDS, US06, "
                + "WLTC)",
        "Run NEDC | 1 | 5 | 4 | \"NEDC\" | unknown drive profile (known: HWFET, UDDS, US06, WLTC)",
        "Run | 1 | 4 | 0 | end of step | expected a drive profile name, e.g. \"Run US06\"",
        "Run for 10 min | 1 | 5 | 3 | \"for\" | expected a drive profile name, e.g. \"Run US06\"",
        "Run US06 0 times | 1 | 10 | 1 | \"0\" | the repeat count must be at least 1",
        "Run US06 3 | 1 | 11 | 0 | end of step | expected \"times\"",
        "Run US06 fast | 1 | 10 | 4 | \"fast\" | expected \"N times\", \"for\", \"until\" or end of step",
        "Run US06 2 times fast | 1 | 18 | 4 | \"fast\" | expected \"for\", \"until\" or end of step",
        // repeat blocks
        "Repeat 0 times:\\nRest for 1 s\\nEnd | 1 | 8 | 1 | \"0\" | the repeat count must be at least 1",
        "Repeat 2.5 times:\\nRest for 1 s\\nEnd | 1 | 8 | 3 | \"2.5\" | the repeat count must be a whole number",
        "Repeat times | 1 | 8 | 5 | \"times\" | expected a repeat count, e.g. \"Repeat 3 times\"",
        "Repeat 3 | 1 | 9 | 0 | end of step | expected \"times\"",
        "Repeat 2 times\\nRest for 1 s | 1 | 1 | 6 | \"Repeat\" | this repeat block has no matching \"End\"",
        "Repeat 2 times\\n Rest for 1 s\\n Repeat 3 times\\n  Rest for 2 s\\n End | 1 | 1 | 6 | \"Repeat\" | this repeat "
                + "block has no matching \"End\"",
        "Repeat 2 times\\nRest for 1 s\\nEnd\\n  Repeat 3 times\\nRest for 1 s | 4 | 3 | 6 | \"Repeat\" | this repeat "
                + "block has no matching \"End\"",
        "Rest for 1 s\\nEnd | 2 | 1 | 3 | \"End\" | \"End\" without a matching \"Repeat\"",
        "Repeat 2 times\\nEnd | 1 | 1 | 6 | \"Repeat\" | this repeat block has no steps",
        "Repeat 2 times\\nRest for 1 s\\nEnd now | 3 | 5 | 3 | \"now\" | expected end of step after \"End\"",
        // characters and separators
        "Rest for 1,5 h | 1 | 11 | 1 | \",\" | unexpected character; separate steps with a new line or \";\", "
                + "and write decimals with \".\"",
        "Rest for 1 h!! | 1 | 13 | 1 | \"!\" | unexpected character",
        "Rest for 1 s; Rest until 3 V | 1 | 20 | 5 | \"until\" | Rest ends only after a duration: write "
                + "\"Rest for <duration>\""})
    void errorPointsAtTheWord(String text, int line, int column, int length, String where, String detail) {
        assertError(text.replace("\\n", "\n"), line, column, length, where, detail);
    }

    @Test
    void quotedProfileNames() {
        assertError("Run \"US06", 1, 5, 5, "\"\"US06\"", "the quoted name has no closing quote");
        assertError("Run \"  \" for 1 h", 1, 5, 4, "\"\"  \"\"", "the profile name is empty");
    }

    @Test
    void emptyTextHasNoSteps() {
        ExperimentParseException e = error("# only a comment\n\n   \n", null);
        assertEquals("line 1, column 1: end of text — the experiment has no steps", e.getMessage());
        assertEquals(0, e.length());
    }

    @Test
    void isATwinException() {
        assertInstanceOf(TwinException.class, error("Rest", null));
    }

    @Test
    void rendersACaretUnderTheWord() {
        ExperimentParseException e = error("Discharge at 1C untill 2.5 V", null);
        assertEquals("Discharge at 1C untill 2.5 V\n                ^^^^^^", e.renderWithCaret());
        ExperimentParseException tab = error("\tRest for 0 s", null);
        assertEquals(11, tab.column());
        assertEquals("\tRest for 0 s\n\t         ^^^", tab.renderWithCaret());
        ExperimentParseException end = error("Rest", null);
        assertEquals("Rest\n    ^", end.renderWithCaret());
    }

    @Test
    void profileNamesAreNotCheckedWithoutAKnownSet() {
        assertEquals("US07", ((DriveProfileStep) Experiment.parse("Run US07").steps().getFirst()).profileName());
        ExperimentParseException e = error("Run US07", Set.of("US06"));
        assertEquals("unknown drive profile; did you mean \"US06\"? (known: US06)", e.detail());
    }
}
