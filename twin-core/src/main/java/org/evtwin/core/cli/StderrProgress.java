package org.evtwin.core.cli;

import java.util.Locale;
import org.evtwin.core.sim.Simulator;
import picocli.CommandLine;

/** Progress on stderr, one line per experiment step, so stdout stays clean for results and JSON. */
final class StderrProgress implements Simulator.ProgressListener {
    private final CommandLine.Model.CommandSpec spec;

    StderrProgress(CommandLine.Model.CommandSpec spec) {
        this.spec = spec;
    }

    @Override
    public void update(int stepIndex, int stepCount, double simulatedTimeS, String activity) {
        if (stepIndex < stepCount) {
            spec.commandLine().getErr().printf(Locale.ROOT, "[%d/%d] t = %.0f s: %s%n", stepIndex + 1, stepCount,
                    simulatedTimeS, activity);
        }
    }
}
