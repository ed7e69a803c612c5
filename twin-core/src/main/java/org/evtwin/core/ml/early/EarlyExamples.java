package org.evtwin.core.ml.early;

import java.util.List;
import org.evtwin.core.ml.Task;
import org.evtwin.core.ml.TrainingSet;
import org.evtwin.core.ml.data.SeversonCells;

/** Labelled rows of the early task: one per cell, its features and its cycle life. */
public final class EarlyExamples {
    private EarlyExamples() {
    }

    public static TrainingSet of(List<SeversonCells.Cell> cells, List<String> files) {
        TrainingSet.Builder b = new TrainingSet.Builder(Task.EARLY).files(files);
        for (SeversonCells.Cell c : cells) {
            b.add(c.id(), EarlyFeatures.of(c), c.cycleLife());
        }
        return b.build();
    }
}
