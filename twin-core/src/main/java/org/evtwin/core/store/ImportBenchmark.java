package org.evtwin.core.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Random;
import org.evtwin.core.TwinException;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.CsvImporter;
import org.evtwin.core.ingest.csv.FormatDetection;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.ingest.csv.ProgressListener;
import org.evtwin.core.ingest.csv.RejectConsumer;

/**
 * The import benchmark ({@code twin bench import}): a generated 10-column numeric telemetry CSV (time and nine
 * signals of a drive-like record) is (1) only parsed, (2) imported by us into a fresh store (parse, blocks, tiers,
 * commit), (3) loaded by H2's own {@code CSVREAD} into a plain table with one typed row per sample — the table
 * {@code CSVREAD} can fill (it cannot produce our encoded blocks) — and (4) our parsed rows inserted by JDBC batches
 * into that same plain table. Rates are rows per second of wall time.
 */
public final class ImportBenchmark {
    static final String[] COLUMNS = {"time_s", "pack_current_a", "pack_voltage_v", "pack_power_w", "pack_soc",
        "ambient_temperature_c", "charge_throughput_c", "vehicle_speed_m_s", "cell_0_voltage_v",
        "cell_0_temperature_c"};

    static final int PARSE_WARMUP = 1;
    static final int PARSE_RUNS = 3;

    private ImportBenchmark() {
    }

    /**
     * Wall-clock and CPU seconds of each phase. CPU time is the calling thread's (embedded H2 executes statements on
     * the caller's thread; its background store writer is not counted): on a shared, loaded machine it tells what
     * one free core would do.
     */
    public record Result(long rows, long fileBytes, Phase parse, Phase ourImport, Phase csvread, Phase jdbcRowTable) {
        public double ratioToCsvread() {
            return ourImport.rowsPerS() / csvread.rowsPerS();
        }

        public double cpuRatioToCsvread() {
            return ourImport.rowsPerCpuS() / csvread.rowsPerCpuS();
        }
    }

    /** One measured phase. */
    public record Phase(long rows, double wallS, double cpuS) {
        public double rowsPerS() {
            return rows / wallS;
        }

        public double rowsPerCpuS() {
            return rows / cpuS;
        }

        static Phase since(long rows, long wall0, long cpu0) {
            return new Phase(rows, (System.nanoTime() - wall0) / 1e9,
                    (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9);
        }
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static Result run(Path workDir, long rows) throws IOException {
        Path csv = workDir.resolve("bench-import.csv");
        generate(csv, rows, 7);
        FormatDetection d = KnownFormats.detect(csv);
        ColumnMapping m = d.mapping();
        Phase parse = parseOnly(csv, m);
        long t0;
        long c0;
        DatabaseLocation db = DatabaseLocation.embeddedFile(workDir.resolve("bench-db"));
        try (JdbcDataSetStore store = JdbcDataSetStore.open(db)) {
            t0 = System.nanoTime();
            c0 = cpu();
            CsvFileImport.run(store, csv, m, d.format(), "bench", ImportPolicy.stopAtFirstError(),
                    ProgressListener.none(), Cancellation.never());
            Phase ours = Phase.since(rows, t0, c0);
            try (Connection c = store.connection()) {
                createRowTable(c);
                t0 = System.nanoTime();
                c0 = cpu();
                csvread(c, csv);
                Phase h2 = Phase.since(rows, t0, c0);
                clearRowTable(c);
                t0 = System.nanoTime();
                c0 = cpu();
                jdbcRows(c, csv, m);
                Phase jdbc = Phase.since(rows, t0, c0);
                clearRowTable(c);
                return new Result(rows, Files.size(csv), parse, ours, h2, jdbc);
            }
        } catch (SQLException e) {
            throw new TwinException("benchmark database failed: " + e.getMessage(), e);
        }
    }

    /**
     * Parse only, after {@value #PARSE_WARMUP} warm-up passes (the JIT compiles the parser; the file is in the page
     * cache), the median of {@value #PARSE_RUNS} measured passes by wall time.
     */
    static Phase parseOnly(Path csv, ColumnMapping m) throws IOException {
        Phase[] runs = new Phase[PARSE_RUNS];
        for (int i = -PARSE_WARMUP; i < PARSE_RUNS; i++) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            long[] parsed = {0};
            CsvImporter.run(csv, m, ImportPolicy.stopAtFirstError(), b -> parsed[0] += b.size(),
                    RejectConsumer.ignore(), ProgressListener.none(), Cancellation.never());
            if (i >= 0) {
                runs[i] = Phase.since(parsed[0], t0, c0);
            }
        }
        java.util.Arrays.sort(runs, java.util.Comparator.comparingDouble(Phase::wallS));
        return runs[PARSE_RUNS / 2];
    }

