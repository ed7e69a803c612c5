/**
 * The telemetry store: recorded data sets (imported files and live MQTT sessions) in H2 — an embedded file database
 * in the user's data folder by default ({@link org.evtwin.core.store.UserDataDirectory}), any JDBC URL when configured
 * ({@link org.evtwin.core.store.DatabaseLocation}: {@code --db}, {@code -Devtwin.db.url}, {@code EVTWIN_DB_URL}).
 *
 * <h2>API</h2>
 * {@link org.evtwin.core.store.DataSetStore} is the one entry point (open it with
 * {@code JdbcDataSetStore.open(location)}, share it, close it at exit):
 * <ul>
 * <li><b>import</b>: {@code beginImport(ImportRequest)} → {@link org.evtwin.core.store.DataSetImport}: feed it the
 *     reader's {@link org.evtwin.core.telemetry.SampleBlock}s ({@code append}) and rejects ({@code reject}), then
 *     {@code commit(rejectedRows)}. One transaction: nothing is visible before the commit, and an abort, an
 *     exception, {@code cancel()} or a killed JVM leaves the database as it was. A file whose SHA-256
 *     ({@link org.evtwin.core.store.FileDigest}) was imported before is refused with
 *     {@link org.evtwin.core.store.DuplicateDataSetException} naming the existing data set.</li>
 * <li><b>read back</b>: {@code list}, {@code find}, {@code delete}, {@code rejects};
 *     {@code openSamples(id, fromTimeS)} → {@link org.evtwin.core.store.SampleCursor} (blocks in time order, with
 *     {@code seek}; replay and export use it); {@code history(id, channel, t0, t1, maxPoints)} → min/mean/max
 *     {@link org.evtwin.core.store.HistoryBucket}s for charts.</li>
 * <li><b>live</b>: {@code openLiveSession} → {@link org.evtwin.core.store.LiveSessionWriter} ({@code offer(PackFrame)}
 *     never blocks: bounded queue, own writer thread, batched inserts, duplicates by frame time counted and skipped,
 *     full queue = dropped and counted); {@code openQuarantine} → {@link org.evtwin.core.store.QuarantineWriter} for
 *     rejected messages (payload capped at 64 KiB).</li>
 * </ul>
 *
 * <h2>Schema (migrations in {@code src/main/resources/db/migration}, applied by Flyway)</h2>
 * <ul>
 * <li>{@code dataset}: provenance (name, kind IMPORT|LIVE, state, original file name, size, SHA-256 — unique —,
 *     format, mapping JSON, vehicle, created/completed time, accepted/rejected/duplicate row counts, time range,
 *     width of the finest history tier); {@code dataset_channel}: signal, cell, unit, source column and unit.</li>
 * <li>Samples in blocks: {@code sample_block} (block number, first/last time, row count; indexed by time for
 *     seeks) and {@code sample_data} (one row per block and channel; the values as big-endian doubles in a
 *     {@code VARBINARY}; channel -1 holds the times). A row per sample would cost one B-tree entry per sample: in H2
 *     that stores about 60–80 k rows/s, far from the 300 k rows/s needed, while blocks of 4,096 rows store about
 *     1 M rows/s and keep the doubles bit for bit. Per-channel rows let a history read touch one channel only and
 *     hold a 7,104-cell pack (35,520 channels) without a table that wide.</li>
 * <li>{@code history_tier}: per channel, min/max/sum/count per time bucket; tier {@code k} is
 *     {@code tier_base_s·8^k} wide, the base being 512 sample intervals. Built as the import streams (committed
 *     with it) and when a live session closes. A history query picks the coarsest tier finer than the requested
 *     bucket width and aggregates it with one {@code GROUP BY} in the database (at most 8 tier buckets per
 *     point); windows narrower than the base tier read the stored samples of that one channel.</li>
 * <li>{@code import_reject}: line, column, value, rule of rejected rows (first 10,000 per import);
 *     {@code quarantine}: received time, source, vehicle, reason, payload (≤ 64 KiB), original size.</li>
 * </ul>
 *
 * <h2>Why Flyway</h2>
 * Versioned plain-SQL migrations that a reviewer reads as SQL, a schema-history table that tells which version a
 * database file is at, and H2 support in {@code flyway-core} itself (no extra database module, no transitive
 * dependencies besides Jackson, which the core already uses). Liquibase would add XML/YAML changelogs and more
 * dependencies for features (rollback scripts, diffs) this store does not need.
 *
 * <p>All SQL is in prepared statements with parameters; user text is never concatenated into SQL. For H2 the store
 * adds {@code DB_CLOSE_ON_EXIT=FALSE} unless the URL sets it: the store closes the database itself, after an import
 * cancelled by Ctrl-C has rolled back. The decisions and the measurements behind them: {@code docs/decisions/
 * 0005-storage.md}, {@code docs/benchmarks.md} ("Telemetry store"); {@code twin bench import} and
 * {@code twin bench history} ({@link org.evtwin.core.store.ImportBenchmark},
 * {@link org.evtwin.core.store.HistoryBenchmark}) repeat them.
 */
package org.evtwin.core.store;
