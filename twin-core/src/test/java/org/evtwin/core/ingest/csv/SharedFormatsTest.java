package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.evtwin.core.fit.SharedData;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.Signal;
import org.junit.jupiter.api.Test;

/**
 * The known formats on the real files in {@code ../shared/data/raw} (skipped without them): detected format, row
 * counts (data lines of the file) and values in core units, checked against the file's text and its SOURCE.txt.
 */
class SharedFormatsTest {
    private static final Channel CURRENT = Channel.pack(Signal.PACK_CURRENT_A);
    private static final Channel VOLTAGE = Channel.cell(Signal.CELL_VOLTAGE_V, 0);
    private static final Channel TEMPERATURE = Channel.cell(Signal.CELL_TEMPERATURE_C, 0);

    private static Harness imported(Path file, String format) {
        FormatDetection d = KnownFormats.detect(file);
        assertEquals(format, d.format(), d.message());
        Harness h = Harness.run(file, d.mapping(), ImportPolicy.stopAtFirstError());
        assertNull(h.failure, h.failureMessage());
        return h;
    }

    private static double value(Harness h, Channel c, int row) {
        return h.column(h.summary.channels().indexOf(c))[row];
    }

    @Test
    void nasaDischargeAndCharge() {
        Path data = SharedData.rawRoot().resolve("nasa_pcoe_li_ion_aging_B0005_B0006_B0007/data");
        Harness d = imported(data.resolve("discharge_data/B0005/dis_1_cap_1.8564874208181574.csv"),
                KnownFormats.NASA_DISCHARGE);
        // SOURCE.txt: discharge #1 of B0005 has 197 samples, t = 0 … 3690.234 s
        assertEquals(197, d.summary.rowsAccepted());
        assertEquals(3690.234, d.summary.lastTimeS());
        assertEquals(4.191491807505295, value(d, VOLTAGE, 0));
        assertEquals(0.004901589207462691, value(d, CURRENT, 0), "NASA's negative discharge current is negated");
        assertEquals(2.0125283240860368, value(d, CURRENT, 2));
        assertEquals(24.330033885570543, value(d, TEMPERATURE, 0));
        Harness c = imported(data.resolve("charge_data/B0005/charge_1.csv"), KnownFormats.NASA_CHARGE);
        assertEquals(789, c.summary.rowsAccepted());
        assertEquals(4.030268477538787, value(c, CURRENT, 1), "the rig's -4 A start transient, sign flipped");
    }

    @Test
    void everyNasaAndOrnlFileImportsWithoutReject() throws IOException {
        Path raw = SharedData.rawRoot();
        List<Path> files;
        try (Stream<Path> s = Stream.concat(
                Files.walk(raw.resolve("nasa_pcoe_li_ion_aging_B0005_B0006_B0007/data/discharge_data")),
                Stream.concat(Files.walk(raw.resolve("nasa_pcoe_li_ion_aging_B0005_B0006_B0007/data/charge_data")),
                        Files.list(raw.resolve("ornl_nissan_leaf_2013_cell/data"))))) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(504 + 4 + 7, files.size());
        long rows = 0;
        for (Path f : files) {
            FormatDetection d = KnownFormats.detect(f);
            assertTrue(d.known(), d.message());
            Harness h = Harness.run(f, d.mapping(), ImportPolicy.stopAtFirstError());
            assertNull(h.failure, h.failureMessage());
            assertEquals(dataLines(f), h.summary.rowsAccepted(), f.toString());
            rows += h.summary.rowsAccepted();
        }
        assertTrue(rows > 200_000, "rows " + rows);
    }

    /** Non-blank lines that start with a digit or with the Bitrode's No/Yes flag: the file's data lines. */
    private static long dataLines(Path f) throws IOException {
        try (Stream<String> lines = Files.lines(f, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.matches("^(No|Yes|-?[0-9.]).*")).count();
        }
    }

    @Test
    void nasaConvertedTimeSeriesUsesStartTimePlusSeconds() {
        Path f = SharedData.rawRoot().resolve(
                "nasa_pcoe_li_ion_aging_B0025_B0029_B0047/converted/B0025_discharge_timeseries.csv");
        Harness h = imported(f, KnownFormats.NASA_CONVERTED);
        assertEquals(16_338, h.summary.rowsAccepted());
        assertEquals(Instant.parse("2009-02-13T23:12:28.078Z"), h.summary.epoch());
        assertEquals(19.547, h.times()[2], 1e-9);
        assertEquals(3.72847, value(h, VOLTAGE, 2));
        assertEquals(4.02504, value(h, CURRENT, 2), "the 4 A square-wave pulse, positive = discharge");
        assertEquals(24.0, value(h, Channel.pack(Signal.AMBIENT_TEMPERATURE_C), 2));
    }

