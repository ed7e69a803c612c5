package org.evtwin.app.shell;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evtwin.core.engine.EngineStatus;
import org.evtwin.core.engine.FrameSource;
import org.evtwin.core.engine.SourceStatus;
import org.evtwin.core.engine.SourceSwitch;
import org.evtwin.core.engine.TwinEngine;

/**
 * The status line, refreshed once per pulse, for whichever source feeds the window:
 * "Simulator · running at 60× · t = 1:02:03 · step 2 of 8: Run HWFET", or
 * "Replay · running at 10× · t = 0:12:40 of 1:02:00 · B0005 discharge 1".
 */
public final class StatusLine {
    private final SourceSwitch sources;
    private final TwinEngine simulator;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Starting…");
    private String last = "";

    public StatusLine(SourceSwitch sources, TwinEngine simulator) {
        this.sources = sources;
        this.simulator = simulator;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public void update() {
        FrameSource active = sources.active();
        String line = active == simulator ? simulatorLine() : sourceLine(active.sourceStatus());
        if (!line.equals(last)) {
            last = line;
            text.set(line);
        }
    }

    private String simulatorLine() {
        EngineStatus s = simulator.status();
        var stamped = simulator.latest().get();
        double t = stamped == null ? 0 : stamped.frame().timeS();
        String state = switch (s.state()) {
            case STARTING -> "starting";
            case RUNNING -> String.format(Locale.ROOT, "running at %.0f×", s.speed());
            case PAUSED -> "paused";
            case FAILED -> "stopped by an error: " + s.activity();
            case STOPPED -> "stopped";
        };
        return String.format(Locale.ROOT, "Simulator · %s · t = %s · step %d of %d: %s%s", state, clock(t),
                s.stepIndex() + 1, Math.max(1, s.stepCount()), s.activity(),
                s.scenarioRuns() > 0 ? " · scenario completed " + s.scenarioRuns() + "×" : "");
    }

    static String sourceLine(SourceStatus s) {
        String name = s.source().isEmpty() ? "Source" : Character.toUpperCase(s.source().charAt(0))
                + s.source().substring(1);
        String state = switch (s.state()) {
            case STARTING -> "starting";
            case RUNNING -> Double.isInfinite(s.speed()) ? "running as fast as possible"
                    : String.format(Locale.ROOT, "running at %s×", speed(s.speed()));
            case PAUSED -> "paused";
            case ENDED -> "at the end";
            case FAILED -> "stopped by an error";
            case STOPPED -> "stopped";
        };
        String time = Double.isNaN(s.timeS()) ? "t = –" : "t = " + clock(s.timeS())
                + (Double.isNaN(s.durationS()) ? "" : " of " + clock(s.durationS()));
        return name + " · " + state + " · " + time + (s.activity().isEmpty() ? "" : " · " + s.activity());
    }

    private static String speed(double x) {
        return x < 1 ? String.format(Locale.ROOT, "%.1f", x) : String.format(Locale.ROOT, "%.0f", x);
    }

    /** h:mm:ss of a time in seconds. */
    static String clock(double seconds) {
        long t = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, (t / 60) % 60, t % 60);
    }
}
