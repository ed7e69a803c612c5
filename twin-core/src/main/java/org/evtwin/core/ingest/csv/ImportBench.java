package org.evtwin.core.ingest.csv;

import com.fasterxml.jackson.core.io.NumberInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.Simulator;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Import speed: writes a 10-column numeric telemetry CSV (time + 9 signals of the Leaf pack simulated through US06 at
 * 0.1 s, repeated with the time running on), imports it through {@link CsvImporter} and reports rows per second; also
 * times the two double parsers on the same number texts. A measurement, not a test:
 * {@code java -cp <classpath> org.evtwin.core.ingest.csv.ImportBench [rows] [runs] [decimals|full] [dir]}.
 */
public final class ImportBench {
    static final String HEADER = "time_s,pack_current_a,pack_voltage_v,pack_power_w,pack_soc,min_cell_voltage_v,"
            + "max_cell_voltage_v,max_temperature_c,cell_0_voltage_v,cell_0_temperature_c";

    /**
     * One import's figures. The CPU time of the importing thread is reported beside the wall-clock time because our
     * machines are shared: under load the wall clock measures the neighbours, the CPU time the importer.
     */
    public record Run(long rows, long bytes, double seconds, double cpuSeconds) {
        public double rowsPerSecond() {
            return rows / seconds;
        }

        public double rowsPerCpuSecond() {
            return rows / cpuSeconds;
        }

        public double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    private ImportBench() {
    }

    /** The frames of one US06 drive of the built-in Leaf pack at 0.1 s. */
    static List<PackFrame> us06Frames() {
        List<PackFrame> frames = new ArrayList<>();
        PackModel model = new PackModel(Catalog.pack(Catalog.DEFAULT_PACK), 25.0, 0.9);
        new Simulator(model, SimulationSettings.defaults().withStep(0.1).withOutputInterval(0.1),
                new DriveCycleLibrary()).run(Experiment.parse("Run US06"), frames::add,
                Simulator.ProgressListener.none(), () -> false);
        return frames;
    }

    /** Writes {@code rows} rows; {@code decimals} < 0 writes full precision ({@link Double#toString}). */
    public static void generate(Path file, long rows, int decimals) throws IOException {
        List<PackFrame> frames = us06Frames();
        double period = frames.get(frames.size() - 1).timeS() + 0.1;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder b = new StringBuilder(256);
            for (long r = 0; r < rows; r++) {
                PackFrame f = frames.get((int) (r % frames.size()));
                double[] v = {(r / frames.size()) * period + f.timeS(), f.packCurrentA(), f.packVoltageV(),
                    f.packPowerW(), f.packSoc(), f.minCellVoltageV(), f.maxCellVoltageV(), f.maxTemperatureC(),
                    f.cellVoltageV()[0], f.cellTemperatureC()[0]};
                b.setLength(0);
                for (int k = 0; k < v.length; k++) {
                    if (k > 0) {
                        b.append(',');
                    }
                    fixed(b, v[k], k == 0 ? Math.max(decimals, 1) : decimals);
                }
                w.append(b).append('\n');
            }
        }
    }

    private static void fixed(StringBuilder b, double v, int decimals) {
        if (decimals < 0) {
            b.append(v);
            return;
        }
        long scale = (long) Math.pow(10, decimals);
        long n = Math.round(Math.abs(v) * scale);
        if (v < 0 && n != 0) {
            b.append('-');
        }
        b.append(n / scale);
        if (decimals > 0) {
            String frac = Long.toString(n % scale);
            b.append('.').append("0".repeat(decimals - frac.length())).append(frac);
        }
    }

    /** Imports the file once (format detected) and returns the figures. */
    public static Run importOnce(Path file) throws IOException {
        ColumnMapping m = KnownFormats.detect(file).mapping();
        double[] sink = new double[1];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportSummary s = CsvImporter.run(file, m, b -> sink[0] += b.value(b.size() - 1, 1));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
        if (Double.isNaN(sink[0])) {
            throw new IllegalStateException("checksum");
        }
        return new Run(s.rowsAccepted(), Files.size(file), seconds, cpu);
    }