    @Test
    void ornlBitrodeWithAndWithoutHeader() {
        Path data = SharedData.rawRoot().resolve("ornl_nissan_leaf_2013_cell/data");
        Harness two = imported(data.resolve("2C-Discharge-Bitrode-data.csv"), KnownFormats.BITRODE);
        assertEquals(2507, two.summary.rowsAccepted());
        assertEquals("ISO-8859-1", two.summary.encoding());
        assertEquals(61.2, value(two, CURRENT, 0), "2C of the 30.6 Ah cell, Bitrode's charge-positive sign flipped");
        assertEquals(4.062, value(two, VOLTAGE, 0));
        assertEquals(248.4, value(two, Channel.pack(Signal.PACK_POWER_W), 0));
        Harness cyc = imported(data.resolve("NissanLeaf-cell-Cycling-10C-24C-40C.csv"), KnownFormats.BITRODE);
        assertEquals(22_596, cyc.summary.rowsAccepted());
        assertEquals(-2.17, value(cyc, CURRENT, 0), "C/15 charge");
        assertEquals(4.183, value(cyc, VOLTAGE, 0));
        assertEquals(1238588.7, cyc.summary.lastTimeS());
    }

    @Test
    void pybammDriveCycles() {
        Path dir = SharedData.rawRoot().resolve("pybamm_drive_cycles/pybamm/input/drive_cycles");
        Harness us06 = imported(dir.resolve("US06.csv"), KnownFormats.PYBAMM);
        assertEquals(601, us06.summary.rowsAccepted());
        assertEquals(600.0, us06.summary.lastTimeS());
        assertEquals(0.012859, us06.column(0)[0]);
        Harness wltc = imported(dir.resolve("WLTC.csv"), KnownFormats.PYBAMM);
        assertEquals(List.of(Channel.pack(Signal.PACK_POWER_W)), wltc.summary.channels());
        assertEquals(18_001, wltc.summary.rowsAccepted());
        assertEquals(0.511, wltc.column(0)[0], 1e-12, "0.000511 kW");
        double max = Arrays.stream(wltc.column(0)).max().orElseThrow();
        // the file's largest value is 43.249505 kW at 1567 s (SOURCE.txt's "max ~10.0 kW" does not match the file)
        assertEquals(43_249.505, max, 1e-9);
        Harness car = imported(dir.resolve("car_current.csv"), KnownFormats.PYBAMM);
        assertEquals(14, car.summary.rowsAccepted());
        assertEquals(-0.5, car.column(0)[2]);
        assertEquals(50.001, car.times()[2]);
        assertEquals(1370, imported(dir.resolve("UDDS.csv"), KnownFormats.PYBAMM).summary.rowsAccepted());
    }

    @Test
    void fastsimSpeedSchedules() {
        Path dir = SharedData.rawRoot().resolve("fastsim_drive_cycle_speed_profiles/python/fastsim/resources/cycles");
        Harness hwfet = imported(dir.resolve("hwfet.csv"), KnownFormats.FASTSIM);
        assertEquals(766, hwfet.summary.rowsAccepted());
        assertEquals(26.78, Arrays.stream(hwfet.column(0)).max().orElseThrow(), 0.005, "SOURCE.txt: 59.9 mph");
        Harness wltc = imported(dir.resolve("wltc_3b.csv"), KnownFormats.FASTSIM);
        assertTrue(wltc.summary.bom(), "wltc_3b.csv starts with a UTF-8 BOM");
        assertEquals(1801, wltc.summary.rowsAccepted());
        assertEquals(36.47, Arrays.stream(wltc.column(0)).max().orElseThrow(), 0.005, "SOURCE.txt: 131.3 km/h");
    }

    @Test
    void unknownFilesGetAMessageAndASuggestionWhereObvious() {
        Path raw = SharedData.rawRoot();
        FormatDetection summary = KnownFormats.detect(raw.resolve("nasa_pcoe_li_ion_aging_B0005_B0006_B0007/data/"
                + "B0005.csv"));
        assertEquals("B0005.csv: no known format; supply a mapping (a suggestion from the header names is "
                + "attached: check its units and channels)", summary.message());
        ColumnMapping s = summary.mapping();
        assertNotNull(s);
        assertEquals(TimeSpec.seconds("time"), s.time());
        assertEquals(List.of("voltage", "temperature"), s.columns().stream().map(ColumnSpec::source).toList());
        FormatDetection lvm = KnownFormats.detect(raw.resolve("ornl_nissan_leaf_2013_cell/data/"
                + "Temperature-1C-discharge.lvm"));
        assertEquals("Temperature-1C-discharge.lvm: no known format; supply a mapping (no time column recognised "
                + "in the header)", lvm.message());
        assertNull(lvm.mapping());
    }
}
