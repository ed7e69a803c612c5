package org.evtwin.core.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequenceWindowTest {

    @Test
    void repeatsAreRecognisedAlsoOutOfOrderWithinTheWindow() {
        SequenceWindow w = new SequenceWindow();
        assertTrue(w.firstTime(100));
        assertTrue(w.firstTime(102));
        assertTrue(w.firstTime(101), "late but new");
        assertFalse(w.firstTime(101));
        assertFalse(w.firstTime(100));
        assertFalse(w.firstTime(102));
        assertTrue(w.firstTime(99), "below the first but inside the window");
    }

    @Test
    void slotsReusedAfterTheWindowMovesDoNotCarryOldMarks() {
        SequenceWindow w = new SequenceWindow();
        assertTrue(w.firstTime(5));
        assertTrue(w.firstTime(7));
        // 5 + SPAN lands on the slot of 5: it is new, and 5 is now older than the window
        assertTrue(w.firstTime(5 + SequenceWindow.SPAN));
        assertFalse(w.firstTime(5), "older than the window counts as seen");
        // moving to 10 + SPAN clears the slots in between, among them 7's: 7 + SPAN is new
        assertTrue(w.firstTime(10 + SequenceWindow.SPAN));
        assertTrue(w.firstTime(7 + SequenceWindow.SPAN), "a slot cleared when the window moved");
        assertFalse(w.firstTime(7), "older than the window");
        // a jump far ahead clears everything
        long far = 10L * SequenceWindow.SPAN;
        assertTrue(w.firstTime(far));
        assertTrue(w.firstTime(far - 3));
        assertFalse(w.firstTime(far - 3));
    }
}