    /**
     * The peer on the same machine and file: H2's own CSV reader ({@code org.h2.tools.Csv}, what {@code CSVREAD}
     * uses), reading the same 10 columns as doubles (no validation, no units).
     */
    public static Run h2Peer(Path file) throws IOException {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long rows = 0;
        double sum = 0;
        try (java.sql.ResultSet rs = new org.h2.tools.Csv().read(file.toString(), null, "UTF-8")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int k = 1; k <= n; k++) {
                    sum += rs.getDouble(k);
                }
                rows++;
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("H2 CSV read failed: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
        if (Double.isNaN(sum)) {
            throw new IllegalStateException("checksum");
        }
        return new Run(rows, Files.size(file), seconds, cpu);
    }

    /** CPU nanoseconds per number for Double.parseDouble(String) and Jackson's FastDoubleParser on char[]. */
    static double[] parsers(List<PackFrame> frames, int numbers) {
        String[] texts = new String[numbers];
        char[][] chars = new char[numbers][];
        for (int i = 0; i < numbers; i++) {
            PackFrame f = frames.get(i % frames.size());
            texts[i] = Double.toString(i % 3 == 0 ? f.packVoltageV() : i % 3 == 1 ? f.packCurrentA() : f.packSoc());
            chars[i] = texts[i].toCharArray();
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double best1 = Double.MAX_VALUE;
        double best2 = Double.MAX_VALUE;
        double sum = 0;
        for (int rep = 0; rep < 7; rep++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (String t : texts) {
                sum += Double.parseDouble(t);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (char[] c : chars) {
                sum += NumberInput.parseDouble(c, 0, c.length, true);
            }
            long t2 = mx.getCurrentThreadCpuTime();
            best1 = Math.min(best1, (t1 - t0) / (double) numbers);
            best2 = Math.min(best2, (t2 - t1) / (double) numbers);
        }
        return new double[] {best1, best2, sum};
    }

    /**
     * {@code [rows] [runs] [decimals|full] [dir] [keep]}: generate, import {@code runs} times, delete unless
     * {@code keep}; or {@code <file.csv> [runs]}: import an existing file only (for a heap-limited run on a big file).
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        boolean existing = args.length > 0 && args[0].endsWith(".csv");
        long rows = args.length > 0 && !existing ? Long.parseLong(args[0]) : 2_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int decimals = args.length > 2 && !args[2].equals("full") ? Integer.parseInt(args[2]) : -1;
        Path file;
        if (existing) {
            file = Path.of(args[0]);
        } else {
            Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("import-bench");
            file = dir.resolve("bench-" + rows + "-" + (decimals < 0 ? "full" : decimals) + ".csv");
            generate(file, rows, decimals);
            out.printf("file %s: %,d rows x 10 columns, %,d bytes (%s)%n", file, rows, Files.size(file),
                    decimals < 0 ? "full precision" : decimals + " decimals");
        }
        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        for (int i = 0; i < runs; i++) {
            Run r = importOnce(file);
            rates[i] = r.rowsPerSecond();
            cpuRates[i] = r.rowsPerCpuSecond();
            out.printf("run %d: %,.0f rows/s wall (%.0f MB/s, %.2f s), %,.0f rows per CPU second (%.2f s)%n", i + 1,
                    r.rowsPerSecond(), r.megabytesPerSecond(), r.seconds(), r.rowsPerCpuSecond(), r.cpuSeconds());
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        if (runs > 0) {
            out.printf("median of %d runs: %,.0f rows/s wall, %,.0f rows per CPU second (heap max %d MB, %s %s)%n",
                    runs, rates[runs / 2], cpuRates[runs / 2], Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
        }
        if (existing) {
            return;
        }
        for (int i = 0; i < Math.min(runs, 3); i++) {
            Run h2 = h2Peer(file);
            out.printf("peer, H2 Csv.read of the same file: %,.0f rows/s wall, %,.0f rows per CPU second%n",
                    h2.rowsPerSecond(), h2.rowsPerCpuSecond());
        }
        double[] p = parsers(us06Frames(), 500_000);
        out.printf("double parsing, best of 7 over 500k numbers: Double.parseDouble %.1f ns, FastDoubleParser (Jackson) "
                + "%.1f ns CPU time per number%n", p[0], p[1]);
        if (args.length <= 4 || !args[4].equals("keep")) {
            Files.delete(file);
        }
    }
}
