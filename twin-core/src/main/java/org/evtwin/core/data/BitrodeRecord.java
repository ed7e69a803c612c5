package org.evtwin.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A Bitrode cycler log (ORNL Nissan Leaf files) in SI units with the current sign converted to the core's convention
 * (positive = discharge; the Bitrode writes positive = charge).
 *
 * @param file        file name, for messages
 * @param series      time [s], current [A, + = discharge], voltage [V]; no temperature
 * @param cycle       the "Cycle" column
 * @param step        the "Step" column (test-programme step number)
 * @param stepTimeS   time since the step began [s]
 * @param mode        "CHRG", "DCHG" or "REST"
 * @param flag        the "Data" column ("S" = end of a step, "Q" = end of test, "P" = pause, "" = none)
 * @param line        1-based line number of each sample in the file
 */
public record BitrodeRecord(String file, MeasuredSeries series, int[] cycle, int[] step, double[] stepTimeS,
        String[] mode, String[] flag, int[] line) {

    public int size() {
        return series.size();
    }

    public double time(int i) {
        return series.timeS()[i];
    }

    public double current(int i) {
        return series.currentA()[i];
    }

    public double voltage(int i) {
        return series.voltageV()[i];
    }

    /** One maximal run of consecutive samples with the same step number. */
    public record StepRun(int first, int last, int step, String mode) {
        public int count() {
            return last - first + 1;
        }
    }

    /** The log cut into runs of equal step number (a new run also starts where the step time restarts). */
    public List<StepRun> stepRuns() {
        List<StepRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= size(); i++) {
            boolean boundary = i == size() || step[i] != step[start] || stepTimeS[i] < stepTimeS[i - 1];
            if (boundary) {
                runs.add(new StepRun(start, i - 1, step[start], mode[start]));
                start = i;
            }
        }
        return runs;
    }
}
