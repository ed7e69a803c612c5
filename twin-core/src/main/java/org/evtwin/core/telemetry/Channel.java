package org.evtwin.core.telemetry;

/**
 * One column of a recorded data set: a signal, and for per-cell signals the cell index (topology order, from 0).
 *
 * @param signal what is recorded, in the signal's fixed unit
 * @param cell   cell index for per-cell signals, -1 for pack-level signals
 */
public record Channel(Signal signal, int cell) {
    public Channel {
        if (signal.perCell() ? cell < 0 : cell != -1) {
            throw new IllegalArgumentException(signal + (signal.perCell() ? " needs a cell index >= 0, found "
                    : " is pack-level: cell must be -1, found ") + cell);
        }
    }

    public static Channel pack(Signal signal) {
        return new Channel(signal, -1);
    }

    public static Channel cell(Signal signal, int cell) {
        return new Channel(signal, cell);
    }

    /** Canonical column name, as in the telemetry CSV header: {@code pack_voltage_v}, {@code cell_3_temperature_c}. */
    public String columnName() {
        return signal.perCell() ? "cell_" + cell + "_" + signal.key() : signal.key();
    }
}
