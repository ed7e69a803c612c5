package org.evtwin.app.sources;

import org.evtwin.core.engine.FrameSource;
import org.evtwin.core.model.PackTopology;

/**
 * What a source panel (replay, live) asks of the workstation: make a source feed the window. Implemented by the
 * composition root; called on the FX thread.
 */
public interface SourceHost {
    /**
     * Makes {@code source} feed the 3D view, gauges, charts and alerts. The views are rebuilt when its pack differs
     * from the one shown. A previously active non-simulator source is closed; the simulator is paused.
     *
     * @param source   started or not (the host starts it)
     * @param topology the pack the source's frames describe (cell arrays in its order)
     */
    void use(FrameSource source, PackTopology topology);

    /** Goes back to the built-in simulator (closing the active replay or live source). */
    void useSimulator();

    /** The source feeding the window now. */
    FrameSource active();
}
