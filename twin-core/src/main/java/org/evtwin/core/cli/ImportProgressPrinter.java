package org.evtwin.core.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.evtwin.core.ingest.csv.ImportProgress;
import org.evtwin.core.ingest.csv.ProgressListener;

/** Import progress on stderr, at most one line a second: rows, share of the file, rows/s, time left. */
final class ImportProgressPrinter implements ProgressListener {
    private static final long INTERVAL_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private long last = System.nanoTime();

    ImportProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onProgress(ImportProgress p) {
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        err.printf(Locale.ROOT, "%,d rows (%s), %,d rejected, %,.0f rows/s%s%n", p.rowsAccepted(),
                Double.isNaN(p.fraction()) ? "?" : String.format(Locale.ROOT, "%.0f %%", 100 * p.fraction()),
                p.rowsRejected(), p.rowsPerSecond(),
                Double.isNaN(p.secondsLeft()) ? "" : String.format(Locale.ROOT, ", %.0f s left", p.secondsLeft()));
        err.flush();
    }
}
