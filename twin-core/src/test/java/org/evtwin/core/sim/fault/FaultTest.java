package org.evtwin.core.sim.fault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SyntheticCells;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.Simulator;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** Fault text form, and sensor offsets that change what is reported but never the pack. */
class FaultTest {

    @Test
    void parsesEveryKindWithItsDefaults() {
        assertEquals(new Fault.WeakCell(3, 0.8, 1.5), Fault.parse("weak-cell:3", 6, 2));
        assertEquals(new Fault.WeakCell(3, 0.7, 2.0), Fault.parse(" Weak-Cell:3:0.7:2 ", 6, 2));
        assertEquals(new Fault.InternalShort(5, 0.25), Fault.parse("short:5:0.25", 6, 2));
        assertEquals(new Fault.CoolingLoss(1, 0.0), Fault.parse("cooling-loss:1", 6, 2));
        assertEquals(new Fault.CoolingLoss(0, 0.3), Fault.parse("cooling-loss:0:0.3", 6, 2));
        assertEquals(new Fault.SensorOffset(2, 0.05, 0.0), Fault.parse("sensor-offset:2:0.05", 6, 2));
        assertEquals(new Fault.SensorOffset(2, -0.05, 3.0), Fault.parse("sensor-offset:2:-0.05:3", 6, 2));
    }

    private static void assertRejected(String text, String expected) {
        TwinException e = assertThrows(TwinException.class, () -> Fault.parse(text, 6, 2));
        assertTrue(e.getMessage().startsWith("fault \"" + text + "\": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void badFaultsAreRejectedNamingTheText() {
        assertRejected("melt:1", "unknown kind \"melt\"");
        assertRejected("weak-cell:6", "cell index 6 is outside 0..5");
        assertRejected("cooling-loss:2", "module index 2 is outside 0..1");
        assertRejected("short:1", "value 2 is missing");
        assertRejected("short:1:0", "value must be > 0");
        assertRejected("weak-cell:1:1.5", "factor must be between 0 and 1");
        assertRejected("weak-cell:x", "not a number");
        assertRejected("short", "the cell index is missing");
    }

    private static List<PackFrame> run(PackModel model, FrameSink extra) {
        List<PackFrame> frames = new ArrayList<>();
        new Simulator(model, SimulationSettings.defaults(), new DriveCycleLibrary()).run(
                Experiment.parse("Discharge at 1C for 2 min; Rest for 1 min"), f -> {
                    frames.add(f);
                    extra.accept(f);
                }, Simulator.ProgressListener.none(), () -> false);
        return frames;
    }

    @Test
    void sensorOffsetChangesOnlyTheReportedValuesOfItsCell() {
        PackTopology t = SyntheticCells.pack(SyntheticCells.linear(), 1, 2, 2, 10.0, 0.5);
        Fault.SensorOffset offset = (Fault.SensorOffset) Fault.parse("sensor-offset:2:0.05:3", 4, 1);
        PackModel faulty = new PackModel(t, 25.0, 0.9);
        offset.apply(faulty);
        List<PackFrame> reported = new ArrayList<>();
        List<PackFrame> truth = run(faulty, new SensorOffsets(List.of(offset), reported::add));
        List<PackFrame> clean = run(new PackModel(t, 25.0, 0.9), f -> { });
        assertEquals(clean.size(), truth.size());
        assertEquals(truth.size(), reported.size());
        for (int i = 0; i < truth.size(); i++) {
            PackFrame c = clean.get(i);
            PackFrame f = truth.get(i);
            PackFrame r = reported.get(i);
            // the pack itself is unchanged by the fault ...
            assertArrayEquals(c.cellVoltageV(), f.cellVoltageV(), 0.0);
            assertArrayEquals(c.cellTemperatureC(), f.cellTemperatureC(), 0.0);
            assertArrayEquals(c.cellSoc(), f.cellSoc(), 0.0);
            assertEquals(c.packVoltageV(), f.packVoltageV(), 0.0);
            // ... only the reported voltage and temperature of cell 2 are off, by exactly the offsets
            for (int cell = 0; cell < 4; cell++) {
                double dv = cell == 2 ? 0.05 : 0.0;
                double dt = cell == 2 ? 3.0 : 0.0;
                assertEquals(f.cellVoltageV()[cell] + dv, r.cellVoltageV()[cell], 0.0);
                assertEquals(f.cellTemperatureC()[cell] + dt, r.cellTemperatureC()[cell], 0.0);
            }
            assertArrayEquals(f.cellCurrentA(), r.cellCurrentA(), 0.0);
            assertArrayEquals(f.cellSoc(), r.cellSoc(), 0.0);
            assertEquals(f.packCurrentA(), r.packCurrentA(), 0.0);
            assertEquals(f.packVoltageV(), r.packVoltageV(), 0.0, "the pack voltage sensor is another sensor");
            assertEquals(f.timeS(), r.timeS(), 0.0);
        }
    }

    @Test
    void noOffsetsPassFramesThroughUnchanged() {
        List<PackFrame> out = new ArrayList<>();
        PackModel model = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 1, 1, 10, 0), 25, 0.5);
        PackFrame frame = PackFrame.capture(model.state());
        new SensorOffsets(List.of(), out::add).accept(frame);
        assertEquals(List.of(frame), out);
    }

    @Test
    void weakCellFaultScalesCapacityAndResistance() {
        PackModel model = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 1, 2, 0, 0), 25, 0.5);
        double before = model.state().capacityC(1);
        new Fault.WeakCell(1, 0.8, 1.5).apply(model);
        assertEquals(0.8 * before, model.state().capacityC(1), 1e-9);
        assertEquals(1.5, model.state().resistanceScale(1), 1e-15);
        assertEquals(before, model.state().capacityC(0), 0.0);
    }

    @Test

    void weakCellOnAnAgedCellTakesTwentyPercentOfItsPresentCapacity() {
        CellParameters base = SyntheticCells.linear();
        CellParameters ageing = new CellParameters(base.name(), base.chemistry(), base.capacityAh(), base.ecm(),
                base.limits(), base.thermal(), base.geometry(), "schmalstieg-nmc", base.provenance());
        PackModel model = new PackModel(SyntheticCells.pack(ageing, 1, 1, 2, 0, 0), 45, 1.0);
        for (int n = 0; n < 2000; n++) {
            model.step(3600, Control.rest());
        }
        double soh = model.state().soh(1);
        assertTrue(soh < 0.99, "the cell has aged: SoH " + soh);
        double before = model.state().capacityC(1);
        new Fault.WeakCell(1, 0.8, 1.0).apply(model);
        assertEquals(0.8 * before, model.state().capacityC(1), 1e-9 * before);
    }
}
