package org.evtwin.core.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.data.BitrodeCsv;
import org.evtwin.core.data.BitrodeRecord;
import org.evtwin.core.data.ThermocoupleLog;
import org.evtwin.core.fit.LeafCellFit;
import org.evtwin.core.fit.LeafDischarge;
import org.evtwin.core.fit.SharedData;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;
import org.evtwin.core.telemetry.Signal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ORNL Leaf cell discharges (shared data; skipped without it) replayed with the fitted Leaf cell, set up as the
 * validation: from the discharge start to the end of the rest after it, SoC 1 at the start, ambient = thermocouple 4,
 * cell temperature = mean of thermocouples 1–3 (both at each Bitrode sample time). Voltage compared on the discharge
 * samples, temperature on all. The RMSE must match the docs/validation.md table within 0.1 mV and 0.01 K (its
 * rounding, plus the ambient being held between samples here and interpolated there: 0.01 mV, 0.002 K).
 */
class LeafDischargeReplayTest {

    @ParameterizedTest
    @CsvSource({"1C, 0.0113, 0.98", "2C, 0.0169, 0.66", "3C, 0.0512, 1.04"})
    void reproducesTheValidation(String rate, double tableV, double tableK) throws InterruptedException {
        Path data = SharedData.rawRoot().resolve(LeafCellFit.DATASET).resolve("data");
        BitrodeRecord r = BitrodeCsv.read(data.resolve(rate + "-Discharge-Bitrode-data.csv"));
        ThermocoupleLog tc = ThermocoupleLog.read(data.resolve("Temperature-" + rate + "-discharge.lvm"), 3.0);
        LeafDischarge d = LeafDischarge.of(r, tc);
        List<Channel> ch = List.of(Channel.pack(Signal.PACK_CURRENT_A), Channel.cell(Signal.CELL_VOLTAGE_V, 0),
                Channel.cell(Signal.CELL_TEMPERATURE_C, 0), Channel.pack(Signal.AMBIENT_TEMPERATURE_C));
        SampleBlock b = new SampleBlock(ch, d.restEnd() - d.start() + 1);
        for (int k = d.start(); k <= d.restEnd(); k++) {
            int row = b.addRow(r.time(k), r.line()[k]);
            b.set(row, 0, r.current(k));
            b.set(row, 1, r.voltage(k));
            b.set(row, 2, d.surfaceC(k));
            b.set(row, 3, tc.at(LeafDischarge.AMBIENT, r.time(k)));
        }
        List<ReplayFrame> frames = new ArrayList<>();
        ModelSetup setup = ModelSetup.singleCell(Catalog.cell("nissan-leaf-2013-33ah")).withInitialSoc(1.0);
        try (ReplayEngine e = new ReplayEngine(new InMemoryRecording(rate, List.of(b)), setup, Double.NaN,
                Double.NaN, ReplayEngine.AS_FAST_AS_POSSIBLE, new FakeClock(), x -> { })) {
            e.addReplayListener(frames::add);
            e.start();
            e.awaitEnd(ReplayTimingTest.HANG_MS);
        }
        int firstLoaded = r.current(d.start()) > 0 ? 0 : 1;
        double ss = 0;
        int n = 0;
        for (int k = firstLoaded; k <= d.end() - d.start(); k++) {
            ss += Math.pow(frames.get(k).cellVoltageResidualV()[0], 2);
            n++;
        }
        double temperature = frames.get(frames.size() - 1).statistics(ResidualSignal.CELL_TEMPERATURE).rmse();
        assertEquals(tableV, Math.sqrt(ss / n), 1e-4, rate + " voltage RMSE [V]");
        assertEquals(tableK, temperature, 0.01, rate + " temperature RMSE [K]");
    }
}
