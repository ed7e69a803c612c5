package org.evtwin.core.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SyntheticCells;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;
import org.evtwin.core.telemetry.Signal;
import org.junit.jupiter.api.Test;

/** The model run alongside: zero residual on its own output, initial SoC, channel mapping and its errors. */
class ModelAlongsideTest {
    private static final double[] T = {0, 10, 20, 35, 60, 61, 120, 300, 600, 900};
    private static final double[] I = {0, 2, 2, 2, 4, -1, 0, 2, 2, 0};

    private static ModelAlongside alongside(InMemoryRecording rec, ModelSetup setup) {
        return new ModelAlongside(rec.name(), setup, new ChannelMap(rec.name(), rec.channels(), setup.topology()));
    }

    /** Replays a recording through {@link ModelAlongside} directly and returns the last frame. */
    private static ReplayFrame run(InMemoryRecording rec, ModelSetup setup) {
        ModelAlongside m = alongside(rec, setup);
        SampleCursor c = rec.open(Double.NEGATIVE_INFINITY);
        boolean first = true;
        for (SampleBlock b = c.next(); b != null; b = c.next()) {
            for (int r = 0; r < b.size(); r++) {
                if (first) {
                    m.start(b, r);
                    first = false;
                } else {
                    m.advance(b, r);
                }
            }
        }
        return m.frame();
    }

    @Test
    void theModelReplayingItsOwnOutputHasZeroResidual() {
        ModelSetup setup = Recordings.nasaCell().withInitialSoc(0.7);
        ReplayFrame last = run(Recordings.simulated(setup, T, I, 0.7, 24.0, 3), setup);
        assertEquals(900.0, last.timeS());
        for (ResidualSummary s : last.statistics()) {
            assertEquals(T.length, s.samples(), s.signal().label());
            assertEquals(0.0, s.maxAbs(), 1e-12, s.signal().label());
        }
        assertTrue(last.model().cellSoc()[0] < 0.7 - 0.1, "the model discharged: " + last.model().cellSoc()[0]);
    }

    @Test
    void theInitialSocComesFromTheRestVoltage() {
        ModelSetup setup = Recordings.nasaCell();
        ReplayFrame first = run(Recordings.simulated(setup, new double[] {0}, new double[] {0}, 0.6, 24.0, 1), setup);
        // the solver's OCV is the table resampled on 2000 intervals (< 0.1 mV off it): the SoC lands within 1e-3
        assertEquals(0.6, first.model().cellSoc()[0], 1e-3);
        assertTrue(Double.isNaN(first.measured().cellSoc()[0]), "SoC was not recorded");
        ReplayFrame last = run(Recordings.simulated(setup, T, I, 0.6, 24.0, 100), setup);
        assertTrue(last.statistics(ResidualSignal.CELL_VOLTAGE).maxAbs() < 1e-3, "voltage residual "
                + last.statistics(ResidualSignal.CELL_VOLTAGE).maxAbs() + " V");
    }

    @Test
    void underLoadTheOhmicDropIsAddedBack() {
        EcmParameters ecm = Catalog.cell("nasa-18650-b0005").ecm();
        for (double z : new double[] {0.2, 0.5, 0.9}) {
            double v = ecm.ocv(z, 30) - 2.0 * ecm.r0(z, 30);
            assertEquals(z, InitialSoc.fromVoltage(ecm, v, 2.0, 30), 1e-6, "SoC " + z);
        }
        assertEquals(1.0, InitialSoc.fromVoltage(ecm, 4.5, 0, 25));
        assertEquals(0.0, InitialSoc.fromVoltage(ecm, 2.0, 0, 25));
    }

