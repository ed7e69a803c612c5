package org.evtwin.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

class BitrodeCsvTest {
    private static final String HEADER = "Exclude,Time(s),Cycle,Loop,Loop,Loop,Step,StepTime(s),Current(A),Voltage(V),"
            + "Power(W),Capacity(Ah),Energy(Wh),Mode,Data,";
    private static final List<String> BODY = List.of(
            "No,1.0,1,1,1,1,5,1.0,0.00,4.182,0.0,0.00,0.00,REST, ,",
            "No,2.0,1,1,1,1,5,2.0,0.00,4.182,0.0,0.00,0.00,REST,S,",
            "No,2.5,1,1,1,1,6,0.5,-30.00,4.129,-123.8,0.00,-0.01,DCHG, ,",
            "No,3.0,1,1,1,1,7,0.5,9.60,4.169,40.0,0.00,0.00,CHRG, ,");

    @Test
    void readsWithAndWithoutHeaderAndFlipsTheCurrentSign() {
        BitrodeRecord without = BitrodeCsv.parse("a.csv", BODY);
        List<String> withHeader = new java.util.ArrayList<>(List.of(HEADER));
        withHeader.addAll(BODY);
        BitrodeRecord with = BitrodeCsv.parse("b.csv", withHeader);
        for (BitrodeRecord r : List.of(without, with)) {
            assertEquals(4, r.size());
            assertEquals(30.0, r.current(2), 0.0, "Bitrode -30 A (discharge) is +30 A in the core");
            assertEquals(-9.6, r.current(3), 0.0, "Bitrode +9.6 A (charge) is -9.6 A in the core");
            assertEquals(4.129, r.voltage(2), 0.0);
            assertEquals("S", r.flag()[1]);
            assertEquals(3, r.stepRuns().size());
        }
        assertEquals(5, with.line()[3], "line numbers count the header");
    }

    @Test
    void errorsNameFileLineColumnAndRule() {
        TwinException e = assertThrows(TwinException.class, () -> BitrodeCsv.parse("x.csv",
                List.of(BODY.get(0), "No,2.0,1,1,1,1,5,2.0,abc,4.1,0,0,0,REST, ,")));
        assertEquals("x.csv: line 2, column 9 (Current(A)): not a number \"abc\"", e.getMessage());
        e = assertThrows(TwinException.class, () -> BitrodeCsv.parse("x.csv", List.of(BODY.get(1), BODY.get(0))));
        assertTrue(e.getMessage().startsWith("x.csv: line 2, column 2 (Time(s)): time must not decrease"),
                e.getMessage());
        e = assertThrows(TwinException.class, () -> BitrodeCsv.parse("x.csv", List.of("No,1.0,1")));
        assertEquals("x.csv: line 1: expected 15 comma-separated columns, found 3", e.getMessage());
        e = assertThrows(TwinException.class, () -> BitrodeCsv.parse("x.csv",
                List.of(BODY.get(0), "No,2.0,1,1,1,1,5,2.0,0,4.1,0,0,0,IDLE, ,")));
        assertTrue(e.getMessage().contains("line 2, column 14 (Mode): mode must be CHRG, DCHG or REST"),
                e.getMessage());
    }
}
