package org.evtwin.core.engine;

import org.evtwin.core.telemetry.FrameSink;

/**
 * What the workstation needs of whatever feeds it frames (the simulator {@link TwinEngine}, the replay engine, later
 * the live MQTT source): the newest frame for the once-per-pulse UI, listeners called with every frame on the
 * source's thread (alerts, recording), play/pause, speed, status, close. The views only see this, so switching the
 * source (through a {@link SourceSwitch}) needs no special case in them.
 */
public interface FrameSource extends AutoCloseable {

    /** The newest frame (read by the UI once per pulse). */
    LatestFrame latest();

    /** Listener called on the source's thread with every published frame (keep it short: it paces the source). */
    void addFrameListener(FrameSink sink);

    /** Removes a listener added with {@link #addFrameListener}; no effect if it is not registered. */
    void removeFrameListener(FrameSink sink);

    /** Readable from any thread. */
    SourceStatus sourceStatus();

    void setPaused(boolean paused);

    boolean paused();

    /**
     * Source seconds per wall-clock second.
     *
     * @throws IllegalArgumentException if the source does not support that speed (the message says the range)
     */
    void setSpeed(double speed);

    double speed();

    /** Starts the source's thread. */
    void start();

    /** Stops the source's thread and waits briefly for it. */
    @Override
    void close();
}
