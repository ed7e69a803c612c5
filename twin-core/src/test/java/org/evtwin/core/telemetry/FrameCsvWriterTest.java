package org.evtwin.core.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telemetry CSV: units in the header, exact number round trip, and the .part file protocol. */
class FrameCsvWriterTest {
    /** Unit suffixes the header may use; "soc", "soh" and "limit" are dimensionless by name. */
    private static final Pattern WITH_UNIT = Pattern.compile(".*_(s|a|v|w|c)$|.*_(soc|soh)$|^limit$|^pack_soc$");

    /** Doubles that a lossy formatter would change: no short decimal form, extremes, signed zero. */
    private static PackFrame awkward(double time, int cells) {
        double[] v = new double[cells];
        double[] i = new double[cells];
        double[] t = new double[cells];
        double[] z = new double[cells];
        double[] h = new double[cells];
        for (int c = 0; c < cells; c++) {
            v[c] = 3.0 + Math.PI / (7 + c);
            i[c] = c % 2 == 0 ? -1.0 / 3.0 : 1e-300 * (c + 1);
            t[c] = 25.0 + 0.1 + 0.2 + c * Math.ulp(25.0);
            z[c] = c == 0 ? Double.MIN_VALUE : 1.0 - Math.ulp(1.0) * c;
            h[c] = c == 1 ? -0.0 : 0.999_999_999_999_9;
        }
        return new PackFrame(time, Math.E * 10, 96 * 3.7 + 1e-9, 0.123456789012345678, "CELL_VOLTAGE_MIN", v, i, t,
                z, h);
    }

    private static List<Double> expectedRow(PackFrame f, boolean perCell) {
        List<Double> out = new ArrayList<>(List.of(f.timeS(), f.packCurrentA(), f.packVoltageV(), f.packPowerW(),
                f.packSoc(), f.minCellVoltageV(), f.maxCellVoltageV(), f.maxTemperatureC()));
        if (perCell) {
            for (int c = 0; c < f.cellCount(); c++) {
                out.addAll(List.of(f.cellVoltageV()[c], f.cellCurrentA()[c], f.cellTemperatureC()[c], f.cellSoc()[c],
                        f.cellSoh()[c]));
            }
        }
        return out;
    }

    @Test
    void headerNamesEveryColumnWithItsUnit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("frames.csv");
        try (FrameCsvWriter w = new FrameCsvWriter(file, true)) {
            w.accept(awkward(0.0, 2));
        }
        String header = Files.readAllLines(file).get(0);
        assertEquals("time_s,pack_current_a,pack_voltage_v,pack_power_w,pack_soc,min_cell_voltage_v,"
                + "max_cell_voltage_v,max_temperature_c,limit,"
                + "cell_0_voltage_v,cell_0_current_a,cell_0_temperature_c,cell_0_soc,cell_0_soh,"
                + "cell_1_voltage_v,cell_1_current_a,cell_1_temperature_c,cell_1_soc,cell_1_soh", header);
        for (String column : header.split(",")) {
            assertTrue(WITH_UNIT.matcher(column).matches(), "unit in column name: " + column);
        }
    }

    @Test
    void everyValueReadsBackAsTheSameDouble(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("frames.csv");
        List<PackFrame> frames = List.of(awkward(0.0, 3), awkward(0.1 + 0.2, 3), awkward(1e7 / 3, 3));
        try (FrameCsvWriter w = new FrameCsvWriter(file, true)) {
            frames.forEach(w::accept);
            assertEquals(3, w.rows());
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(1 + frames.size(), lines.size());
        for (int r = 0; r < frames.size(); r++) {
            String[] cells = lines.get(r + 1).split(",", -1);
            List<Double> expected = expectedRow(frames.get(r), true);
            assertEquals(expected.size() + 1, cells.length, "all columns plus the limit");
            assertEquals("CELL_VOLTAGE_MIN", cells[8]);
            for (int k = 0, col = 0; k < expected.size(); k++, col++) {
                if (col == 8) {
                    col++;
                }
                double back = Double.parseDouble(cells[col]);
                assertEquals(Double.doubleToRawLongBits(expected.get(k)), Double.doubleToRawLongBits(back),
                        "row " + r + ", column " + col + ": " + cells[col] + " vs " + expected.get(k));
            }
        }
    }

    @Test
    void packOnlyFilesHaveThePackColumns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pack.csv");
        try (FrameCsvWriter w = new FrameCsvWriter(file, false)) {
            w.accept(awkward(0.0, 5));
            w.accept(awkward(1.0, 5));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(String.join(",", FrameCsvWriter.PACK_COLUMNS), lines.get(0));
        assertEquals(FrameCsvWriter.PACK_COLUMNS.length, lines.get(2).split(",").length);
        assertEquals(1.0, Double.parseDouble(lines.get(2).split(",")[0]), 0.0);
    }

    @Test
    void dataGoesToAPartFileUntilClose(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/run.csv");
        Path part = dir.resolve("out/run.csv.part");
        FrameCsvWriter w = new FrameCsvWriter(file, true);
        w.accept(awkward(0.0, 2));
        assertTrue(Files.exists(part), "writing into the .part file");
        assertFalse(Files.exists(file), "nothing under the final name yet");
        w.close();
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(part), ".part renamed");
        assertEquals(2, Files.readAllLines(file).size());
    }

    @Test
    void abortLeavesNoFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.csv");
        FrameCsvWriter w = new FrameCsvWriter(file, true);
        w.accept(awkward(0.0, 2));
        w.accept(awkward(1.0, 2));
        w.abort();
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(), listing.toList(), "neither the file nor its .part remain");
        }
    }

    @Test
    void closeReplacesAnOlderFileOfTheSameName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.csv");
        Files.writeString(file, "old\n");
        try (FrameCsvWriter w = new FrameCsvWriter(file, false)) {
            w.accept(awkward(2.5, 1));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("2.5,"), lines.get(1));
    }
}
