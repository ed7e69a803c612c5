package org.evtwin.app.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evtwin.core.store.DataSetExport;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.RejectRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data-set browser's state: the list, the selected data set's provenance, channels and rejects, and the commands
 * delete, export, replay and import. Every store call runs on the {@link BackgroundTasks} thread; its result is
 * applied on the UI thread in one go. No scene classes.
 */
public final class DataSetsViewModel {
    /** Rejects listed per data set (the store keeps up to 10,000 per import). */
    public static final int REJECTS_SHOWN = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(DataSetsViewModel.class);

    private final DataSetStore store;
    private final BackgroundTasks tasks;
    private final ObservableList<DataSetInfo> dataSets = FXCollections.observableArrayList();
    private final ObjectProperty<DataSetInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Provenance.Line> provenance = FXCollections.observableArrayList();
    private final ObservableList<RejectRecord> rejects = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rejectsTitle = new ReadOnlyStringWrapper(this, "rejectsTitle", "Rejects");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(this, "exportProgress", 0);
    private Consumer<DataSetInfo> onReplay = d -> { };
    private Runnable onImport = () -> { };

    public DataSetsViewModel(DataSetStore store, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
        selected.addListener((o, a, d) -> showDetails(d));
    }

    /** Reloads the list from the store, keeping the selection by id when it still exists. */
    public CompletableFuture<List<DataSetInfo>> refresh() {
        busy.set(true);
        return tasks.run(store::list, list -> {
            busy.set(false);
            long keep = selected.get() == null ? -1 : selected.get().id();
            dataSets.setAll(list);
            selected.set(list.stream().filter(d -> d.id() == keep).findFirst().orElse(null));
        }, this::failed);
    }

    private void showDetails(DataSetInfo d) {
        rejects.clear();
        if (d == null) {
            provenance.clear();
            rejectsTitle.set("Rejects");
            return;
        }
        provenance.setAll(Provenance.of(d));
        rejectsTitle.set("Rejects (" + Formats.count(d.rejectedRows()) + ")");
        if (d.rejectedRows() > 0) {
            tasks.run(() -> store.rejects(d.id(), REJECTS_SHOWN), list -> {
                if (selected.get() != null && selected.get().id() == d.id()) {
                    rejects.setAll(list);
                    if (d.rejectedRows() > list.size()) {
                        rejectsTitle.set("Rejects (" + Formats.count(d.rejectedRows()) + ", first "
                                + Formats.count(list.size()) + " shown)");
                    }
                }
            }, this::failed);
        }
    }

    /** Deletes a data set (the view asks for confirmation first), then reloads the list. */
    public CompletableFuture<Boolean> delete(DataSetInfo d) {
        busy.set(true);
        return tasks.run(() -> store.delete(d.id()), gone -> {
            message.set(gone ? "Deleted data set " + d.id() + " \"" + d.name() + "\"."
                    : "Data set " + d.id() + " was already gone.");
            refresh();
        }, this::failed);
    }

    /** Exports a data set as telemetry CSV in the background; progress 0–1 in {@link #exportProgressProperty}. */
    public CompletableFuture<Long> export(DataSetInfo d, Path target) {
        busy.set(true);
        exporting.set(true);
        exportProgress.set(0);
        message.set("Exporting \"" + d.name() + "\" to " + target + " …");
        long total = Math.max(1, d.acceptedRows());
        Consumer<Long> progress = tasks.coalescing(rows -> exportProgress.set(Math.min(1.0, (double) rows / total)));
        return tasks.run(() -> DataSetExport.run(store, d.id(), target, progress::accept), rows -> {
            busy.set(false);
            exporting.set(false);
            exportProgress.set(1);
            message.set("Exported " + Formats.count(rows) + " rows of \"" + d.name() + "\" to " + target + ".");
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        exporting.set(false);
        LOG.warn("data set operation failed: {}", e.getMessage(), e);
        message.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** Asks the application to replay the selected data set (the callback the composition root sets). */
    public void replaySelected() {
        if (selected.get() != null) {
            onReplay.accept(selected.get());
        }
    }

    public void setOnReplay(Consumer<DataSetInfo> action) {
        onReplay = action;
    }

    /** Opens the import dialog (the callback the composition root sets). */
    public void openImport() {
        onImport.run();
    }

    public void setOnImport(Runnable action) {
        onImport = action;
    }

    public ObservableList<DataSetInfo> dataSets() {
        return dataSets;
    }

    public ObjectProperty<DataSetInfo> selectedProperty() {
        return selected;
    }

    public ObservableList<Provenance.Line> provenance() {
        return provenance;
    }

    /** Rejected rows of the selected data set (line, column, value, rule), in file order. */
    public ObservableList<RejectRecord> rejects() {
        return rejects;
    }

    public ReadOnlyStringProperty rejectsTitleProperty() {
        return rejectsTitle.getReadOnlyProperty();
    }

    /** The outcome of the last command, or the error to act on. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while an export runs. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }
}
