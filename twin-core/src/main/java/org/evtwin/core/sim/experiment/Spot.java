package org.evtwin.core.sim.experiment;

/** A place in the experiment text that an error can point at. */
record Spot(int line, int column, int length, String lineText) {

    ExperimentParseException error(String detail) {
        return new ExperimentParseException(line, column, length, lineText, detail);
    }
}
