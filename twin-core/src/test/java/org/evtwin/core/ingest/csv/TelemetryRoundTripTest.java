package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.Simulator;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.FrameCsvWriter;
import org.evtwin.core.telemetry.PackFrame;
import org.evtwin.core.telemetry.SampleBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our telemetry CSV, written by {@link FrameCsvWriter}, imports back to the very same doubles. */
class TelemetryRoundTripTest {

    /** The value a frame holds for a channel. */
    private static double expected(PackFrame f, Channel c) {
        return switch (c.signal()) {
            case PACK_CURRENT_A -> f.packCurrentA();
            case PACK_VOLTAGE_V -> f.packVoltageV();
            case PACK_POWER_W -> f.packPowerW();
            case PACK_SOC -> f.packSoc();
            case MIN_CELL_VOLTAGE_V -> f.minCellVoltageV();
            case MAX_CELL_VOLTAGE_V -> f.maxCellVoltageV();
            case MAX_CELL_TEMPERATURE_C -> f.maxTemperatureC();
            case CELL_VOLTAGE_V -> f.cellVoltageV()[c.cell()];
            case CELL_CURRENT_A -> f.cellCurrentA()[c.cell()];
            case CELL_TEMPERATURE_C -> f.cellTemperatureC()[c.cell()];
            case CELL_SOC -> f.cellSoc()[c.cell()];
            case CELL_SOH -> f.cellSoh()[c.cell()];
            default -> throw new AssertionError("not in the telemetry CSV: " + c);
        };
    }

    private static void assertRoundTrip(Path file, List<PackFrame> frames, int channels) {
        FormatDetection d = KnownFormats.detect(file);
        assertEquals(KnownFormats.TELEMETRY, d.format(), d.message());
        Harness h = Harness.run(file, d.mapping(), ImportPolicy.stopAtFirstError());
        assertNull(h.failure, h.failureMessage());
        assertEquals(frames.size(), h.summary.rowsAccepted());
        List<Channel> cs = h.summary.channels();
        assertEquals(channels, cs.size());
        int row = 0;
        for (SampleBlock b : h.blocks) {
            for (int r = 0; r < b.size(); r++, row++) {
                PackFrame f = frames.get(row);
                assertEquals(Double.doubleToRawLongBits(f.timeS()), Double.doubleToRawLongBits(b.timeS(r)));
                for (int k = 0; k < cs.size(); k++) {
                    double want = expected(f, cs.get(k));
                    double got = b.value(r, k);
                    Channel c = cs.get(k);
                    assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                            () -> c + ": " + want + " read back as " + got);
                }
            }
        }
    }

    @Test
    void simulatedLeafPackRoundTripsExactly(@TempDir Path dir) {
        Path file = dir.resolve("frames.csv");
        List<PackFrame> frames = new ArrayList<>();
        PackModel model = new PackModel(Catalog.pack("leaf-96s2p"), 25.0, 0.9);
        Simulator sim = new Simulator(model, SimulationSettings.defaults(), new DriveCycleLibrary());
        try (FrameCsvWriter w = new FrameCsvWriter(file, true)) {
            sim.run(Experiment.parse("Discharge at 1C for 2 minutes; Rest for 1 minute"), f -> {
                frames.add(f);
                w.accept(f);
            }, Simulator.ProgressListener.none(), () -> false);
        }
        // 7 pack columns + 192 cells x 5 quantities; the text column "limit" is not a signal
        assertRoundTrip(file, frames, 7 + 192 * 5);
    }

    @Test
    void awkwardDoublesRoundTripExactly(@TempDir Path dir) {
        List<PackFrame> frames = new ArrayList<>();
        double[] awkward = {Double.MIN_VALUE, -0.0, 1e-300, Math.PI / 7, 1.0 - Math.ulp(1.0), 0.1 + 0.2,
            Double.MIN_NORMAL, 4.9e-324, 1.2345678912345678, -1.0 / 3.0};
        for (int i = 0; i < awkward.length; i++) {
            double a = awkward[i];
            double[] v = {3.0 + a};
            frames.add(new PackFrame(i * 0.1 + Math.ulp(1.0) * i, -a, 350 + a, Math.abs(a) > 1 ? 0.5 : a, "NONE", v,
                    new double[] {a}, new double[] {25 + a}, new double[] {Math.abs(a) > 1 ? 0.5 : a},
                    new double[] {Double.NaN}));
        }
        Path file = dir.resolve("awkward.csv");
        try (FrameCsvWriter w = new FrameCsvWriter(file, true)) {
            frames.forEach(w::accept);
        }
        assertRoundTrip(file, frames, 7 + 5);
    }
}
