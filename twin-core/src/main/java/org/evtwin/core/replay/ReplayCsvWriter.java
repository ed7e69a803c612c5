package org.evtwin.core.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.evtwin.core.io.PartialFile;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Writes replayed frames as CSV, one row per frame: time and the measured current, then for the pack and for every
 * cell the measured, model and residual (measured − model) value of voltage, temperature and SoC. Units are in the
 * column names ({@code _v}, {@code _c} for degC, {@code _k} for a temperature difference, SoC as a fraction); empty
 * cells are NaN = not measured. Numbers are written with {@link Double#toString} (they read back exactly).
 * Writes {@code <file>.part} and renames it on {@link #close()}; {@link #abort()} deletes it.
 */
public final class ReplayCsvWriter implements Consumer<ReplayFrame>, AutoCloseable {
    private final PartialFile file;
    private final BufferedWriter out;
    private boolean headerWritten;
    private long rows;

    public ReplayCsvWriter(Path target) {
        this.file = new PartialFile(target);
        this.out = file.writer();
    }

    @Override
    public void accept(ReplayFrame f) {
        PackFrame m = f.measured();
        PackFrame s = f.model();
        try {
            if (!headerWritten) {
                out.write(header(m.cellCount()));
                headerWritten = true;
            }
            StringBuilder row = new StringBuilder(80 + m.cellCount() * 9 * 20);
            row.append(f.timeS()).append(',').append(m.packCurrentA());
            triple(row, m.packVoltageV(), s.packVoltageV(), f.packVoltageResidualV());
            triple(row, m.packSoc(), s.packSoc(), f.packSocResidual());
            PackExtremes x = f.measuredExtremes();
            triple(row, x.minCellVoltageV(), s.minCellVoltageV(), f.residual(ResidualSignal.MIN_CELL_VOLTAGE, 0));
            triple(row, x.maxCellVoltageV(), s.maxCellVoltageV(), f.residual(ResidualSignal.MAX_CELL_VOLTAGE, 0));
            triple(row, x.maxTemperatureC(), s.maxTemperatureC(), f.residual(ResidualSignal.MAX_CELL_TEMPERATURE, 0));
            for (int i = 0; i < m.cellCount(); i++) {
                triple(row, m.cellVoltageV()[i], s.cellVoltageV()[i], f.cellVoltageResidualV()[i]);
                triple(row, m.cellTemperatureC()[i], s.cellTemperatureC()[i], f.cellTemperatureResidualK()[i]);
                triple(row, m.cellSoc()[i], s.cellSoc()[i], f.cellSocResidual()[i]);
            }
            out.write(row.append('\n').toString());
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(file.partial() + ": write failed", e);
        }
    }

    static String header(int cells) {
        StringBuilder h = new StringBuilder("time_s,measured_pack_current_a");
        quantity(h, "pack_", "voltage", "v", "v");
        quantity(h, "pack_", "soc", "", "");
        quantity(h, "pack_", "min_cell_voltage", "v", "v");
        quantity(h, "pack_", "max_cell_voltage", "v", "v");
        quantity(h, "pack_", "max_temperature", "c", "k");
        for (int i = 0; i < cells; i++) {
            String p = "cell_" + i + "_";
            quantity(h, p, "voltage", "v", "v");
            quantity(h, p, "temperature", "c", "k");
            quantity(h, p, "soc", "", "");
        }
        return h.append('\n').toString();
    }

    private static void quantity(StringBuilder h, String prefix, String name, String unit, String residualUnit) {
        String u = unit.isEmpty() ? "" : "_" + unit;
        String ru = residualUnit.isEmpty() ? "" : "_" + residualUnit;
        h.append(',').append(prefix).append("measured_").append(name).append(u)
                .append(',').append(prefix).append("model_").append(name).append(u)
                .append(',').append(prefix).append("residual_").append(name).append(ru);
    }

    private static void triple(StringBuilder row, double measured, double model, double residual) {
        row.append(',');
        if (!Double.isNaN(measured)) {
            row.append(measured);
        }
        row.append(',').append(model).append(',');
        if (!Double.isNaN(residual)) {
            row.append(residual);
        }
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
