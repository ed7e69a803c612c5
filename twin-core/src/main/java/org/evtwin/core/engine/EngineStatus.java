package org.evtwin.core.engine;

/**
 * What the engine is doing, for the UI's status line.
 *
 * @param state          running, paused or failed
 * @param speed          simulated seconds per wall-clock second
 * @param activity       the experiment step being run (its text), or the failure message
 * @param stepIndex      index of that step (0-based)
 * @param stepCount      steps in the scenario
 * @param scenarioRuns   how many times the scenario has completed (it repeats)
 */
public record EngineStatus(State state, double speed, String activity, int stepIndex, int stepCount,
        long scenarioRuns) {

    /** Engine states. */
    public enum State { STARTING, RUNNING, PAUSED, FAILED, STOPPED }
}
