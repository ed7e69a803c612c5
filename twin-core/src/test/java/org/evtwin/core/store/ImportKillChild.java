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
    private ImportKillChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        FormatDetection d = KnownFormats.detect(file);
        try (DataSetStore store = DataSetStore.open(new DatabaseLocation(args[0]))) {
            CsvFileImport.Result r = CsvFileImport.run(store, file, d.mapping(), d.format(), null,
                    ImportPolicy.stopAtFirstError(), p -> {
                        System.out.println("progress " + p.rowsAccepted());
                        System.out.flush();
                    }, new Cancellation());
            System.out.println("committed " + r.dataSet().id());
        }
    }
}
