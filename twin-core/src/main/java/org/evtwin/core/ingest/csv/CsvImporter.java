package org.evtwin.core.ingest.csv;

import java.nio.file.Path;

/**
 * Streams a delimited file into {@link org.evtwin.core.telemetry.SampleBlock}s through a {@link ColumnMapping}: the
 * one entry point of the CSV import. Memory stays flat whatever the file size: FastCSV reads through a fixed buffer,
 * fields become doubles in place, and one block of {@value #BLOCK_ROWS} rows is reused.
 *
 * <pre>{@code
 * ImportSummary s = CsvImporter.run(file, mapping, ImportPolicy.skipUpTo(1000),
 *         block -> store.append(block), reject -> store.keep(reject), progress -> ui.show(progress),
 *         cancellation);
 * }</pre>
 * Get a mapping from {@link KnownFormats#detect(Path)} or {@link MappingJson#read(Path)}.
 */
public final class CsvImporter {
    /** Rows per block handed to the consumer. */
    public static final int BLOCK_ROWS = 4096;
    /** Shortest interval between two progress reports (0.25 s: a few per second). */
    public static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;
    /** Rows between two looks at the cancel flag and the clock. */
    public static final int CANCEL_CHECK_ROWS = 256;

    private CsvImporter() {
    }

    /**
     * Imports one file.
     *
     * @return what was read, after the last block was delivered
     * @throws ImportCancelledException if {@code cancel} was set; delivered blocks must be discarded
     * @throws ImportFailedException    on a file-level problem, on the first reject under STOP, or when rejects
     *                                  exceed the SKIP limit; delivered blocks must be discarded
     */
    public static ImportSummary run(Path file, ColumnMapping mapping, ImportPolicy policy, BlockConsumer blocks,
            RejectConsumer rejects, ProgressListener progress, Cancellation cancel) {
        return new ImportRun(file, mapping, policy, blocks, rejects, progress, cancel).run();
    }

    /** Imports with STOP policy, no progress and no cancel (tests, small files). */
    public static ImportSummary run(Path file, ColumnMapping mapping, BlockConsumer blocks) {
        return run(file, mapping, ImportPolicy.stopAtFirstError(), blocks, RejectConsumer.ignore(),
                ProgressListener.none(), Cancellation.never());
    }
}
