package org.evtwin.core.ml;

/** Progress of a training run: fits done out of fits planned, and what is being fitted. */
@FunctionalInterface
public interface TrainingListener {
    TrainingListener NONE = (done, total, what) -> { };

    void progress(int done, int total, String what);
}
