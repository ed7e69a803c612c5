package org.evtwin.core.store;

/**
 * A stored quarantine entry with its id.
 *
 * @param id    row id (increasing in arrival order)
 * @param entry the entry as stored
 */
public record QuarantineRecord(long id, QuarantineEntry entry) {
}
