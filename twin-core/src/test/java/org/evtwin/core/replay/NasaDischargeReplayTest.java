package org.evtwin.core.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.data.NasaCsv;
import org.evtwin.core.data.NasaRecord;
import org.evtwin.core.fit.NasaCellFit;
import org.evtwin.core.fit.SharedData;
import org.evtwin.core.model.CellParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The residual on real discharges: NASA B0005 discharge 2 (shipped in {@code sample-data/recordings}) and, with the
 * shared data, fresh discharges of the other cells, replayed with the fitted NASA cell. Set up as the validation
 * (docs/validation.md): SoC 1 at the start (the discharges follow a CC-CV charge to 4.2 V), the discharge's capacity
 * (file name) given to the model (B0005's first capacity is the parameter set's), resistances × (1 + k·(1 − SoH))
 * with the B0005 growth relation k = 1.015; voltage compared on loaded samples (current above half its maximum) at
 * or above the 2.7 V cut-off. The replay must reproduce the validation table's RMSE within 0.1 mV and 0.01 K (the
 * table's rounding; the replay gives the validation's numbers to 1 µV).
 */
class NasaDischargeReplayTest {
    static final String FILE = "dis_2_cap_1.846327249719927.csv";
    /** docs/validation.md, "NASA ageing in the replay". */
    static final double GROWTH_K = 1.015;
    static final double MARGIN_V = 1e-4;
    static final double MARGIN_K = 0.01;
    private static final CellParameters CELL = Catalog.cell("nasa-18650-b0005");

    static Path shipped() {
        return SharedData.projectDir().resolve("sample-data/recordings/nasa-pcoe-b0005").resolve(FILE);
    }

    static List<ReplayFrame> replay(NasaRecord r, ModelSetup setup) throws InterruptedException {
        List<ReplayFrame> out = new CopyOnWriteArrayList<>();
        try (ReplayEngine e = new ReplayEngine(Recordings.of(r.series(), 64), setup, Double.NaN, Double.NaN,
                ReplayEngine.AS_FAST_AS_POSSIBLE, new FakeClock(), x -> { })) {
            e.addReplayListener(out::add);
            e.start();
            assertTrue(e.awaitEnd(ReplayTimingTest.HANG_MS));
        }
        assertEquals(r.series().size(), out.size());
        return out;
    }

    /** As the validation: SoC 1, the record's capacity, the growth relation at SoH = capacity / first capacity. */
    static ModelSetup validationSetup(NasaRecord r, double firstCapacityAh) {
        double soh = r.capacityAh() / firstCapacityAh;
        return Recordings.nasaCell().withInitialSoc(1.0).withCapacityScale(r.capacityAh() / CELL.capacityAh())
                .withResistanceScale(1 + GROWTH_K * (1 - soh));
    }

    /** RMSE of the voltage residual over loaded samples (I > I_max/2) with measured V >= the cell's cut-off. */
    static double loadedVoltageRmse(List<ReplayFrame> frames) {
        double iMax = 0;
        for (ReplayFrame f : frames) {
            iMax = Math.max(iMax, f.measured().packCurrentA());
        }
        double ss = 0;
        int n = 0;
        for (ReplayFrame f : frames) {
            if (f.measured().packCurrentA() > 0.5 * iMax && f.measured().cellVoltageV()[0] >= CELL.limits()
                    .minVoltageV()) {
                ss += f.cellVoltageResidualV()[0] * f.cellVoltageResidualV()[0];
                n++;
            }
        }
        return Math.sqrt(ss / n);
    }

    static double temperatureRmse(List<ReplayFrame> frames) {
        return frames.get(frames.size() - 1).statistics(ResidualSignal.CELL_TEMPERATURE).rmse();
    }

    @Test
    void b0005Discharge2ReproducesTheValidation() throws InterruptedException {
        NasaRecord r = NasaCsv.read(shipped());
        List<ReplayFrame> f = replay(r, validationSetup(r, CELL.capacityAh()));
        assertEquals(0.0155, loadedVoltageRmse(f), MARGIN_V, "voltage RMSE [V]");
        assertEquals(0.62, temperatureRmse(f), MARGIN_K, "temperature RMSE [K]");
        // the running statistics are those of the frames' own residuals
        double ss = 0;
        for (ReplayFrame x : f) {
            ss += x.cellVoltageResidualV()[0] * x.cellVoltageResidualV()[0];
        }
        ResidualSummary v = f.get(f.size() - 1).statistics(ResidualSignal.CELL_VOLTAGE);
        assertEquals(f.size(), v.samples());
        assertEquals(Math.sqrt(ss / f.size()), v.rmse(), 1e-12);
    }

