package org.evtwin.core.store;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.PackFrame;
import org.evtwin.core.telemetry.Signal;

/**
 * The channels a {@link PackFrame} is stored as: pack current, voltage, power, SoC, then all cell voltages, all cell
 * currents, temperatures, SoCs and SoHs (grouped by quantity, cells in topology order).
 */
final class FrameChannels {
    private static final Signal[] PACK = {Signal.PACK_CURRENT_A, Signal.PACK_VOLTAGE_V, Signal.PACK_POWER_W,
        Signal.PACK_SOC};
    private static final Signal[] CELL = {Signal.CELL_VOLTAGE_V, Signal.CELL_CURRENT_A, Signal.CELL_TEMPERATURE_C,
        Signal.CELL_SOC, Signal.CELL_SOH};

    private FrameChannels() {
    }

    static int count(int cells) {
        return PACK.length + CELL.length * cells;
    }

    static List<ChannelInfo> of(int cells) {
        List<ChannelInfo> out = new ArrayList<>(count(cells));
        for (Signal s : PACK) {
            out.add(new ChannelInfo(out.size(), Channel.pack(s), s.key(), s.unit()));
        }
        for (Signal s : CELL) {
            for (int i = 0; i < cells; i++) {
                Channel ch = Channel.cell(s, i);
                out.add(new ChannelInfo(out.size(), ch, ch.columnName(), s.unit()));
            }
        }
        return out;
    }

    /** Writes the frame's values in channel order into {@code row}. */
    static void fill(PackFrame f, int cells, double[] row) {
        row[0] = f.packCurrentA();
        row[1] = f.packVoltageV();
        row[2] = f.packPowerW();
        row[3] = f.packSoc();
        if (cells > 0) {
            int k = PACK.length;
            System.arraycopy(f.cellVoltageV(), 0, row, k, cells);
            System.arraycopy(f.cellCurrentA(), 0, row, k + cells, cells);
            System.arraycopy(f.cellTemperatureC(), 0, row, k + 2 * cells, cells);
            System.arraycopy(f.cellSoc(), 0, row, k + 3 * cells, cells);
            System.arraycopy(f.cellSoh(), 0, row, k + 4 * cells, cells);
        }
    }
}
