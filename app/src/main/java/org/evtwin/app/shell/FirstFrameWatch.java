package org.evtwin.app.shell;

import javafx.application.Platform;

/**
 * Runs a piece of start-up work once, right after the pulse that drew the window's first frame (or after
 * {@value #PATIENCE_PULSES} pulses without a frame, so a source that never delivers cannot hold the window
 * incomplete). It runs outside the pulse, so the first frame is rendered while it works.
 */
public final class FirstFrameWatch {
    /** About two seconds at 60 pulses/s. */
    static final int PATIENCE_PULSES = 120;
    private final FramePump pump;
    private final Runnable work;
    private boolean fired;

    public FirstFrameWatch(FramePump pump, Runnable work) {
        this.pump = pump;
        this.work = work;
    }

    /** Registers with the pump (FX thread, before or after the pump started). */
    public void start() {
        pump.onPulse(now -> {
            if (!fired && (pump.frames() > 0 || pump.pulses() > PATIENCE_PULSES)) {
                fired = true;
                Platform.runLater(work);
            }
        });
    }
}
