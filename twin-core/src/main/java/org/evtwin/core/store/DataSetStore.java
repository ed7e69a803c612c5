package org.evtwin.core.store;

import java.util.List;
import java.util.Optional;
import org.evtwin.core.telemetry.Channel;

/**
 * The telemetry store: data sets (imports and live sessions) with their provenance, samples, history tiers, rejects
 * and the quarantine. One instance per database, shared by the whole application (thread-safe; each call uses its
 * own connection). Open with {@link #open(DatabaseLocation)}: the schema is migrated to the current version and live
 * sessions left recording by a process that died are closed as {@link DataSetState#INTERRUPTED}.
 *
 * <p>Errors a user can act on are {@link org.evtwin.core.TwinException}s whose message names the data set or file;
 * the JDBC URL's credentials never appear in a message or a log line ({@link DatabaseLocation#redacted()}).
 */
public interface DataSetStore extends AutoCloseable {

    /** Opens (creating and migrating if needed) the database at {@code location}. */
    static DataSetStore open(DatabaseLocation location) {
        return JdbcDataSetStore.open(location);
    }

    /** Where the store is, credentials removed (for messages and logs). */
    String describe();

    /** All visible data sets, newest first. */
    List<DataSetInfo> list();

    Optional<DataSetInfo> find(long id);

    /** The completed import of the file with this SHA-256, if any. */
    Optional<DataSetInfo> findBySha256(String sha256);

    /**
     * Starts an import in one transaction.
     *
     * @throws DuplicateDataSetException when a file with the same SHA-256 was imported (nothing is written)
     */
    DataSetImport beginImport(ImportRequest request);

    /** Deletes a data set with its samples, tiers and rejects; false when there is no such data set. */
    boolean delete(long id);

    /**
     * Reads the samples of a data set in time order from the first sample at or after {@code fromTimeS}.
     *
     * @throws org.evtwin.core.TwinException when there is no such data set
     */
    SampleCursor openSamples(long id, double fromTimeS);

    /**
     * The history of one channel over {@code [t0S, t1S)} in at most {@code maxPoints} buckets of equal width (a
     * multiple of the stored tier width; empty buckets are omitted), with min, mean and max of the samples in each.
     * Aggregated in the database from precomputed tiers; windows narrower than the finest tier are aggregated from the
     * stored samples.
     *
     * @throws org.evtwin.core.TwinException when there is no such data set or channel
     */
    List<HistoryBucket> history(long id, Channel channel, double t0S, double t1S, int maxPoints);

    /** The rejected rows kept for an import, in file order (at most {@code limit}). */
    List<RejectRecord> rejects(long id, int limit);

    /** The replay bookmarks kept for a data set, in time order (then by name); none for an unknown id. */
    List<StoredBookmark> bookmarks(long id);

    /**
     * Adds a replay bookmark to a data set, or moves the one of that name.
     *
     * @throws org.evtwin.core.TwinException when there is no data set {@code id}
     */
    void saveBookmark(long id, StoredBookmark bookmark);

    /** Removes a replay bookmark of a data set; whether there was one of that name. */
    boolean removeBookmark(long id, String name);

    /** Opens a live session writer; its data set is visible (RECORDING) at once. */
    LiveSessionWriter openLiveSession(LiveSessionRequest request);

    /** A writer for rejected messages with a bounded queue of {@code queueCapacity} entries. */
    QuarantineWriter openQuarantine(int queueCapacity);

    /** The newest quarantined messages, newest first (at most {@code limit}). */
    List<QuarantineRecord> quarantined(int limit);

    /** Closes the database (open cursors and writers must be closed first). */
    @Override
    void close();
}
