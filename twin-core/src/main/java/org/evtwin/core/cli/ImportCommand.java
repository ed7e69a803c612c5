package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.evtwin.core.TwinException;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.FormatDetection;
import org.evtwin.core.ingest.csv.ImportCancelledException;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.ingest.csv.MappingJson;
import org.evtwin.core.store.CsvFileImport;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DuplicateDataSetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code twin import}: a CSV file into the store, in one transaction (all or nothing, also on Ctrl-C or a kill).
 * A file imported before is reported with its data set id and not stored again (exit 0, {@code "duplicate": true}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a CSV file (a known format, or any file with --mapping) into the data set store.",
            "All or nothing: a failure, Ctrl-C or a killed process leaves the store unchanged."})
final class ImportCommand extends JsonCommand implements Callable<Integer> {
    enum OnError { stop, skip }

    @Parameters(index = "0", paramLabel = "<file.csv>", description = "The file to import.")
    Path file;

    @Option(names = "--mapping", paramLabel = "<m.json>", description = "Column mapping (default: detect a known"
            + " format: evtwin telemetry, NASA PCoE, ORNL Bitrode, PyBaMM, FASTSim).")
    Path mapping;

    @Option(names = "--on-error", defaultValue = "stop", paramLabel = "<stop|skip>",
            description = "A bad row stops the import (stop, default) or is skipped and kept for inspection (skip).")
    OnError onError;

    @Option(names = "--max-rejects", defaultValue = "1000", paramLabel = "<n>",
            description = "With --on-error skip: fail when more rows are rejected (default ${DEFAULT-VALUE}).")
    long maxRejects;

    @Option(names = "--name", paramLabel = "<text>", description = "Display name (default: the file name).")
    String name;

    @Option(names = "--db", paramLabel = "<jdbc-url>", description = StoreAccess.DB_HELP)
    String db;

    @Override
    public Integer call() {
        Options.check(spec, Files.isRegularFile(file), file + ": no such file");
        Options.check(spec, mapping == null || Files.isRegularFile(mapping), "--mapping " + mapping + ": no such file");
        Options.check(spec, maxRejects >= 0, "--max-rejects must be >= 0");
        ColumnMapping m;
        String format;
        if (mapping != null) {
            m = MappingJson.read(mapping);
            format = m.name().isEmpty() ? "mapped-csv" : m.name();
        } else {
            FormatDetection d = KnownFormats.detect(file);
            if (!d.known()) {
                throw new TwinException(d.message());
            }
            m = d.mapping();
            format = d.format();
            err().println(d.message());
        }
        ImportPolicy policy = onError == OnError.stop ? ImportPolicy.stopAtFirstError()
                : ImportPolicy.skipUpTo(maxRejects);
        Cancellation cancel = new Cancellation();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.cancel();
            try {
                done.await(30, TimeUnit.SECONDS);   // let the import roll back and close the database
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "import-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try (DataSetStore store = StoreAccess.open(db)) {
            return report(CsvFileImport.run(store, file, m, format, name, policy,
                    new ImportProgressPrinter(err()), cancel));
        } catch (DuplicateDataSetException e) {
            return duplicate(e.existing());
        } catch (ImportCancelledException e) {
            // Ctrl-C: report before the shutdown hook is released (the JVM exits right after).
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            if (json) {
                out().println(Json.error(e.getMessage()));
            }
            out().flush();
            err().flush();
            return 1;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for done
            }
        }
    }

    private int report(CsvFileImport.Result r) {
        DataSetInfo d = r.dataSet();
        out().printf(Locale.ROOT, "data set %d \"%s\": %,d rows, %,d rejected, %.1f s to %.1f s, %d channels,"
                + " %.2f s (%,.0f rows/s)%n", d.id(), d.name(), d.acceptedRows(), d.rejectedRows(), d.firstTimeS(),
                d.lastTimeS(), d.channels().size(), r.summary().elapsedSeconds(), r.summary().rowsPerSecond());
        if (json) {
            ObjectNode j = DataSetJson.of(d);
            j.put("ok", true);
            j.put("duplicate", false);
            j.put("seconds", r.summary().elapsedSeconds());
            j.put("rowsPerSecond", r.summary().rowsPerSecond());
            out().println(Json.line(j));
        }
        return 0;
    }

    private int duplicate(DataSetInfo d) {
        out().printf(Locale.ROOT, "%s: already imported as data set %d \"%s\" (same SHA-256); nothing stored%n",
                file.getFileName(), d.id(), d.name());
        if (json) {
            ObjectNode j = DataSetJson.of(d);
            j.put("ok", true);
            j.put("duplicate", true);
            out().println(Json.line(j));
        }
        return 0;
    }
}
