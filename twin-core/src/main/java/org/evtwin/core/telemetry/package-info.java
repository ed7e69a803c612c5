/**
 * The telemetry record ({@link org.evtwin.core.telemetry.PackFrame}) that every source produces and every sink
 * consumes, and the project's telemetry CSV writer. Units are fixed by the record, never by the source.
 */
package org.evtwin.core.telemetry;
