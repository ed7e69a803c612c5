package org.evtwin.app.shell;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evtwin.core.engine.EngineStatus;
import org.evtwin.core.engine.TwinEngine;
import org.evtwin.core.telemetry.PackFrame;

/** "Simulator · running at 60× · t = 1:02:03 · step 2 of 8: Run HWFET" — refreshed once per pulse. */
public final class StatusLine {
    private final TwinEngine engine;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Starting…");
    private String last = "";

    public StatusLine(TwinEngine engine) {
        this.engine = engine;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public void update() {
        EngineStatus s = engine.status();
        var stamped = engine.latest().get();
        PackFrame f = stamped == null ? null : stamped.frame();
        long t = f == null ? 0 : Math.round(f.timeS());
        String state = switch (s.state()) {
            case STARTING -> "starting";
            case RUNNING -> String.format(Locale.ROOT, "running at %.0f×", s.speed());
            case PAUSED -> "paused";
            case FAILED -> "stopped by an error: " + s.activity();
            case STOPPED -> "stopped";
        };
        String line = String.format(Locale.ROOT, "Simulator · %s · t = %d:%02d:%02d · step %d of %d: %s%s", state,
                t / 3600, (t / 60) % 60, t % 60, s.stepIndex() + 1, Math.max(1, s.stepCount()), s.activity(),
                s.scenarioRuns() > 0 ? " · scenario completed " + s.scenarioRuns() + "×" : "");
        if (!line.equals(last)) {
            last = line;
            text.set(line);
        }
    }
}
