package org.evtwin.core.store;

import java.nio.file.Path;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.FormatDetection;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.KnownFormats;

/**
 * Runs in a separate JVM started by {@link ImportKillTest}: imports a file and prints "progress &lt;rows&gt;" lines
 * (then "committed &lt;id&gt;" if it is not killed first).
 */
public final class ImportKillChild {
    /**
     * Rows (four 4,096-row blocks) after which the import stops inside its transaction, at the next progress report
     * (every 250 ms), and waits to be killed. Without the hold, a fast machine read the rest of the file before the
     * parent's kill arrived (reports at 254, 197,374 and 1,000,000 rows in one CI run).
     */
    static final long HOLD_AFTER_ROWS = 16_384;
    static final long ROWS_IN_FILE = 1_000_000;

    private ImportKillChild() {
    }

    private static void holdUntilKilled() {
        System.out.println("holding");
        System.out.flush();
        try {
            Thread.sleep(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        FormatDetection d = KnownFormats.detect(file);
        try (DataSetStore store = DataSetStore.open(new DatabaseLocation(args[0]))) {
            CsvFileImport.Result r = CsvFileImport.run(store, file, d.mapping(), d.format(), null,
                    ImportPolicy.stopAtFirstError(), p -> {
                        System.out.println("progress " + p.rowsAccepted());
                        System.out.flush();
                        if (p.rowsAccepted() >= HOLD_AFTER_ROWS && p.rowsAccepted() < ROWS_IN_FILE) {
                            holdUntilKilled();
                        }
                    }, new Cancellation());
            System.out.println("committed " + r.dataSet().id());
        }
    }
}
