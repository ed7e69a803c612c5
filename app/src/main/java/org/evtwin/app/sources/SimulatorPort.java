package org.evtwin.app.sources;

import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.sim.fault.Fault;

/** What the simulator controls may ask of the running twin (implemented by the engine; faked in tests). */
public interface SimulatorPort {
    void setPaused(boolean paused);

    void stepOnce();

    void setSpeed(double simulatedSecondsPerSecond);

    void reset();

    void setScenario(Experiment experiment);

    void setAmbientC(double celsius);

    void inject(Fault fault);
}
