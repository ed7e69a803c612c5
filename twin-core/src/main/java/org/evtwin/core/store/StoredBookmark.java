package org.evtwin.core.store;

/**
 * A replay bookmark kept with a data set: a name and a recording time.
 *
 * @param name  the user's name (stripped, 1 to {@value #MAX_NAME} characters)
 * @param timeS recording time [s], as the data set's samples
 */
public record StoredBookmark(String name, double timeS) {
    /** Longest name the store keeps (the column's width). */
    public static final int MAX_NAME = 200;

    public StoredBookmark {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("bookmark name must not be blank");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("bookmark name: at most " + MAX_NAME + " characters, found "
                    + name.length());
        }
        if (!Double.isFinite(timeS)) {
            throw new IllegalArgumentException("bookmark \"" + name + "\": time must be finite, found " + timeS);
        }
    }
}
