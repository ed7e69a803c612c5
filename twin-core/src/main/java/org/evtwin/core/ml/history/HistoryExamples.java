package org.evtwin.core.ml.history;

import java.util.List;
import org.evtwin.core.ml.Task;
import org.evtwin.core.ml.TrainingSet;

/**
 * Labelled rows for the history task. Every entry before end of life with enough history is a row labelled with the
 * cycles that remained. Because the features are relative to the threshold, each cell is labelled against several
 * thresholds ({@link #THRESHOLDS}, fractions of nominal): a cell that never reaches 70 % still teaches how fast a
 * cell travels from 90 % to 85 %. This multiplies what six NASA cells can teach; no cycle of a held-out cell enters
 * training because folds hold out whole cells.
 */
public final class HistoryExamples {
    /** End-of-life thresholds used for training, as fractions of nominal capacity. */
    public static final double[] THRESHOLDS = {0.6, 0.625, 0.65, 0.675, 0.7, 0.725, 0.75, 0.775, 0.8, 0.825, 0.85,
        0.875, 0.9, 0.925};

    private HistoryExamples() {
    }

    /** Rows of all cells against all training thresholds they cross with enough history before. */
    public static TrainingSet trainingSet(List<CellHistory> cells, List<String> files, List<String> notes) {
        TrainingSet.Builder b = new TrainingSet.Builder(Task.HISTORY).files(files).notes(notes);
        for (CellHistory c : cells) {
            for (double f : THRESHOLDS) {
                addRows(b, c.withEol(f * c.nominalCapacityAh()), 0.0);
            }
        }
        return b.build();
    }

    /**
     * Adds the rows of one cell against its own threshold, from {@code fromLifeFraction} of its life on (0: all);
     * returns the number added (0 if it never reaches end of life within the record).
     */
    public static int addRows(TrainingSet.Builder b, CellHistory c, double fromLifeFraction) {
        int eol = c.eolIndex();
        if (eol < HistoryFeatures.MIN_CYCLES) {
            return 0;
        }
        double life = c.cycle()[eol];
        int added = 0;
        for (int k = HistoryFeatures.MIN_CYCLES - 1; k < eol; k++) {
            if (c.cycle()[k] >= fromLifeFraction * life) {
                b.add(c.cellId(), HistoryFeatures.at(c, k), life - c.cycle()[k]);
                added++;
            }
        }
        return added;
    }
}
