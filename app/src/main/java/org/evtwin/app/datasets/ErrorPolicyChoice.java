package org.evtwin.app.datasets;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.evtwin.core.ingest.csv.ImportPolicy;

/** The user's choice for bad rows: stop at the first, or skip and report up to a limit (then the import fails). */
public final class ErrorPolicyChoice {
    /** Default skip limit. */
    public static final long DEFAULT_MAX_REJECTS = 1000;

    private final ObjectProperty<ImportPolicy.Mode> mode = new SimpleObjectProperty<>(this, "mode",
            ImportPolicy.Mode.SKIP);
    private final LongProperty maxRejects = new SimpleLongProperty(this, "maxRejects", DEFAULT_MAX_REJECTS);

    public ObjectProperty<ImportPolicy.Mode> modeProperty() {
        return mode;
    }

    /** For SKIP: the most rejected rows tolerated. */
    public LongProperty maxRejectsProperty() {
        return maxRejects;
    }

    /** The policy the importer gets. */
    public ImportPolicy policy() {
        return mode.get() == ImportPolicy.Mode.STOP ? ImportPolicy.stopAtFirstError()
                : ImportPolicy.skipUpTo(Math.max(0, maxRejects.get()));
    }
}
