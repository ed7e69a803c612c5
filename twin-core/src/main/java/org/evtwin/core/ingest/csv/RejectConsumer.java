package org.evtwin.core.ingest.csv;

/** Receives every rejected row, in file order, as soon as it is found (also the one that stops a STOP import). */
@FunctionalInterface
public interface RejectConsumer {
    void accept(Reject reject);

    /** Drops rejects (they still count in the summary). */
    static RejectConsumer ignore() {
        return r -> { };
    }
}