    /** A drive-like record at 10 Hz with noise: values in their physical ranges, ~17 significant digits each. */
    static void generate(Path file, long rows, long seed) throws IOException {
        Random r = new Random(seed);
        double charge = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS));
            w.write('\n');
            StringBuilder b = new StringBuilder(256);
            for (long i = 0; i < rows; i++) {
                double t = i * 0.1;
                double current = 120 * Math.sin(t * 0.01) + 20 * r.nextGaussian();
                double voltage = 360 - 0.05 * current + r.nextGaussian();
                charge += current * 0.1;
                b.setLength(0);
                b.append(t).append(',').append(current).append(',').append(voltage).append(',')
                        .append(current * voltage).append(',').append(0.8 - charge / 2.6e5).append(',')
                        .append(25 + r.nextGaussian()).append(',').append(charge).append(',')
                        .append(Math.abs(30 * Math.sin(t * 0.003))).append(',').append(voltage / 96).append(',')
                        .append(30 + 0.01 * current + r.nextGaussian()).append('\n');
                w.write(b.toString());
            }
        }
    }

    private static void createRowTable(Connection c) throws SQLException {
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS bench_sample_row (dataset_id BIGINT NOT NULL");
        for (String col : COLUMNS) {
            sql.append(", ").append(col).append(" DOUBLE PRECISION").append(col.equals("time_s") ? " NOT NULL" : "");
        }
        sql.append(", PRIMARY KEY (dataset_id, time_s))");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.execute();
        }
    }

    private static void clearRowTable(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DROP TABLE bench_sample_row")) {
            ps.execute();
        }
        createRowTable(c);
    }

    /** H2's own loader. The file name is part of the statement text because CSVREAD needs it when preparing. */
    private static void csvread(Connection c, Path csv) throws SQLException {
        StringBuilder select = new StringBuilder();
        for (String col : COLUMNS) {
            select.append(", CAST(").append(col).append(" AS DOUBLE PRECISION)");
        }
        String file = csv.toAbsolutePath().toString().replace("'", "''");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_sample_row SELECT ?" + select
                + " FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')")) {
            ps.setLong(1, 1);
            ps.executeUpdate();
        }
    }

    /** Our parser, then a batched prepared INSERT of one row per sample into the same plain table. */
    private static void jdbcRows(Connection c, Path csv, ColumnMapping m) throws SQLException {
        c.setAutoCommit(false);
        String marks = String.join(", ", java.util.Collections.nCopies(COLUMNS.length + 1, "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_sample_row VALUES (" + marks + ")")) {
            CsvImporter.run(csv, m, ImportPolicy.stopAtFirstError(), b -> {
                try {
                    for (int r = 0; r < b.size(); r++) {
                        ps.setLong(1, 1);
                        ps.setDouble(2, b.timeS(r));
                        for (int k = 0; k < b.channels().size(); k++) {
                            ps.setDouble(3 + k, b.value(r, k));
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                } catch (SQLException e) {
                    throw new TwinException("row insert failed: " + e.getMessage(), e);
                }
            }, RejectConsumer.ignore(), ProgressListener.none(), Cancellation.never());
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** Lines for the console: rows/s of wall time, then per CPU second of the calling thread. */
    public static String describe(Result r) {
        return String.format(Locale.ROOT, "%,d rows, %,d bytes, 10 numeric columns%n", r.rows(), r.fileBytes())
                + line("parse only (median of " + PARSE_RUNS + " after " + PARSE_WARMUP + " warm-up)", r.parse()) + line("our import (parse, blocks, tiers, commit)", r.ourImport())
                + line("H2 CSVREAD into a row-per-sample table", r.csvread())
                + line("our parser + JDBC batches into that table", r.jdbcRowTable())
                + String.format(Locale.ROOT, "ours / CSVREAD: %.1fx wall clock, %.1fx per CPU second%n",
                        r.ratioToCsvread(), r.cpuRatioToCsvread());
    }

    private static String line(String what, Phase p) {
        return String.format(Locale.ROOT, "  %-42s %,12.0f rows/s  (%.2f s)   %,12.0f rows/CPU-s  (%.2f s CPU)%n",
                what, p.rowsPerS(), p.wallS(), p.rowsPerCpuS(), p.cpuS());
    }
}
