package org.evtwin.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.ColumnSpec;
import org.evtwin.core.ingest.csv.CsvImporter;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.ImportSummary;
import org.evtwin.core.ingest.csv.MappingJson;
import org.evtwin.core.ingest.csv.ProgressListener;
import org.evtwin.core.ingest.csv.Reject;

/**
 * Imports a delimited file into the store: hashes it (a file imported before is refused, naming the existing data
 * set), streams it through the CSV importer ({@link CsvImporter}) into one {@link DataSetImport} transaction, keeps
 * the rejects, and commits only when the whole file was read. Any failure, a cancel or a killed process leaves the
 * database unchanged.
 */
public final class CsvFileImport {
    private CsvFileImport() {
    }

    /**
     * What an import produced.
     *
     * @param dataSet the stored data set
     * @param summary what the reader read (counts, dialect, rate)
     */
    public record Result(DataSetInfo dataSet, ImportSummary summary) {
    }

    /**
     * Imports {@code file}.
     *
     * @param format  the format's name as detected (or "mapped-csv" for a user mapping)
     * @param name    display name; null = the file name without extension
     * @throws DuplicateDataSetException   when the same bytes were imported before
     * @throws org.evtwin.core.ingest.csv.ImportFailedException when the file is bad (nothing stored)
     */
    public static Result run(DataSetStore store, Path file, ColumnMapping mapping, String format, String name,
            ImportPolicy policy, ProgressListener progress, Cancellation cancel) {
        String fileName = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new TwinException(fileName + ": cannot read (" + e.getMessage() + ")", e);
        }
        ImportRequest request = new ImportRequest(name != null ? name : stripExtension(fileName), fileName, size,
                FileDigest.sha256(file), format, MappingJson.toJson(mapping), channels(mapping));
        try (DataSetImport target = store.beginImport(request)) {
            ImportSummary summary = CsvImporter.run(file, mapping, policy, target::append,
                    r -> target.reject(record(r)), progress, cancel);
            return new Result(target.commit(summary.rowsRejected()), summary);
        }
    }

    static List<ChannelInfo> channels(ColumnMapping mapping) {
        List<ChannelInfo> out = new ArrayList<>();
        for (ColumnSpec c : mapping.columns()) {
            out.add(new ChannelInfo(out.size(), c.toChannel(), c.source(), c.unit().symbol()));
        }
        return out;
    }

    static RejectRecord record(Reject r) {
        return new RejectRecord(r.line(), r.column(), r.value(), r.rule().name() + ": " + r.detail());
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
