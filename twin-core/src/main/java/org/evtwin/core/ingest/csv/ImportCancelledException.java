package org.evtwin.core.ingest.csv;

/** The import was cancelled through its {@link Cancellation}; blocks already delivered must be discarded. */
public final class ImportCancelledException extends ImportFailedException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String message, ImportSummary partial) {
        super(message, partial);
    }
}
