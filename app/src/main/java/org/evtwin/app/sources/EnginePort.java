package org.evtwin.app.sources;

import org.evtwin.core.engine.TwinEngine;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.sim.fault.Fault;

/** The simulator panel's port onto the real {@link TwinEngine} (tests use their own port). */
public final class EnginePort implements SimulatorPort {
    private final TwinEngine engine;

    public EnginePort(TwinEngine engine) {
        this.engine = engine;
    }

    @Override
    public void setPaused(boolean paused) {
        engine.setPaused(paused);
    }

    @Override
    public void stepOnce() {
        engine.stepOnce();
    }

    @Override
    public void setSpeed(double s) {
        engine.setSpeed(s);
    }

    @Override
    public void reset() {
        engine.reset();
    }

    @Override
    public void setScenario(Experiment experiment) {
        engine.setScenario(experiment);
    }

    @Override
    public void setAmbientC(double celsius) {
        engine.setAmbientC(celsius);
    }

    @Override
    public void inject(Fault fault) {
        engine.inject(fault);
    }
}
