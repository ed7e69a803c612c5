package org.evtwin.core;

/**
 * The one exception type the core throws for problems a user can act on: a bad file, a request the cells cannot meet,
 * a run that went non-finite. The message names what was wrong and where (file, line or JSON path, field, rule), so
 * the command line prints it as one line and the app shows it as is.
 */
public class TwinException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TwinException(String message) {
        super(message);
    }

    public TwinException(String message, Throwable cause) {
        super(message, cause);
    }
}