    @Test
    void aRecordedSocIsTakenAsTheStart() {
        List<Channel> ch = List.of(Channel.pack(Signal.PACK_CURRENT_A), Channel.pack(Signal.PACK_SOC),
                Channel.pack(Signal.AMBIENT_TEMPERATURE_C));
        SampleBlock b = new SampleBlock(ch, 2);
        row(b, 0, 1.0, 0.55, 21.0);
        row(b, 60, 1.0, 0.54, 21.0);
        ReplayFrame f = run(new InMemoryRecording("soc", List.of(b)), Recordings.nasaCell());
        ModelSetup setup = Recordings.nasaCell();
        // 60 s between the samples plus the 1 s the first sample's current is taken to have flowed before it
        double expected = 0.55 - (60 + ModelAlongside.FIRST_LOADED_STEP_S) * 1.0
                / (setup.topology().cell().capacityAh() * 3600);
        assertEquals(expected, f.model().cellSoc()[0], 1e-6);   // coulomb count; 1 s of the current is 1.5e-4
        assertEquals(0.54 - f.model().packSoc(), f.packSocResidual(), 1e-15);
        // no cell temperature recorded: the model starts at and follows the recorded ambient, the display shows it
        assertEquals(21.0, f.model().cellTemperatureC()[0], 0.2);
        assertEquals(f.model().cellTemperatureC()[0], f.display().cellTemperatureC()[0]);
        assertTrue(Double.isNaN(f.cellTemperatureResidualK()[0]));
    }

    private static void row(SampleBlock b, double t, double... values) {
        int r = b.addRow(t, b.size() + 2);
        for (int c = 0; c < values.length; c++) {
            b.set(r, c, values[c]);
        }
    }

    @Test
    void unmeasuredCellsHaveNanResidualsAndShowTheModel() {
        PackTopology pack = SyntheticCells.pack(SyntheticCells.linear(), 1, 2, 2, 10, 0.5);
        List<Channel> ch = List.of(Channel.pack(Signal.PACK_CURRENT_A), Channel.pack(Signal.AMBIENT_TEMPERATURE_C),
                Channel.cell(Signal.CELL_VOLTAGE_V, 0), Channel.cell(Signal.CELL_VOLTAGE_V, 2),
                Channel.cell(Signal.CELL_TEMPERATURE_C, 1));
        SampleBlock b = new SampleBlock(ch, 3);
        row(b, 0, 0.0, 25.0, 3.72, 3.70, 26.0);
        row(b, 5, 4.0, 25.0, 3.65, 3.62, 26.1);
        row(b, 10, 4.0, 25.0, 3.64, Double.NaN, 26.2);
        ReplayFrame f = run(new InMemoryRecording("partial", List.of(b)), ModelSetup.pack(pack));
        assertEquals(3.62, f.measured().cellVoltageV()[2]);                  // held from the row before
        assertEquals(3.64 + 3.62, f.measured().packVoltageV(), 1e-12);       // one measured cell per group
        assertTrue(Double.isNaN(f.cellVoltageResidualV()[1]) && Double.isNaN(f.cellVoltageResidualV()[3]));
        assertTrue(Double.isNaN(f.cellTemperatureResidualK()[0]));
        assertEquals(26.2 - f.model().cellTemperatureC()[1], f.cellTemperatureResidualK()[1], 1e-12);
        assertEquals(f.model().cellVoltageV()[1], f.display().cellVoltageV()[1]);
        assertEquals(26.2, f.display().cellTemperatureC()[1]);
        assertEquals(f.model().cellTemperatureC()[3], f.display().cellTemperatureC()[3]);
        assertEquals(5, f.statistics(ResidualSignal.CELL_VOLTAGE).samples());   // 2 + 2 + 1 recorded values
        assertEquals(null, f.statistics(ResidualSignal.PACK_VOLTAGE));          // no pack voltage channel
        // cells 1 and 3 start from their group's measured voltage (parallel cells share it)
        assertEquals(f.model().cellSoc()[0], f.model().cellSoc()[1], 0.02);
    }

