package org.evtwin.core.telemetry;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.evtwin.core.TwinException;

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

    private final Path target;
    private final Path partial;
    private final BufferedWriter out;
    private final boolean perCell;
    private boolean headerWritten;
    private long rows;

    public FrameCsvWriter(Path target, boolean perCell) {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        this.perCell = perCell;
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TwinException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
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
            throw new UncheckedIOException(partial + ": write failed", e);
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
        try {
            out.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TwinException(target + ": cannot finish writing (" + e.getMessage() + ")", e);
        }
    }

    /** Discards the partial file (after an error or a cancel). */
    public void abort() {
        try {
            out.close();
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new TwinException(partial + ": cannot remove partial file (" + e.getMessage() + ")", e);
        }
    }
}
