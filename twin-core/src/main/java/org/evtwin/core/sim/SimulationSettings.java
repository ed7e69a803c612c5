package org.evtwin.core.sim;

import org.evtwin.core.sim.drive.VehicleParameters;

/**
 * How the simulator steps and reports.
 *
 * @param stepS             fixed step [s]; the last step of an experiment step is shortened to land on its duration
 * @param outputIntervalS   a frame is emitted at least this often [s] (and at every experiment-step boundary)
 * @param maxStepDurationS  an experiment step whose end condition is never met stops after this long [s]
 * @param vehicle           vehicle that turns speed profiles into battery power
 */
public record SimulationSettings(double stepS, double outputIntervalS, double maxStepDurationS,
        VehicleParameters vehicle) {

    public static SimulationSettings defaults() {
        return new SimulationSettings(1.0, 1.0, 100 * 3600.0, VehicleParameters.nissanLeaf2013());
    }

    public SimulationSettings withStep(double seconds) {
        return new SimulationSettings(seconds, outputIntervalS, maxStepDurationS, vehicle);
    }

    public SimulationSettings withOutputInterval(double seconds) {
        return new SimulationSettings(stepS, seconds, maxStepDurationS, vehicle);
    }
}
