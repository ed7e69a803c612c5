package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evtwin.core.store.DataSetExport;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code twin export}: a stored data set as telemetry CSV (re-importing it gives the same doubles). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a stored data set as telemetry CSV (time_s and one column per channel, units in the"
            + " names).")
final class ExportCommand extends JsonCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<dataset>", description = "Data set id, or its name when unique.")
    String dataset;

    @Option(names = "--out", required = true, paramLabel = "<file.csv>", description = "The CSV file to write.")
    Path out;

    @Option(names = "--db", paramLabel = "<jdbc-url>", description = StoreAccess.DB_HELP)
    String db;

    @Override
    public Integer call() {
        try (DataSetStore store = StoreAccess.open(db)) {
            DataSetInfo d = StoreAccess.find(store, dataset);
            long rows = DataSetExport.run(store, d.id(), out, n -> { });
            out().println("wrote " + rows + " rows of data set " + d.id() + " \"" + d.name() + "\" to " + out);
            if (json) {
                ObjectNode j = Json.object();
                j.put("ok", true);
                j.put("id", d.id());
                j.put("rows", rows);
                j.put("out", out.toString());
                out().println(Json.line(j));
            }
            return 0;
        }
    }
}
