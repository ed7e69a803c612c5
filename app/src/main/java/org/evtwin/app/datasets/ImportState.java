package org.evtwin.app.datasets;

/** Where the import dialog is. */
public enum ImportState {
    /** No file chosen yet. */
    NO_FILE("Choose a file to import."),
    /** Reading the file's head (format detection, preview). */
    READING("Reading the first rows…"),
    /** The file is in no known format and no mapping was loaded. */
    NEEDS_MAPPING("No known format: map the columns below, or load a mapping (JSON)."),
    /** A mapping is set and the preview shown: the import can start. */
    READY("Ready to import."),
    /** Importing in the background. */
    RUNNING("Importing…"),
    /** Imported and committed. */
    DONE("Imported."),
    /** Cancelled by the user: nothing was stored. */
    CANCELLED("Cancelled: nothing was stored."),
    /** The file was imported before (same SHA-256): nothing was stored. */
    DUPLICATE("Already imported: nothing was stored."),
    /** The import failed (the message says where and why): nothing was stored. */
    FAILED("Failed: nothing was stored.");

    private final String text;

    ImportState(String text) {
        this.text = text;
    }

    /** One line for the dialog's status. */
    public String text() {
        return text;
    }

    /** Whether an import can be started from this state. */
    public boolean canStart() {
        return this == READY || this == CANCELLED || this == FAILED;
    }
}
