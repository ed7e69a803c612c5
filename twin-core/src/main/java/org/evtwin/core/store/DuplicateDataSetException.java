package org.evtwin.core.store;

import org.evtwin.core.TwinException;

/** The file was imported before (same SHA-256): nothing was written; the existing data set is named. */
public final class DuplicateDataSetException extends TwinException {
    private static final long serialVersionUID = 1L;
    private final transient DataSetInfo existing;

    public DuplicateDataSetException(String file, DataSetInfo existing) {
        super(file + ": already imported as data set " + existing.id() + " \"" + existing.name() + "\" on "
                + existing.createdAt() + " (same SHA-256 " + existing.sha256() + ")");
        this.existing = existing;
    }

    public DataSetInfo existing() {
        return existing;
    }
}
