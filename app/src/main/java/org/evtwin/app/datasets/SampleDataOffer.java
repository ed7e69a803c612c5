package org.evtwin.app.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.core.TwinException;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.FormatDetection;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.store.CsvFileImport;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DuplicateDataSetException;

/**
 * First start: when the database has no data sets and the user has not answered before, offer to import the shipped
 * sample data sets ({@link SampleDataSets}). The answer is remembered in the user settings under {@value #ANSWERED};
 * accepting imports them one by one in the background with progress. No scene classes.
 */
public final class SampleDataOffer {
    /** Settings key: true once the user accepted or declined. */
    public static final String ANSWERED = "sampleData.answered";

    private final DataSetStore store;
    private final BackgroundTasks tasks;
    private final UserSettings settings;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered", false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private volatile Cancellation cancel = new Cancellation();
    private Consumer<DataSetInfo> onImported = d -> { };

    public SampleDataOffer(DataSetStore store, BackgroundTasks tasks, UserSettings settings) {
        this.store = store;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** Looks (in the background) whether to offer: no data sets and no earlier answer. */
    public CompletableFuture<Boolean> check() {
        boolean answered = settings.getBoolean(ANSWERED, false);
        return tasks.run(() -> !answered && store.list().isEmpty(), offer -> {
            offered.set(offer);
            message.set(offer ? "No data sets yet. Import the " + SampleDataSets.FILES.size() + " sample data sets"
                    + " shipped with the workstation? " + SampleDataSets.DESCRIPTION + "." : "");
        }, e -> message.set(e.getMessage()));
    }

    /** Imports the sample data sets (files already imported are skipped) and remembers the answer. */
    public CompletableFuture<List<DataSetInfo>> accept() {
        remember();
        cancel = new Cancellation();
        running.set(true);
        progress.set(0);
        Consumer<String> status = tasks.coalescing(message::set);
        Consumer<Double> fraction = tasks.coalescing(progress::set);
        Cancellation token = cancel;
        return tasks.run(() -> importAll(status, fraction, token), list -> {
            running.set(false);
            offered.set(false);
            progress.set(1);
            message.set("Imported " + list.size() + " sample data set" + (list.size() == 1 ? "" : "s") + " ("
                    + Formats.count(list.stream().mapToLong(DataSetInfo::acceptedRows).sum()) + " rows).");
            list.forEach(onImported);
        }, e -> {
            running.set(false);
            message.set("Sample data import stopped: " + e.getMessage());
        });
    }

    private List<DataSetInfo> importAll(Consumer<String> status, Consumer<Double> fraction, Cancellation token) {
        List<DataSetInfo> out = new ArrayList<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("evtwin-samples");
        } catch (IOException e) {
            throw new TwinException("cannot create a temporary folder for the sample data (" + e.getMessage() + ")", e);
        }
        int n = SampleDataSets.FILES.size();
        for (int i = 0; i < n; i++) {
            String resource = SampleDataSets.FILES.get(i);
            status.accept("Importing " + (i + 1) + " of " + n + ": " + SampleDataSets.fileName(resource) + " …");
            Path file = SampleDataSets.extract(resource, dir);
            try {
                FormatDetection d = KnownFormats.detect(file);
                if (!d.known()) {
                    throw new TwinException(d.message());
                }
                int k = i;
                out.add(CsvFileImport.run(store, file, d.mapping(), d.format(), null, ImportPolicy.skipUpTo(1000),
                        p -> fraction.accept((k + (Double.isNaN(p.fraction()) ? 0 : p.fraction())) / n), token)
                        .dataSet());
            } catch (DuplicateDataSetException e) {
                // imported before (e.g. by hand): nothing to do for this one
            } finally {
                deleteQuietly(file);
            }
            fraction.accept((i + 1.0) / n);
        }
        deleteQuietly(dir);
        return out;
    }

    /** Declines; the offer is not made again. */
    public void decline() {
        remember();
        offered.set(false);
        message.set("");
    }

    /** Stops a running sample import after the current file's next check (nothing of that file is kept). */
    public void cancel() {
        cancel.cancel();
    }

    private void remember() {
        settings.put(ANSWERED, true);
        settings.save();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary copy left behind is harmless
        }
    }

    /** Called on the UI thread for each imported sample (the browser refreshes). */
    public void setOnImported(Consumer<DataSetInfo> action) {
        onImported = action;
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The offer's text, the file being imported, or the outcome. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
