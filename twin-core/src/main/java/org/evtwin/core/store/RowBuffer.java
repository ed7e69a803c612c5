package org.evtwin.core.store;

import java.util.Arrays;

/**
 * Rows gathered until a stored block is full: times and one column per channel. Primitive arrays, reused block
 * after block, so the import path allocates nothing per row.
 */
final class RowBuffer {
    /** Rows per stored block: 4,096 rows × 8 bytes = 32 KiB per channel row in {@code sample_data}. */
    static final int BLOCK_ROWS = 4096;

    final double[] times;
    final double[][] columns;
    int size;

    RowBuffer(int channels, int capacity) {
        times = new double[capacity];
        columns = new double[channels][capacity];
    }

    boolean isFull() {
        return size == times.length;
    }

    int capacity() {
        return times.length;
    }

    void clear() {
        size = 0;
    }

    double firstTime() {
        return times[0];
    }

    double lastTime() {
        return times[size - 1];
    }

    /** Appends one row; {@code values[c]} for channel c. */
    void add(double timeS, double[] values) {
        int r = size++;
        times[r] = timeS;
        for (int c = 0; c < columns.length; c++) {
            columns[c][r] = values[c];
        }
    }

    /** Fills the unset columns of the last row with NaN (rows added by parts). */
    void fillNaN(int fromChannel) {
        for (int c = fromChannel; c < columns.length; c++) {
            Arrays.fill(columns[c], size - 1, size, Double.NaN);
        }
    }
}
