package org.evtwin.core.replay;

import java.util.List;
import org.evtwin.core.telemetry.Channel;

/**
 * Read access to one recorded data set, as the replay needs it. Implemented in memory ({@link InMemoryRecording}) and
 * by the store (H2) through an adapter; any other back end (a CSV file read directly) can implement it too.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #channels()} is fixed for the data set; every block returned by a cursor has exactly these channels
 *       in this order (so channel indices found once stay valid).</li>
 *   <li>Samples come in non-decreasing time order; times are seconds since the data set's epoch (the same numbers
 *       {@link #startTimeS()} and {@link #endTimeS()} use). Values are in the core's units; NaN = not recorded in
 *       that row.</li>
 *   <li>{@link #open(double)} may be called many times (every seek opens a new cursor) and from a thread other than
 *       the one that built the reader (the replay thread); each cursor is used by one thread.</li>
 * </ul>
 */
public interface RecordingReader {

    /** For messages and the status line: the data set's name or file. */
    String name();

    /** The recorded columns, in block order. */
    List<Channel> channels();

    /** Time of the first sample [s]. */
    double startTimeS();

    /** Time of the last sample [s] (equal to the start for a one-row data set). */
    double endTimeS();

    /**
     * A cursor over the samples with time ≥ {@code fromTimeS}, in time order (from the first sample when
     * {@code fromTimeS} is at or before {@link #startTimeS()}).
     */
    SampleCursor open(double fromTimeS);
}
