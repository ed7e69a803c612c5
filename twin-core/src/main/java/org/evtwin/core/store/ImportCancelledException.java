package org.evtwin.core.store;

import org.evtwin.core.TwinException;

/** An import was cancelled by the user; nothing was kept. */
public final class ImportCancelledException extends TwinException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String file) {
        super(file + ": import cancelled, nothing was stored");
    }
}
