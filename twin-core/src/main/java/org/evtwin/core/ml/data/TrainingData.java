package org.evtwin.core.ml.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.ml.TrainingSet;
import org.evtwin.core.ml.early.EarlyExamples;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.ml.history.HistoryExamples;

/** Training sets of both tasks from the data folders the command line names. */
public final class TrainingData {
    private TrainingData() {
    }

    /** All NASA cells of the folders (either layout), judged against {@code eolAh}. */
    public static NasaHistories.Loaded nasa(List<Path> folders, double eolAh) {
        List<CellHistory> cells = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path f : folders) {
            NasaHistories.Loaded l = NasaHistories.load(f, eolAh);
            cells.addAll(l.cells());
            String prefix = f.getFileName() + "/";
            l.files().forEach(s -> files.add(prefix + s));
            notes.addAll(l.notes());
        }
        return new NasaHistories.Loaded(cells, files, notes);
    }

    /** History rows of the given cells (all training thresholds). */
    public static TrainingSet history(NasaHistories.Loaded loaded) {
        return HistoryExamples.trainingSet(loaded.cells(), loaded.files(), loaded.notes());
    }

    /** Early rows of the train split only: the test splits never reach training. */
    public static TrainingSet early(SeversonCells.Loaded loaded, Path folder) {
        List<String> files = loaded.files().stream().map(s -> folder.getFileName() + "/" + s).toList();
        return EarlyExamples.of(loaded.split("train"), files);
    }
}
