package org.evtwin.core.ingest.csv;

/**
 * What {@link KnownFormats#detect} found.
 *
 * @param format  the known format's name ({@code evtwin-telemetry}, {@code nasa-pcoe-discharge} …), or null
 * @param mapping the format's mapping; for an unknown file a mapping suggested from the header names (null when
 *                nothing obvious was found): check it, then save and use it
 * @param message one line for the user: what was recognised, or "no known format; supply a mapping …"
 */
public record FormatDetection(String format, ColumnMapping mapping, String message) {
    /** Whether the file is of a known format (then {@link #mapping} is ready to use). */
    public boolean known() {
        return format != null;
    }
}
