package org.evtwin.core.telemetry;

/** Receives frames from a source, on the source's thread. */
@FunctionalInterface
public interface FrameSink {
    void accept(PackFrame frame);
}
