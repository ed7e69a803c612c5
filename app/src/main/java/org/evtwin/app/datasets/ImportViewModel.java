package org.evtwin.app.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.ColumnSpec;
import org.evtwin.core.ingest.csv.FormatDetection;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.ingest.csv.MappingJson;
import org.evtwin.core.ingest.csv.SourceColumns;
import org.evtwin.core.store.CsvFileImport;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.RejectRecord;
import org.evtwin.core.telemetry.Channel;

/**
 * The import dialog's state: the chosen file, its detected format (or "supply a mapping" with the suggested one), the
 * mapping (loaded from / saved to JSON), a preview of the first rows through that mapping, the error policy, then the
 * import in the background with progress (rows/s, time left), cancel, and the summary with the rejects. File work runs
 * on the {@link BackgroundTasks} thread; no scene classes.
 */
public final class ImportViewModel {
    /** Data lines shown in the preview. */
    public static final int PREVIEW_ROWS = 20;
    /** Format name stored for a file read with a user's mapping. */
    public static final String MAPPED_FORMAT = "mapped-csv";

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper detection = new ReadOnlyStringWrapper(this, "detection", "");
    private final ReadOnlyObjectWrapper<ColumnMapping> mapping = new ReadOnlyObjectWrapper<>(this, "mapping");
    private final ReadOnlyStringWrapper mappingOrigin = new ReadOnlyStringWrapper(this, "mappingOrigin", "");
    private final ObservableList<ColumnSpec> mappedColumns = FXCollections.observableArrayList();
    private final ObservableList<Channel> previewChannels = FXCollections.observableArrayList();
    private final ObservableList<ImportPreview.Row> previewRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewProblem = new ReadOnlyStringWrapper(this, "previewProblem", "");
    private final ErrorPolicyChoice errorPolicy = new ErrorPolicyChoice();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyObjectWrapper<ImportState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ImportState.NO_FILE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ImportJob job;
    private final MappingEditor editor = new MappingEditor();
    private long mappingVersion;
    private String knownFormat;
    private Consumer<DataSetInfo> onImported = d -> { };

    public ImportViewModel(DataSetStore store, BackgroundTasks tasks) {
        this.tasks = tasks;
        job = new ImportJob(store, tasks, state, message);
        editor.setOnEdited(this::edited);
    }

    /** Detects the format of {@code path} and previews its first rows (in the background). */
    public CompletableFuture<ImportPreview.Result> chooseFile(Path path) {
        file.set(path);
        mapping.set(null);   // a file that cannot be read must not keep the previous file's mapping
        mappingOrigin.set("");
        mappingVersion++;
        editor.load(null, null);
        name.set(stem(path));
        state.set(ImportState.READING);
        job.reset();
        return tasks.run(() -> {
            FormatDetection d = KnownFormats.detect(path);
            ImportPreview.Result p = d.mapping() == null ? null : ImportPreview.read(path, d.mapping(), PREVIEW_ROWS);
            return new Read(d, d.mapping(), p, columns(path, d.mapping()));
        }, d -> {
            knownFormat = d.detection().format();
            detection.set(d.detection().message());
            setMapping(d.detection().mapping(), d.detection().known() ? "the known format" : d.mapping() == null
                    ? "none found: map the columns below" : "suggested from the header names: check the columns below",
                    d.preview(), d.columns());
        }, this::failed).thenApply(Read::preview);
    }

    /** What a background read of the file found. */
    private record Read(FormatDetection detection, ColumnMapping mapping, ImportPreview.Result preview,
            SourceColumns columns) {
    }

    /** The file's columns for the editor, or null when it has none (detection already says why). */
    private static SourceColumns columns(Path data, ColumnMapping dialect) {
        try {
            return data == null ? null : SourceColumns.read(data, dialect);
        } catch (org.evtwin.core.TwinException e) {
            return null;
        }
    }

    /** Uses a mapping saved as JSON (the file's format then counts as {@value #MAPPED_FORMAT}). */
    public CompletableFuture<ImportPreview.Result> loadMapping(Path json) {
        Path data = file.get();
        state.set(ImportState.READING);
        return tasks.run(() -> {
            ColumnMapping m = MappingJson.read(json);
            return new Read(null, m, data == null ? null : ImportPreview.read(data, m, PREVIEW_ROWS),
                    columns(data, m));
        }, l -> {
            knownFormat = null;
            setMapping(l.mapping(), "loaded from " + json.getFileName(), l.preview(), l.columns());
        }, this::failed).thenApply(Read::preview);
    }

    /** Accepts the mapping suggested for an unknown file after looking at its preview. */
    public void useSuggestedMapping() {
        if (state.get() == ImportState.NEEDS_MAPPING && mapping.get() != null) {
            mappingOrigin.set("suggested from the header names, accepted");
            state.set(ImportState.READY);
        }
    }

