package org.evtwin.app.datasets;

import java.util.Locale;
import org.evtwin.core.ingest.csv.ImportProgress;
import org.evtwin.core.ingest.csv.ImportSummary;
import org.evtwin.core.store.DataSetInfo;

/** The import dialog's texts for a running and a finished import: counts, rate, time left, span. */
final class ImportMessages {
    private ImportMessages() {
    }

    /** "1,234 rows accepted, 2 rejected · 45.6 k rows/s · time left 7 s" (or "· file read" at the end). */
    static String progress(ImportProgress p) {
        return Formats.count(p.rowsAccepted()) + " rows accepted, " + Formats.count(p.rowsRejected()) + " rejected · "
                + Formats.rate(p.rowsPerSecond()) + (p.fraction() >= 1 ? " · file read"
                : " · time left " + Formats.timeLeft(p.secondsLeft()));
    }

    /** The summary of a committed import. */
    static String done(DataSetInfo d, ImportSummary s) {
        return String.format(Locale.ROOT, "Imported \"%s\" as data set %d: %s rows accepted, %s rejected, %s, in"
                + " %.1f s (%s).", d.name(), d.id(), Formats.count(d.acceptedRows()), Formats.count(d.rejectedRows()),
                Formats.span(d.firstTimeS(), d.lastTimeS()), s.elapsedSeconds(), Formats.rate(s.rowsPerSecond()));
    }
}