    @Test
    void aWrongModelGivesAClearlyLargerResidual() throws InterruptedException {
        NasaRecord r = NasaCsv.read(shipped());
        ModelSetup right = validationSetup(r, CELL.capacityAh());
        List<ReplayFrame> good = replay(r, right);
        List<ReplayFrame> smallCell = replay(r, right.withCapacityScale(0.8 * right.capacityScale()));
        List<ReplayFrame> resistive = replay(r, right.withResistanceScale(2 * right.resistanceScale()));
        assertTrue(loadedVoltageRmse(smallCell) > 10 * loadedVoltageRmse(good), "capacity x0.8: "
                + loadedVoltageRmse(smallCell) + " V against " + loadedVoltageRmse(good) + " V");
        assertTrue(loadedVoltageRmse(resistive) > 5 * loadedVoltageRmse(good), "resistance x2: "
                + loadedVoltageRmse(resistive) + " V against " + loadedVoltageRmse(good) + " V");
        assertTrue(temperatureRmse(resistive) > 2 * temperatureRmse(good), "resistance x2 heats more: "
                + temperatureRmse(resistive) + " K against " + temperatureRmse(good) + " K");
    }

    /**
     * Without a given SoC the start comes from the first (rested) voltage through the OCV table: 4.1898 V after the
     * CC-CV charge and rest reads as SoC 0.982, not the protocol's 1, because the fitted NASA OCV's top is the end of
     * the CV charge (4.2 V at 20 mA), not a relaxed voltage (docs/validation.md, "NASA B0005"). The shortfall
     * (0.018 × 1.86 Ah ≈ 120 s at 2 A) moves the model's knee early; the residual shows it.
     */
    @Test
    void initialSocFromTheRestVoltage() throws InterruptedException {
        NasaRecord r = NasaCsv.read(shipped());
        List<ReplayFrame> f = replay(r, Recordings.nasaCell());
        double expected = InitialSoc.fromVoltage(CELL.ecm(), r.series().voltageV()[0], r.series().currentA()[0],
                r.series().temperatureC()[0]);
        // the first sample's 21 uA flow for 1 s before it (ModelAlongside.FIRST_LOADED_STEP_S): 3e-9 of capacity
        assertEquals(expected, f.get(0).model().cellSoc()[0], 1e-8);
        assertEquals(0.982, expected, 0.002);
        // the OCV there is the measured voltage plus I·R0 (2 uV at the first sample's 21 uA)
        assertEquals(r.series().voltageV()[0] + r.series().currentA()[0] * CELL.ecm().r0(expected,
                r.series().temperatureC()[0]), CELL.ecm().ocv(expected, r.series().temperatureC()[0]), 1e-9);
    }

    @Test
    void theShippedFileIsTheSharedRecord() {
        Path raw = SharedData.rawRoot().resolve(NasaCellFit.DATASET).resolve("data/discharge_data/B0005");
        NasaRecord shared = NasaCsv.read(raw.resolve(FILE));
        NasaRecord ours = NasaCsv.read(shipped());
        assertArrayEquals(shared.series().timeS(), ours.series().timeS(), 0.0);
        assertArrayEquals(shared.series().currentA(), ours.series().currentA(), 0.0);
        assertArrayEquals(shared.series().voltageV(), ours.series().voltageV(), 0.0);
        assertArrayEquals(shared.series().temperatureC(), ours.series().temperatureC(), 0.0);
    }

    /** Other cells' first discharges (shared data): table values 17.9 mV / 0.71 K and 12.7 mV / 0.92 K. */
    @ParameterizedTest
    @CsvSource({"B0006, 0.0179, 0.71", "B0007, 0.0127, 0.92"})
    void otherCellsFirstDischargeReproducesTheValidation(String cell, double tableV, double tableK)
            throws InterruptedException {
        Path dir = SharedData.rawRoot().resolve(NasaCellFit.DATASET).resolve("data/discharge_data").resolve(cell);
        NasaRecord r = NasaCsv.read(NasaCsv.dischargeFile(dir, 1));
        List<ReplayFrame> f = replay(r, validationSetup(r, r.capacityAh()));
        assertEquals(tableV, loadedVoltageRmse(f), MARGIN_V, cell + " voltage RMSE [V]");
        assertEquals(tableK, temperatureRmse(f), MARGIN_K, cell + " temperature RMSE [K]");
    }
}
