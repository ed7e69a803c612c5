package org.evtwin.core.physics.ageing;

/** The model that does not age cells: state of health stays 1 and the resistance factor stays 1. */
public final class NoAgeing implements AgeingModel {
    /** Factory name: {@value}. */
    public static final String NAME = "none";

    /** Creates the no-ageing model (stateless; one instance may be shared). */
    public NoAgeing() {
        // no parameters
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void advance(AgeingState state, AgeingStress stress, int from, int to) {
        // nothing ages
    }
}
