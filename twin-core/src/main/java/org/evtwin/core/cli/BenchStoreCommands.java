package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.evtwin.core.TwinException;
import org.evtwin.core.store.HistoryBenchmark;
import org.evtwin.core.store.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code twin bench import} and {@code twin bench history}: store speed, figures only (temporary files removed). */
final class BenchStoreCommands {
    private BenchStoreCommands() {
    }

    static Path workDir(Path dir) throws IOException {
        StoreAccess.quietMigrations();
        Files.createDirectories(dir);
        return Files.createTempDirectory(dir, "evtwin-bench-");
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new TwinException(dir + ": cannot remove benchmark files (" + e.getMessage() + ")", e);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Generates a 10-column numeric CSV and"
            + " measures parse-only, our import and H2's CSVREAD rows/s.")
    static final class Import extends JsonCommand implements Callable<Integer> {
        @Option(names = "--rows", defaultValue = "2000000", description = "Rows to generate (default ${DEFAULT-VALUE}).")
        long rows;

        @Option(names = "--dir", defaultValue = "${java.io.tmpdir}", description = "Where the temporary files go.")
        Path dir;

        @Override
        public Integer call() throws IOException {
            Options.check(spec, rows > 0, "--rows must be > 0");
            Path work = workDir(dir);
            try {
                ImportBenchmark.Result r = ImportBenchmark.run(work, rows);
                out().print(ImportBenchmark.describe(r));
                if (json) {
                    ObjectNode j = Json.object();
                    j.put("ok", true);
                    j.put("rows", r.rows());
                    j.put("fileBytes", r.fileBytes());
                    phase(j, "parse", r.parse());
                    phase(j, "import", r.ourImport());
                    phase(j, "csvread", r.csvread());
                    phase(j, "jdbcRowTable", r.jdbcRowTable());
                    j.put("ratioToCsvread", r.ratioToCsvread());
                    j.put("cpuRatioToCsvread", r.cpuRatioToCsvread());
                    j.put("java", System.getProperty("java.version"));
                    out().println(Json.line(j));
                }
                return 0;
            } finally {
                delete(work);
            }
        }
    }

    private static void phase(ObjectNode j, String name, ImportBenchmark.Phase p) {
        j.put(name + "RowsPerSecond", p.rowsPerS());
        j.put(name + "RowsPerCpuSecond", p.rowsPerCpuS());
        j.put(name + "Seconds", p.wallS());
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Stores a year of 1 Hz pack data and"
            + " times downsampled window queries.")
    static final class History extends JsonCommand implements Callable<Integer> {
        @Option(names = "--rows", defaultValue = "31536000", description = "Rows (default ${DEFAULT-VALUE} = 1 year at 1 Hz).")
        long rows;

        @Option(names = "--queries", defaultValue = "200", description = "Timed queries (default ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--max-points", defaultValue = "2000", description = "Buckets per query (default ${DEFAULT-VALUE}).")
        int maxPoints;

        @Option(names = "--dir", defaultValue = "${java.io.tmpdir}", description = "Where the temporary files go.")
        Path dir;

        @Override
        public Integer call() throws IOException {
            Options.check(spec, rows > 60 && queries > 0 && maxPoints > 0, "--rows > 60, --queries and --max-points > 0");
            Path work = workDir(dir);
            try {
                HistoryBenchmark.Result r = HistoryBenchmark.run(work, rows, queries, maxPoints, 11);
                out().println(HistoryBenchmark.describe(r));
                if (json) {
                    ObjectNode j = Json.object();
                    j.put("ok", true);
                    j.put("rows", r.rows());
                    j.put("loadSeconds", r.loadS());
                    j.put("medianMs", r.percentileMs(0.5));
                    j.put("p95Ms", r.percentileMs(0.95));
                    j.put("maxMs", r.queryMs()[r.queryMs().length - 1]);
                    j.put("cpuMedianMs", r.cpuPercentileMs(0.5));
                    j.put("cpuP95Ms", r.cpuPercentileMs(0.95));
                    j.put("maxBuckets", r.maxBuckets());
                    j.put("java", System.getProperty("java.version"));
                    out().println(Json.line(j));
                }
                return 0;
            } finally {
                delete(work);
            }
        }
    }
}
