package org.evtwin.core.ingest.csv;

/**
 * A cancel flag shared between the thread that imports and the one that may cancel (the UI's button, Ctrl-C). The
 * importer looks at it every {@link CsvImporter#CANCEL_CHECK_ROWS} rows and stops with
 * {@link ImportCancelledException}.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** A token nobody cancels. */
    public static Cancellation never() {
        return new Cancellation();
    }
}
