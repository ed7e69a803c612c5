package org.evtwin.core.ml;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled examples for one task: a feature row, the true value [cycles] and the cell it came from (the group that
 * cross-validation keeps together, so no cycle of a held-out cell is ever trained on).
 *
 * @param task      the task the rows are for
 * @param features  names of the row's columns: the task's features, or (only to cross-validate a candidate feature
 *                  set, never to ship) another list
 * @param groups    cell of each row
 * @param x         feature rows, in the order of {@code features}
 * @param y         true value of each row [cycles]
 * @param dataFiles the files the rows came from ("path sha256=...")
 * @param notes     what was left out of the data and why
 */
public record TrainingSet(Task task, List<String> features, List<String> groups, List<double[]> x, double[] y, List<String> dataFiles,
        List<String> notes) {

    public int size() {
        return y.length;
    }

    /** The distinct cells, in first-seen order. */
    public List<String> cells() {
        return groups.stream().distinct().toList();
    }

    /** The rows of the given cells (keep = true) or of all other cells (keep = false). */
    public TrainingSet select(java.util.Set<String> cells, boolean keep) {
        List<String> g = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (cells.contains(groups.get(i)) == keep) {
                g.add(groups.get(i));
                rows.add(x.get(i));
                v.add(y[i]);
            }
        }
        return new TrainingSet(task, features, g, rows, v.stream().mapToDouble(Double::doubleValue).toArray(), dataFiles, notes);
    }

    /** Builder for rows added one at a time. */
    public static final class Builder {
        private final Task task;
        private List<String> features;
        private final List<String> groups = new ArrayList<>();
        private final List<double[]> x = new ArrayList<>();
        private final List<Double> y = new ArrayList<>();
        private final List<String> files = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        public Builder(Task task) {
            this.task = task;
            this.features = task.features();
        }

        /** Other column names than the task's features (a candidate set under cross-validation). */
        public Builder features(List<String> names) {
            features = List.copyOf(names);
            return this;
        }

        public Builder add(String cell, double[] row, double cycles) {
            if (row.length != features.size()) {
                throw new IllegalArgumentException(cell + ": " + row.length + " values for " + features.size()
                        + " features");
            }
            groups.add(cell);
            x.add(row);
            y.add(cycles);
            return this;
        }

        public Builder files(List<String> f) {
            files.addAll(f);
            return this;
        }

        public Builder notes(List<String> n) {
            notes.addAll(n);
            return this;
        }

        public TrainingSet build() {
            return new TrainingSet(task, features, List.copyOf(groups), List.copyOf(x),
                    y.stream().mapToDouble(Double::doubleValue).toArray(), List.copyOf(files), List.copyOf(notes));
        }
    }
}
