package org.evtwin.core.store;

/**
 * Counters of a background writer (live session or quarantine), read at any time from any thread.
 *
 * @param offered    items handed to {@code offer}
 * @param dropped    items refused because the queue was full (the policy for live data: drop and count, never block)
 * @param written    items committed to the database
 * @param duplicates items not stored because their key was already stored (QoS 1 redelivery)
 * @param outOfOrder items not stored because their time was before the last stored one and not a known duplicate
 * @param rejected   items not stored because they did not fit the session (e.g. another cell count)
 * @param failures   database errors (the writer keeps going; the last message is in {@code lastError})
 * @param queued     items waiting in the queue now
 * @param lastError  last database error message, "" when none
 */
public record WriterStats(long offered, long dropped, long written, long duplicates, long outOfOrder, long rejected,
        long failures, int queued, String lastError) {
}
