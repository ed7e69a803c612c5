package org.evtwin.core.sim.fault;

import java.util.List;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;

/** A sink that adds sensor-offset faults to frames before passing them on: what a faulty sensor would report. */
public final class SensorOffsets implements FrameSink {
    private final List<Fault.SensorOffset> offsets;
    private final FrameSink next;

    public SensorOffsets(List<Fault.SensorOffset> offsets, FrameSink next) {
        this.offsets = List.copyOf(offsets);
        this.next = next;
    }

    @Override
    public void accept(PackFrame f) {
        if (offsets.isEmpty()) {
            next.accept(f);
            return;
        }
        double[] v = f.cellVoltageV().clone();
        double[] t = f.cellTemperatureC().clone();
        for (Fault.SensorOffset o : offsets) {
            v[o.cell()] += o.voltageV();
            t[o.cell()] += o.temperatureK();
        }
        next.accept(new PackFrame(f.timeS(), f.packCurrentA(), f.packVoltageV(), f.packSoc(), f.limit(), v,
                f.cellCurrentA(), t, f.cellSoc(), f.cellSoh()));
    }
}
