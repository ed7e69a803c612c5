package org.evtwin.core.ingest.csv;

import org.evtwin.core.TwinException;

/**
 * The import failed as a whole: a file-level problem (not text, empty, header without a mapped column …), the first
 * reject under STOP, or too many rejects under SKIP. The message names the file, the line when there is one, and
 * the reason. Blocks already delivered must be discarded by the consumer (the store rolls back).
 */
public class ImportFailedException extends TwinException {
    private static final long serialVersionUID = 1L;

    private final transient ImportSummary partial;

    public ImportFailedException(String message, ImportSummary partial) {
        super(message);
        this.partial = partial;
    }

    public ImportFailedException(String message, ImportSummary partial, Throwable cause) {
        super(message, cause);
        this.partial = partial;
    }

    /** What had been read when the import failed (counts up to the failure; null if it failed before the header). */
    public ImportSummary partial() {
        return partial;
    }
}
