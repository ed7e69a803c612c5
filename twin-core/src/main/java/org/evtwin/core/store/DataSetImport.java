package org.evtwin.core.store;

import org.evtwin.core.telemetry.SampleBlock;

/**
 * One import in progress. Everything it writes is in one database transaction: nothing is visible to other
 * connections until {@link #commit}, and an {@link #abort}, an exception, a cancel or a killed process leaves the
 * database exactly as it was (H2 rolls an uncommitted transaction back when the file is opened again).
 *
 * <p>Use from one thread (the reader's), in try-with-resources: {@code close()} aborts unless committed.
 * {@link #cancel()} may be called from any thread (e.g. Ctrl-C); the next {@code append} then throws
 * {@link ImportCancelledException} and nothing is kept.
 */
public interface DataSetImport extends AutoCloseable {

    /**
     * Stores the filled rows of a block (its channels must be the request's channels, in order). Times must not
     * decrease across all appended rows. The block is copied; the caller may reuse it.
     *
     * @throws org.evtwin.core.TwinException when a time decreases (naming the source line) or the database fails
     * @throws ImportCancelledException      after {@link #cancel()}
     */
    void append(SampleBlock block);

    /** Keeps a rejected row for inspection (the first {@value #MAX_KEPT_REJECTS} are kept; all are counted). */
    void reject(RejectRecord reject);

    /** Rows stored so far (for progress). */
    long rowsWritten();

    /** Requests a cancel; thread-safe. */
    void cancel();

    /**
     * Builds the history tiers, records the counts and commits: the data set becomes visible as
     * {@link DataSetState#COMPLETE}.
     *
     * @param rejectedRows total rows rejected by the reader (at least the number passed to {@link #reject})
     * @return the stored data set
     */
    DataSetInfo commit(long rejectedRows);

    /** Rolls back everything written; idempotent. */
    void abort();

    /** Aborts unless committed. */
    @Override
    void close();

    /** Rejects kept per import; more are counted but not kept. */
    int MAX_KEPT_REJECTS = 10_000;
}
