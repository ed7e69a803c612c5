package org.evtwin.core.engine;

/**
 * What a frame source is doing, in terms common to the simulator and the replay (for a status line that does not
 * care which source runs).
 *
 * @param source    short name of the source ("simulator", "replay")
 * @param state     what it is doing
 * @param speed     source seconds per wall-clock second; {@code +Infinity} = as fast as possible
 * @param timeS     time of the newest published frame [s], NaN before the first
 * @param durationS length of the material [s] (a recording's time range), NaN when open-ended (the simulator)
 * @param activity  one line for people: the experiment step, the data set name, or a failure message
 */
public record SourceStatus(String source, State state, double speed, double timeS, double durationS,
        String activity) {

    /** States of a source. */
    public enum State {
        /** Built, or started and preparing its first frame. */
        STARTING,
        /** Publishing frames. */
        RUNNING,
        /** Holding its position. */
        PAUSED,
        /** Reached the end of finite material (a replay without loop); a seek or play goes on. */
        ENDED,
        /** Stopped by an error (see activity). */
        FAILED,
        /** Closed. */
        STOPPED
    }
}
