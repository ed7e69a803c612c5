package org.evtwin.core.ingest.csv;

/**
 * Told how an import is going, a few times per second (at most every {@link CsvImporter#PROGRESS_INTERVAL_NANOS}
 * ns) and once at the end. Called on the importing thread: return quickly.
 */
@FunctionalInterface
public interface ProgressListener {
    void onProgress(ImportProgress progress);

    static ProgressListener none() {
        return p -> { };
    }
}
