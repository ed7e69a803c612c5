package org.evtwin.core.telemetry;

import java.util.Arrays;
import java.util.List;

/**
 * A block of consecutive samples of a recorded data set, column-major, in the core's units: the unit of exchange
 * between importers, the store and replay (a block of a few thousand rows, reused by the producer, keeps the
 * import path free of per-row objects). {@code NaN} means "not recorded in this row".
 *
 * <p>Not thread-safe; a consumer that keeps data past {@code accept} must copy it.
 */
public final class SampleBlock {
    private final List<Channel> channels;
    private final double[] timeS;
    private final long[] sourceLine;
    private final double[][] values;
    private int size;

    public SampleBlock(List<Channel> channels, int capacity) {
        this.channels = List.copyOf(channels);
        this.timeS = new double[capacity];
        this.sourceLine = new long[capacity];
        this.values = new double[this.channels.size()][capacity];
    }

    public List<Channel> channels() {
        return channels;
    }

    public int capacity() {
        return timeS.length;
    }

    public int size() {
        return size;
    }

    public boolean isFull() {
        return size == timeS.length;
    }

    public void clear() {
        size = 0;
    }

    /**
     * Appends a row and returns its index; the caller then sets each channel with {@link #set}. Unset values of the
     * new row are NaN.
     *
     * @param timeS time of the sample [s] since the data set's epoch
     * @param line  1-based line number in the source file (0 when the sample has no source line)
     */
    public int addRow(double timeS, long line) {
        if (isFull()) {
            throw new IllegalStateException("block full (" + capacity() + " rows)");
        }
        int row = size++;
        this.timeS[row] = timeS;
        this.sourceLine[row] = line;
        for (double[] column : values) {
            column[row] = Double.NaN;
        }
        return row;
    }

    public void set(int row, int channel, double value) {
        values[channel][row] = value;
    }

    public double timeS(int row) {
        return timeS[row];
    }

    public long sourceLine(int row) {
        return sourceLine[row];
    }

    public double value(int row, int channel) {
        return values[channel][row];
    }

    /** The backing array of one channel (valid up to {@link #size()}); read-only by contract. */
    public double[] column(int channel) {
        return values[channel];
    }

    /** The backing time array (valid up to {@link #size()}); read-only by contract. */
    public double[] times() {
        return timeS;
    }

    @Override
    public String toString() {
        return "SampleBlock[" + size + " rows × " + channels.size() + " channels, t=" + (size == 0 ? "-"
                : timeS[0] + "…" + timeS[size - 1] + " s") + "]";
    }

    /** A copy holding only the filled rows (for tests and for consumers that keep data). */
    public SampleBlock copy() {
        SampleBlock c = new SampleBlock(channels, Math.max(1, size));
        System.arraycopy(timeS, 0, c.timeS, 0, size);
        System.arraycopy(sourceLine, 0, c.sourceLine, 0, size);
        for (int k = 0; k < values.length; k++) {
            c.values[k] = Arrays.copyOf(values[k], Math.max(1, size));
        }
        c.size = size;
        return c;
    }
}
