package org.evtwin.core.replay;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.data.MeasuredSeries;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.PackState;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;
import org.evtwin.core.telemetry.Signal;

/** Recordings for the replay tests. */
final class Recordings {
    static final List<Channel> CELL_CHANNELS = List.of(Channel.pack(Signal.PACK_CURRENT_A),
            Channel.cell(Signal.CELL_VOLTAGE_V, 0), Channel.cell(Signal.CELL_TEMPERATURE_C, 0));

    private Recordings() {
    }

    /** The NASA fitted cell as a single-cell replay model. */
    static ModelSetup nasaCell() {
        return ModelSetup.singleCell(Catalog.cell("nasa-18650-b0005"));
    }

    /** A measured single-cell series (NASA file) as a recording: current, cell voltage, cell temperature. */
    static InMemoryRecording of(MeasuredSeries s, int blockSize) {
        List<SampleBlock> blocks = new ArrayList<>();
        SampleBlock b = new SampleBlock(CELL_CHANNELS, blockSize);
        for (int k = 0; k < s.size(); k++) {
            if (b.isFull()) {
                blocks.add(b.copy());
                b.clear();
            }
            int r = b.addRow(s.timeS()[k], k + 2);
            b.set(r, 0, s.currentA()[k]);
            b.set(r, 1, s.voltageV()[k]);
            b.set(r, 2, s.temperatureC()[k]);
        }
        blocks.add(b.copy());
        return new InMemoryRecording(s.source(), blocks);
    }

    /**
     * Sample times {@code times} with a current profile; voltage and temperature recorded from a model of
     * {@code setup} run exactly as the replay runs it (current of sample k over (t[k-1], t[k]], same sub-steps), so a
     * replay of it with the same setup has zero residual.
     */
    static InMemoryRecording simulated(ModelSetup setup, double[] times, double[] current, double soc0,
            double ambientC, int blockSize) {
        PackModel m = setup.newModel(ambientC, soc0);
        PackState st = m.state();
        List<SampleBlock> blocks = new ArrayList<>();
        SampleBlock b = new SampleBlock(CELL_CHANNELS, blockSize);
        for (int k = 0; k < times.length; k++) {
            if (k > 0) {
                double dt = times[k] - times[k - 1];
                int n = Math.max(1, (int) Math.ceil(dt / setup.maxStepS() - 1e-9));
                for (int j = 0; j < n; j++) {
                    m.step(dt / n, org.evtwin.core.physics.Control.current(current[k]));
                }
            }
            if (b.isFull()) {
                blocks.add(b.copy());
                b.clear();
            }
            int r = b.addRow(times[k], k + 2);
            b.set(r, 0, current[k]);
            b.set(r, 1, st.cellVoltageV(0));
            b.set(r, 2, st.temperatureC(0));
        }
        blocks.add(b.copy());
        return new InMemoryRecording("simulated", blocks);
    }

    /** Irregular sample times (0, 0.5, 1.7, then a gap, close pairs, long steps) and a 2 A discharge from t = 0.5 s. */
    static InMemoryRecording irregular(int blockSize) {
        double[] t = {0, 0.5, 1.7, 20, 20.001, 37.25, 100, 100.5, 160, 161, 300};
        double[] i = new double[t.length];
        for (int k = 1; k < t.length; k++) {
            i[k] = 2.0;
        }
        return simulated(nasaCell(), t, i, 0.9, 24.0, blockSize);
    }
}
