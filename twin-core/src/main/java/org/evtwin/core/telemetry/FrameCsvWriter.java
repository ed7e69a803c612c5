package org.evtwin.core.telemetry;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.evtwin.core.io.PartialFile;

/**
 * Writes frames as the project's telemetry CSV (wide format, documented in {@code assets/schemas/telemetry-csv.md}):
 * one row per frame, pack columns then per-cell columns {@code cell_<index>_<quantity>_<unit>}. Units are in the
 * header. Numbers are written with {@link Double#toString} so that reading them back gives the same doubles.
 *
 * <p>Writes to {@code <file>.part} and renames on {@link #close()}: a crash never leaves a half file under the
 * final name. {@link #abort()} deletes the partial file.
 */
public final class FrameCsvWriter implements FrameSink, Closeable {
    public static final String[] PACK_COLUMNS = {"time_s", "pack_current_a", "pack_voltage_v", "pack_power_w",
        "pack_soc", "min_cell_voltage_v", "max_cell_voltage_v", "max_temperature_c", "limit"};
    public static final String[] CELL_QUANTITIES = {"voltage_v", "current_a", "temperature_c", "soc", "soh"};

    private final PartialFile file;
    private final BufferedWriter out;
    private final boolean perCell;
    private boolean headerWritten;
    private long rows;

    public FrameCsvWriter(Path target, boolean perCell) {
        this.file = new PartialFile(target);
        this.out = file.writer();
        this.perCell = perCell;
    }

    @Override
    public void accept(PackFrame f) {
        try {
            if (!headerWritten) {
                writeHeader(f.cellCount());
                headerWritten = true;
            }
            StringBuilder row = new StringBuilder(perCell ? 64 + f.cellCount() * 5 * 20 : 160);
            row.append(f.timeS()).append(',').append(f.packCurrentA()).append(',').append(f.packVoltageV())
                    .append(',').append(f.packPowerW()).append(',').append(f.packSoc()).append(',')
                    .append(f.minCellVoltageV()).append(',').append(f.maxCellVoltageV()).append(',')
                    .append(f.maxTemperatureC()).append(',').append(f.limit());
            if (perCell) {
                for (int i = 0; i < f.cellCount(); i++) {
                    row.append(',').append(f.cellVoltageV()[i]).append(',').append(f.cellCurrentA()[i])
                            .append(',').append(f.cellTemperatureC()[i]).append(',').append(f.cellSoc()[i])
                            .append(',').append(f.cellSoh()[i]);
                }
            }
            out.write(row.append('\n').toString());
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(file.partial() + ": write failed", e);
        }
    }

    private void writeHeader(int cells) throws IOException {
        StringBuilder h = new StringBuilder(String.join(",", PACK_COLUMNS));
        if (perCell) {
            for (int i = 0; i < cells; i++) {
                for (String q : CELL_QUANTITIES) {
                    h.append(",cell_").append(i).append('_').append(q);
                }
            }
        }
        out.write(h.append('\n').toString());
    }

    public long rows() {
        return rows;
    }

    /** Finishes the file and moves it to its final name. */
    @Override
    public void close() {
        file.commit();
    }

    /** Discards the partial file (after an error or a cancel). */
    public void abort() {
        file.abort();
    }
}
