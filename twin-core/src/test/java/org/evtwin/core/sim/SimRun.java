package org.evtwin.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.telemetry.PackFrame;

/** One simulator run in a test: the model afterwards, every frame, and the result. */
record SimRun(PackModel model, List<PackFrame> frames, SimulationResult result) {
    static final DriveCycleLibrary PROFILES = new DriveCycleLibrary();

    static SimRun of(PackTopology topology, double initialSoc, String experiment) {
        return of(topology, initialSoc, experiment, SimulationSettings.defaults(), () -> false);
    }

    static SimRun of(PackTopology topology, double initialSoc, String experiment, SimulationSettings settings,
            BooleanSupplier cancelled) {
        PackModel model = new PackModel(topology, 25.0, initialSoc);
        List<PackFrame> frames = new ArrayList<>();
        SimulationResult result = new Simulator(model, settings, PROFILES).run(
                Experiment.parse(experiment, PROFILES.names()), frames::add, Simulator.ProgressListener.none(),
                cancelled);
        return new SimRun(model, frames, result);
    }

    StepOutcome step(int index) {
        return result.steps().get(index);
    }

    PackFrame last() {
        return frames.get(frames.size() - 1);
    }

    /** Asserts two frame lists are identical bit for bit. */
    static void assertSameFrames(List<PackFrame> expected, List<PackFrame> actual) {
        assertEquals(expected.size(), actual.size(), "frame count");
        for (int i = 0; i < expected.size(); i++) {
            PackFrame a = expected.get(i);
            PackFrame b = actual.get(i);
            String at = "frame " + i;
            assertEquals(Double.doubleToRawLongBits(a.timeS()), Double.doubleToRawLongBits(b.timeS()), at);
            assertEquals(Double.doubleToRawLongBits(a.packCurrentA()), Double.doubleToRawLongBits(b.packCurrentA()), at);
            assertEquals(Double.doubleToRawLongBits(a.packVoltageV()), Double.doubleToRawLongBits(b.packVoltageV()), at);
            assertEquals(Double.doubleToRawLongBits(a.packSoc()), Double.doubleToRawLongBits(b.packSoc()), at);
            assertEquals(a.limit(), b.limit(), at);
            assertArrayEquals(a.cellVoltageV(), b.cellVoltageV(), 0.0, at);
            assertArrayEquals(a.cellCurrentA(), b.cellCurrentA(), 0.0, at);
            assertArrayEquals(a.cellTemperatureC(), b.cellTemperatureC(), 0.0, at);
            assertArrayEquals(a.cellSoc(), b.cellSoc(), 0.0, at);
            assertArrayEquals(a.cellSoh(), b.cellSoh(), 0.0, at);
        }
    }
}
