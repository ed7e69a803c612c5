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

    private ImportBenchmark() {
    }

    /** Rates in rows per second, and the seconds each took. */
    public record Result(long rows, long fileBytes, double parseRowsPerS, double importRowsPerS,
            double csvreadRowsPerS, double jdbcRowTableRowsPerS, double parseS, double importS, double csvreadS,
            double jdbcRowTableS) {
        public double ratioToCsvread() {
            return importRowsPerS / csvreadRowsPerS;
        }
    }

    public static Result run(Path workDir, long rows) throws IOException {
        Path csv = workDir.resolve("bench-import.csv");
        generate(csv, rows, 7);
        FormatDetection d = KnownFormats.detect(csv);
        ColumnMapping m = d.mapping();
        long t0 = System.nanoTime();
        long[] parsed = {0};
        CsvImporter.run(csv, m, ImportPolicy.stopAtFirstError(), b -> parsed[0] += b.size(), RejectConsumer.ignore(),
                ProgressListener.none(), Cancellation.never());
        double parseS = seconds(t0);
        DatabaseLocation db = DatabaseLocation.embeddedFile(workDir.resolve("bench-db"));
        try (JdbcDataSetStore store = JdbcDataSetStore.open(db)) {
            t0 = System.nanoTime();
            CsvFileImport.run(store, csv, m, d.format(), "bench", ImportPolicy.stopAtFirstError(),
                    ProgressListener.none(), Cancellation.never());
            double importS = seconds(t0);
            try (Connection c = store.connection()) {
                createRowTable(c);
                t0 = System.nanoTime();
                csvread(c, csv);
                double csvreadS = seconds(t0);
                clearRowTable(c);
                t0 = System.nanoTime();
                jdbcRows(c, csv, m);
                double jdbcS = seconds(t0);
                clearRowTable(c);
                return new Result(rows, Files.size(csv), parsed[0] / parseS, rows / importS, rows / csvreadS,
                        rows / jdbcS, parseS, importS, csvreadS, jdbcS);
            }
        } catch (SQLException e) {
            throw new TwinException("benchmark database failed: " + e.getMessage(), e);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
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

    /** One line for the console. */
    public static String describe(Result r) {
        return String.format(Locale.ROOT, "%,d rows (%,d bytes, 10 numeric columns): parse only %,.0f rows/s (%.2f s);"
                + " our import (parse + store + tiers + commit) %,.0f rows/s (%.2f s); H2 CSVREAD into a row table"
                + " %,.0f rows/s (%.2f s); ours / CSVREAD = %.1fx; our parser + JDBC batches into that row table"
                + " %,.0f rows/s (%.2f s)", r.rows(), r.fileBytes(), r.parseRowsPerS(), r.parseS(),
                r.importRowsPerS(), r.importS(), r.csvreadRowsPerS(), r.csvreadS(), r.ratioToCsvread(),
                r.jdbcRowTableRowsPerS(), r.jdbcRowTableS());
    }
}
