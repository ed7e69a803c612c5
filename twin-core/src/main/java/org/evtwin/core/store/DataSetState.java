package org.evtwin.core.store;

/**
 * Life cycle of a data set. An import is only ever visible as {@link #COMPLETE} (it is written in one transaction);
 * a live session is {@link #RECORDING} while its writer is open, then {@link #CLOSED}, or {@link #INTERRUPTED} when the
 * process died while recording (found and closed the next time the store is opened; the frames flushed until then are
 * kept).
 */
public enum DataSetState {
    COMPLETE,
    RECORDING,
    CLOSED,
    INTERRUPTED
}
