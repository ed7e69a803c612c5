package org.evtwin.core.replay;

import org.evtwin.core.engine.SourceStatus;

/**
 * The replay's cursor and state, readable from any thread.
 *
 * @param state     what the replay thread is doing
 * @param positionS time of the last published frame [s] (recording time), the window start before the first
 * @param fromS     window start [s]
 * @param toS       window end [s]
 * @param speed     recording seconds per wall second; {@code +Infinity} = as fast as possible
 * @param loop      whether the window restarts when it ends
 * @param frames    frames published since start
 * @param loops     how many times the window has restarted
 * @param message   the data set name, or the failure message
 */
public record ReplayStatus(SourceStatus.State state, double positionS, double fromS, double toS, double speed,
        boolean loop, long frames, long loops, String message) {

    /** Length of the window [s]. */
    public double durationS() {
        return toS - fromS;
    }

    ReplayStatus with(SourceStatus.State newState, double position, double newSpeed, boolean newLoop, long newFrames,
            long newLoops, String newMessage) {
        return new ReplayStatus(newState, position, fromS, toS, newSpeed, newLoop, newFrames, newLoops, newMessage);
    }
}