    @Test
    void aBmsLogWithPackExtremesIsComparedOnThem() {
        PackTopology pack = SyntheticCells.pack(SyntheticCells.linear(), 1, 2, 2, 10, 0.5);
        List<Channel> ch = List.of(Channel.pack(Signal.PACK_CURRENT_A), Channel.pack(Signal.PACK_VOLTAGE_V),
                Channel.pack(Signal.MIN_CELL_VOLTAGE_V), Channel.pack(Signal.MAX_CELL_VOLTAGE_V),
                Channel.pack(Signal.MAX_CELL_TEMPERATURE_C), Channel.pack(Signal.AMBIENT_TEMPERATURE_C));
        SampleBlock b = new SampleBlock(ch, 2);
        row(b, 0, 0.0, 7.44, 3.71, 3.73, 25.0, 25.0);
        row(b, 30, 4.0, 7.30, 3.64, 3.66, 25.3, 25.0);
        ReplayFrame f = run(new InMemoryRecording("bms", List.of(b)), ModelSetup.pack(pack));
        // the start SoC comes from the pack voltage over the 2 series groups
        assertEquals(InitialSoc.fromVoltage(pack.cell().ecm(), 3.72, 0, 25), 0.5 * (f.model().cellSoc()[0]
                + f.model().cellSoc()[3]) + 30 * 2.0 / (SyntheticCells.CAPACITY_AH * 3600), 1e-6);
        assertEquals(3.64 - f.model().minCellVoltageV(), f.residual(ResidualSignal.MIN_CELL_VOLTAGE, 0), 1e-15);
        assertEquals(3.66 - f.model().maxCellVoltageV(), f.residual(ResidualSignal.MAX_CELL_VOLTAGE, 0), 1e-15);
        assertEquals(25.3 - f.model().maxTemperatureC(), f.residual(ResidualSignal.MAX_CELL_TEMPERATURE, 0), 1e-15);
        assertEquals(2, f.statistics(ResidualSignal.MIN_CELL_VOLTAGE).samples());
        assertEquals(2, f.statistics(ResidualSignal.PACK_VOLTAGE).samples());
        assertEquals(null, f.statistics(ResidualSignal.CELL_VOLTAGE));
        assertTrue(Double.isNaN(f.cellVoltageResidualV()[2]));
    }

    @Test
    void errorsNameTheRecordingAndTheFix() {
        PackTopology pack = SyntheticCells.pack(SyntheticCells.linear(), 1, 2, 2, 10, 0.5);
        List<Channel> noCurrent = List.of(Channel.pack(Signal.PACK_VOLTAGE_V));
        assertEquals("rec: no pack_current_a channel: the model cannot be driven without the measured current",
                assertThrows(TwinException.class, () -> new ChannelMap("rec", noCurrent, pack)).getMessage());
        assertEquals("rec: no pack_current_a channel (nor cell_0_current_a): the model cannot be driven without the"
                + " measured current", assertThrows(TwinException.class, () -> new ChannelMap("rec", noCurrent,
                Recordings.nasaCell().topology())).getMessage());
        List<Channel> cell9 = List.of(Channel.pack(Signal.PACK_CURRENT_A), Channel.cell(Signal.CELL_VOLTAGE_V, 9));
        assertEquals("rec: channel cell_9_voltage_v names cell 9, but the model synthetic-2s2p has 4 cells (0-3)",
                assertThrows(TwinException.class, () -> new ChannelMap("rec", cell9, pack)).getMessage());
        SampleBlock b = new SampleBlock(List.of(Channel.pack(Signal.PACK_CURRENT_A),
                Channel.pack(Signal.PACK_VOLTAGE_V)), 1);
        row(b, 0, 1.0, 3.9);
        InMemoryRecording rec = new InMemoryRecording("rec", List.of(b));
        assertEquals("rec: the first sample (t = 0.0 s, line 2) has no ambient and no cell temperature; give the"
                + " ambient temperature", assertThrows(TwinException.class,
                () -> run(rec, Recordings.nasaCell())).getMessage());
        assertEquals(3.9, run(rec, Recordings.nasaCell().withAmbientC(20)).measured().cellVoltageV()[0]);
    }
}
