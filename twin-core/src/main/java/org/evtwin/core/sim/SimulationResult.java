package org.evtwin.core.sim;

import java.util.List;

/**
 * What a finished (or cancelled) run produced.
 *
 * @param steps            one outcome per executed experiment step
 * @param endTimeS         simulated time at the end [s]
 * @param frames           frames emitted
 * @param solverSteps      solver steps taken
 * @param cancelled        whether the run was cancelled before the end
 * @param deliveredEnergyJ energy delivered at the pack terminals (negative when net charged) [J]
 * @param heatJ            heat generated in the cells [J]
 */
public record SimulationResult(List<StepOutcome> steps, double endTimeS, long frames, long solverSteps,
        boolean cancelled, double deliveredEnergyJ, double heatJ) {
}
