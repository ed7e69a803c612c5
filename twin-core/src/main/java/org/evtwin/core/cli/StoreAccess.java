package org.evtwin.core.cli;

import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DatabaseLocation;

/** Opening the store for a command ({@code --db}, else property, environment, per-user default). */
final class StoreAccess {
    static final String DB_HELP = "Database JDBC URL (default: -Devtwin.db.url, else $EVTWIN_DB_URL, else the H2 file"
            + " in the per-user data folder).";

    private StoreAccess() {
    }

    static DataSetStore open(String db) {
        quietMigrations();
        return DataSetStore.open(DatabaseLocation.resolve(db));
    }

    /** Flyway reports every step at INFO; the command line only wants its warnings. */
    static void quietMigrations() {
        if (System.getProperty("org.slf4j.simpleLogger.log.org.flywaydb") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        }
    }

    /** A data set by id, or by its name when exactly one has it. */
    static DataSetInfo find(DataSetStore store, String idOrName) {
        if (idOrName.matches("\\d{1,18}")) {
            long id = Long.parseLong(idOrName);
            return store.find(id).orElseThrow(() -> new TwinException("no data set with id " + id + " in "
                    + store.describe()));
        }
        List<DataSetInfo> named = store.list().stream().filter(d -> d.name().equals(idOrName)).toList();
        if (named.size() != 1) {
            throw new TwinException(named.isEmpty() ? "no data set named \"" + idOrName + "\" in " + store.describe()
                    : named.size() + " data sets are named \"" + idOrName + "\": give the id");
        }
        return named.get(0);
    }
}
