/**
 * Tests of the telemetry store: migrations from an empty database, imports of real files (shipped sample data and,
 * when present, {@code ../shared}), a corpus of broken files with their exact errors and an unchanged database after
 * each, duplicates, cancel, a killed import in a separate JVM, history against brute force, live sessions and the
 * quarantine.
 */
package org.evtwin.core.store;
