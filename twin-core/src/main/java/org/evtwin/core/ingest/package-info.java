/**
 * Bringing recorded data into the twin: CSV import ({@link org.evtwin.core.ingest.csv}) with column mapping, unit
 * conversion, validation, progress and cancel. Everything that leaves this package is in the core's units
 * ({@link org.evtwin.core.telemetry.Signal}); source units never travel further than the parser.
 */
package org.evtwin.core.ingest;
