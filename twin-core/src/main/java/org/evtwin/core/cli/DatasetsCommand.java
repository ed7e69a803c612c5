package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evtwin.core.TwinException;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.RejectRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code twin datasets}: lists the stored data sets with their provenance; deletes one; shows kept rejects. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "Lists stored data sets with provenance (file, size, SHA-256, time, rows, channels).")
final class DatasetsCommand extends JsonCommand implements Callable<Integer> {

    @Option(names = "--delete", paramLabel = "<id>", description = "Delete this data set (samples, tiers, rejects).")
    Long delete;

    @Option(names = "--rejects", paramLabel = "<id>", description = "Show the rejected rows kept for this import.")
    Long rejects;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "<n>",
            description = "Most rejects shown with --rejects (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--db", paramLabel = "<jdbc-url>", description = StoreAccess.DB_HELP)
    String db;

    @Override
    public Integer call() {
        Options.check(spec, delete == null || rejects == null, "--delete and --rejects cannot be combined");
        Options.check(spec, limit > 0, "--limit must be > 0");
        try (DataSetStore store = StoreAccess.open(db)) {
            if (delete != null) {
                if (!store.delete(delete)) {
                    throw new TwinException("no data set with id " + delete + " in " + store.describe());
                }
                out().println("deleted data set " + delete);
                if (json) {
                    ObjectNode j = Json.object();
                    j.put("ok", true);
                    j.put("deleted", delete);
                    out().println(Json.line(j));
                }
                return 0;
            }
            if (rejects != null) {
                return printRejects(store, rejects);
            }
            return printList(store.list(), store.describe());
        }
    }

    private int printList(List<DataSetInfo> sets, String where) {
        out().println(sets.size() + " data set(s) in " + where);
        for (DataSetInfo d : sets) {
            out().printf(Locale.ROOT, "%5d  %-28s %-6s %-11s %,12d rows %,8d rejected  %s  %s  %,d bytes  sha256 %s"
                    + "  %s%n", d.id(), d.name(), d.kind(), d.state(), d.acceptedRows(), d.rejectedRows(), d.format(),
                    d.sourceName(), d.sourceBytes(), d.sha256().isEmpty() ? "-" : d.sha256().substring(0, 12),
                    d.createdAt());
        }
        if (json) {
            ObjectNode j = Json.object();
            j.put("ok", true);
            j.put("database", where);
            ArrayNode a = j.putArray("datasets");
            sets.forEach(d -> a.add(DataSetJson.of(d)));
            out().println(Json.line(j));
        }
        return 0;
    }

    private int printRejects(DataSetStore store, long id) {
        StoreAccess.find(store, Long.toString(id));
        List<RejectRecord> kept = store.rejects(id, limit);
        for (RejectRecord r : kept) {
            out().printf(Locale.ROOT, "line %d%s: %s (value \"%s\")%n", r.line(),
                    r.column().isEmpty() ? "" : ", column '" + r.column() + "'", r.rule(), r.value());
        }
        if (json) {
            ObjectNode j = Json.object();
            j.put("ok", true);
            j.put("id", id);
            ArrayNode a = j.putArray("rejects");
            for (RejectRecord r : kept) {
                ObjectNode n = a.addObject();
                n.put("line", r.line());
                n.put("column", r.column());
                n.put("value", r.value());
                n.put("rule", r.rule());
            }
            out().println(Json.line(j));
        }
        return 0;
    }
}