    /** Saves the current mapping as JSON (to edit it, or to reuse it for files of the same kind). */
    public CompletableFuture<Path> saveMapping(Path json) {
        ColumnMapping m = mapping.get();
        return tasks.run(() -> {
            MappingJson.write(m, json);
            return json;
        }, p -> message.set("Mapping saved to " + p + "."), this::failed);
    }

    private void setMapping(ColumnMapping m, String origin, ImportPreview.Result p, SourceColumns columns) {
        mappingVersion++;
        editor.load(columns, m);
        mapping.set(m);
        mappingOrigin.set(origin);
        mappedColumns.setAll(m == null ? List.of() : m.columns());
        showPreview(p);
        message.set("");
        state.set(file.get() == null ? ImportState.NO_FILE : m == null || knownFormat == null
                && origin.startsWith("suggested") ? ImportState.NEEDS_MAPPING : ImportState.READY);
    }

    /** After an edit in the column editor: the edited mapping (or none while it has problems), then its preview. */
    private void edited(ColumnMapping m) {
        long version = ++mappingVersion;
        Path data = file.get();
        knownFormat = null;
        mapping.set(m);
        mappingOrigin.set("edited in the dialog");
        mappedColumns.setAll(m == null ? List.of() : m.columns());
        message.set("");
        if (m == null || data == null) {
            showPreview(null);
            state.set(data == null ? ImportState.NO_FILE : ImportState.NEEDS_MAPPING);
            return;
        }
        state.set(ImportState.READING);
        tasks.run(() -> ImportPreview.read(data, m, PREVIEW_ROWS), p -> {
            if (version == mappingVersion) {
                showPreview(p);
                state.set(ImportState.READY);
            }
        }, e -> {
            if (version == mappingVersion) {
                failed(e);
            }
        });
    }

    private void showPreview(ImportPreview.Result p) {
        previewChannels.setAll(p == null ? List.of() : p.channels());
        previewRows.setAll(p == null ? List.of() : p.rows());
        previewProblem.set(p == null ? "" : p.problem());
    }

    /** Imports the file in the background with progress; {@link #cancel()} stops it and nothing is kept. */
    public CompletableFuture<CsvFileImport.Result> startImport() {
        Path path = file.get();
        ColumnMapping m = mapping.get();
        if (path == null || m == null || !state.get().canStart()) {
            throw new IllegalStateException("no file with a mapping ready to import (state " + state.get() + ")");
        }
        String format = knownFormat != null ? knownFormat : MAPPED_FORMAT;
        String displayName = name.get() == null || name.get().isBlank() ? null : name.get().strip();
        return job.start(path, m, format, displayName, errorPolicy.policy(), onImported);
    }

    /** Requests a cancel of the running import (any thread); the store keeps nothing of it. */
    public void cancel() {
        job.cancel();
    }

    private void failed(Throwable e) {
        state.set(file.get() == null ? ImportState.NO_FILE : mapping.get() == null ? ImportState.NEEDS_MAPPING
                : ImportState.READY);
        message.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Called on the UI thread with each data set imported (the browser refreshes). */
    public void setOnImported(Consumer<DataSetInfo> action) {
        onImported = action;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** What detection found, or "no known format; supply a mapping …". */
    public ReadOnlyStringProperty detectionProperty() {
        return detection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    /** Where the mapping came from (known format, suggestion, file). */
    public ReadOnlyStringProperty mappingOriginProperty() {
        return mappingOrigin.getReadOnlyProperty();
    }

    public ObservableList<ColumnSpec> mappedColumns() {
        return mappedColumns;
    }

    /** The column-by-column editor of the mapping (loaded with each file and mapping; edits apply at once). */
    public MappingEditor editor() {
        return editor;
    }

    public ObservableList<Channel> previewChannels() {
        return previewChannels;
    }

    /** The first lines as the import reads them: accepted values in core units, rejects with their reason. */
    public ObservableList<ImportPreview.Row> previewRows() {
        return previewRows;
    }

    public ReadOnlyStringProperty previewProblemProperty() {
        return previewProblem.getReadOnlyProperty();
    }

    /** What to do with bad rows. */
    public ErrorPolicyChoice errorPolicy() {
        return errorPolicy;
    }

    /** Display name of the new data set (default: the file name without extension). */
    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyObjectProperty<ImportState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Fraction of the file read, 0–1; -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return job.progress.getReadOnlyProperty();
    }

    /** Rows so far, rows/s and time left. */
    public ReadOnlyStringProperty progressTextProperty() {
        return job.progressText.getReadOnlyProperty();
    }

    /** The summary after the import, or why it stopped (file, line, column, rule). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The imported data set, or for a duplicate the existing one. */
    public ReadOnlyObjectProperty<DataSetInfo> resultProperty() {
        return job.result.getReadOnlyProperty();
    }

    /** Rejects kept for the imported data set (file order). */
    public ObservableList<RejectRecord> rejects() {
        return job.rejects;
    }
}
