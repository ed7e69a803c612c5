package org.evtwin.core.store;

/** Where a data set came from. */
public enum DataSetKind {
    /** A file imported by {@code twin import} or the workstation; written in one transaction. */
    IMPORT,
    /** A live session recorded from MQTT (or any frame source), appended as it arrives. */
    LIVE
}
