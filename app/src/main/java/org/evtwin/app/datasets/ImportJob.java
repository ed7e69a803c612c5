package org.evtwin.app.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.ImportCancelledException;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.ImportProgress;
import org.evtwin.core.store.CsvFileImport;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DuplicateDataSetException;
import org.evtwin.core.store.RejectRecord;

/**
 * The import part of {@link ImportViewModel}: runs one import in the background with progress (rows/s, time left),
 * cancel, and the summary with the rejects; sets the dialog's state and message it is given.
 */
final class ImportJob {
    private final DataSetStore store;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<ImportState> state;
    private final ReadOnlyStringWrapper message;
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    final ReadOnlyObjectWrapper<DataSetInfo> result = new ReadOnlyObjectWrapper<>(this, "result");
    final ObservableList<RejectRecord> rejects = FXCollections.observableArrayList();
    private volatile Cancellation cancellation;

    ImportJob(DataSetStore store, BackgroundTasks tasks, ReadOnlyObjectWrapper<ImportState> state,
            ReadOnlyStringWrapper message) {
        this.store = store;
        this.tasks = tasks;
        this.state = state;
        this.message = message;
    }

    /** Forgets the last import's outcome (a new file was chosen). */
    void reset() {
        result.set(null);
        rejects.clear();
        progress.set(0);
        progressText.set("");
    }

    CompletableFuture<CsvFileImport.Result> start(Path path, ColumnMapping m, String format, String displayName,
            ImportPolicy p, Consumer<DataSetInfo> onImported) {
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        state.set(ImportState.RUNNING);
        progress.set(0);
        progressText.set("Starting…");
        message.set("");
        rejects.clear();
        Consumer<ImportProgress> onProgress = tasks.coalescing(this::showProgress);
        return tasks.run(() -> {
            CsvFileImport.Result r = CsvFileImport.run(store, path, m, format, displayName, p, onProgress::accept,
                    cancel);
            return new Imported(r, r.dataSet().rejectedRows() > 0 ? store.rejects(r.dataSet().id(),
                    DataSetsViewModel.REJECTS_SHOWN) : List.of());
        }, i -> {
            DataSetInfo d = i.result().dataSet();
            result.set(d);
            rejects.setAll(i.rejects());
            progress.set(1);
            state.set(ImportState.DONE);
            message.set(ImportMessages.done(d, i.result().summary()));
            onImported.accept(d);
        }, this::failed).thenApply(Imported::result);
    }

    private record Imported(CsvFileImport.Result result, List<RejectRecord> rejects) {
    }

    private void showProgress(ImportProgress p) {
        if (state.get() != ImportState.RUNNING) {
            return;
        }
        double f = p.fraction();
        progress.set(Double.isNaN(f) ? -1 : f);
        progressText.set(ImportMessages.progress(p));
    }

    /** Requests a cancel of the running import (any thread). */
    void cancel() {
        Cancellation c = cancellation;
        if (c != null) {
            c.cancel();
        }
    }

    private void failed(Throwable e) {
        if (e instanceof ImportCancelledException || e instanceof org.evtwin.core.store.ImportCancelledException) {
            state.set(ImportState.CANCELLED);
        } else if (e instanceof DuplicateDataSetException d) {
            state.set(ImportState.DUPLICATE);
            result.set(d.existing());
        } else {
            state.set(ImportState.FAILED);
        }
        message.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
