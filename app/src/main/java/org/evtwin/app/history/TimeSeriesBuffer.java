package org.evtwin.app.history;

/**
 * A fixed-size ring of (time, value) points for one signal: the chart's memory. Primitive arrays, no boxing, no
 * allocation once built; the newest {@link #capacity()} points are kept.
 */
public final class TimeSeriesBuffer {
    private final double[] time;
    private final double[] value;
    private int start;
    private int size;

    public TimeSeriesBuffer(int capacity) {
        time = new double[capacity];
        value = new double[capacity];
    }

    public int capacity() {
        return time.length;
    }

    public int size() {
        return size;
    }

    public void add(double t, double v) {
        int end = (start + size) % time.length;
        time[end] = t;
        value[end] = v;
        if (size < time.length) {
            size++;
        } else {
            start = (start + 1) % time.length;
        }
    }

    /** The i-th oldest point's time. */
    public double time(int i) {
        return time[(start + i) % time.length];
    }

    /** The i-th oldest point's value. */
    public double value(int i) {
        return value[(start + i) % time.length];
    }

    public void clear() {
        start = 0;
        size = 0;
    }
}
