/**
 * CSV import: any delimited file, through a {@link org.evtwin.core.ingest.csv.ColumnMapping}, streamed into
 * {@link org.evtwin.core.telemetry.SampleBlock}s in core units.
 *
 * <h2>API (for the store and the CLI)</h2>
 * <pre>{@code
 * FormatDetection d = KnownFormats.detect(file);             // known format → mapping, or "supply a mapping"
 * ColumnMapping m = d.mapping();                              // or MappingJson.read(savedMappingFile)
 * ImportSummary s = CsvImporter.run(file, m,
 *         ImportPolicy.skipUpTo(1000),                        // or ImportPolicy.stopAtFirstError()
 *         block -> ...,                                       // BlockConsumer: reused block of 4096 rows; copy to keep
 *         reject -> ...,                                      // RejectConsumer: file, line, column, value, rule
 *         progress -> ...,                                    // ProgressListener: bytes, rows, rows/s, time left
 *         cancellation);                                      // Cancellation.cancel() from any thread
 * }</pre>
 * {@code run} returns an {@link org.evtwin.core.ingest.csv.ImportSummary} (counts, first/last time, epoch for
 * absolute times, channels, encoding, delimiter) after the last block, or throws
 * {@link org.evtwin.core.ingest.csv.ImportFailedException} (file-level problem, first reject under STOP, too many
 * rejects under SKIP) or its subclass {@link org.evtwin.core.ingest.csv.ImportCancelledException}. After a throw,
 * blocks already delivered must be discarded (the store imports in one transaction and rolls back), so bad input
 * never leaves half a data set.
 *
 * <h2>Why a library for the CSV syntax</h2>
 * Quoting, escaped quotes, line breaks inside quotes, CR/LF/CRLF and comment lines are easy to get almost right
 * and hard to get right; FastCSV ({@code de.siegmar:fastcsv}, RFC 4180, no dependencies, maintained since 2015) does
 * it, and its callback API hands each field as a range of its buffer, so numbers are parsed in place without a
 * String per field: the 10-column import stays above a million rows per second. Jackson CSV was the alternative;
 * it allocates a String per field. Numbers go through the FastDoubleParser shipped inside Jackson core (correctly
 * rounded, so {@code Double.toString} output reads back exactly).
 *
 * <h2>What is checked</h2>
 * File level (the import fails, naming file and line): not text (NUL characters, bytes invalid in the encoding),
 * empty file, no header, a mapped column missing from the header, no data rows. Row level (a
 * {@link org.evtwin.core.ingest.csv.Reject} per row, see {@link org.evtwin.core.ingest.csv.RejectRule}): not a
 * number, NaN, infinity, overflow, empty value, value outside the signal's
 * {@link org.evtwin.core.ingest.csv.PhysicalRange}, missing or extra columns, time not increasing, duplicate
 * timestamp, unreadable time.
 */
package org.evtwin.core.ingest.csv;
