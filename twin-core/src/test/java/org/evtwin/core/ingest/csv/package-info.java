/**
 * Tests of the CSV import: a corpus of broken files generated in temporary folders (every rule with its exact
 * message, both policies, the skip limit, cancel), encodings and dialects, units, the known formats on the real
 * files under {@code ../shared/data/raw} (skipped without them), and the exact round trip of our telemetry CSV.
 */
package org.evtwin.core.ingest.csv;
