package org.evtwin.core.sim;

/**
 * How one experiment step ended.
 *
 * @param line          line of the step in the experiment text
 * @param text          the step as written
 * @param startS        simulated start time [s]
 * @param endS          simulated end time [s]
 * @param endReason     why it ended, in words ("reached 2.5 V", "duration reached", ...)
 * @param limitedSteps  solver steps in which the BMS delivered less than asked (current, power or temperature limit)
 * @param firstLimit    the first such limit, in words, or empty
 */
public record StepOutcome(int line, String text, double startS, double endS, String endReason, long limitedSteps,
        String firstLimit) {
}
