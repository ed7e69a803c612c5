package org.evtwin.core.replay;

import java.util.Arrays;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.Signal;

/**
 * Where each quantity the model needs or is compared with sits in a recording's channel list (-1 = not recorded).
 * For a single-cell model (1s1p) the pack channels and the cell-0 channels are the same quantity, so a recording
 * with only {@code pack_voltage_v} is compared on cell 0, and one with only {@code cell_0_current_a} drives the model.
 */
final class ChannelMap {
    final int current;
    final int ambient;
    final int packVoltage;
    final int packSoc;
    final int minCellVoltage;
    final int maxCellVoltage;
    final int maxTemperature;
    final int[] cellVoltage;
    final int[] cellTemperature;
    final int[] cellSoc;
    final int[] cellSoh;
    final int[] cellCurrent;
    /** Single cell whose pack voltage/SoC channels are its cell-0 channels: compared once, as the cell's. */
    final boolean packIsCell0;

    /**
     * @throws TwinException if the recording has no current to drive the model or a per-cell channel names a cell
     *                       the model does not have
     */
    ChannelMap(String recording, List<Channel> channels, PackTopology topology) {
        int n = topology.cellCount();
        cellVoltage = filled(n);
        cellTemperature = filled(n);
        cellSoc = filled(n);
        cellSoh = filled(n);
        cellCurrent = filled(n);
        int packI = -1;
        int amb = -1;
        int packV = -1;
        int packZ = -1;
        int minV = -1;
        int maxV = -1;
        int maxT = -1;
        for (int c = 0; c < channels.size(); c++) {
            Channel ch = channels.get(c);
            if (ch.signal().perCell() && ch.cell() >= n) {
                throw new TwinException(recording + ": channel " + ch.columnName() + " names cell " + ch.cell()
                        + ", but the model " + topology.name() + " has " + n + " cells (0-" + (n - 1) + ")");
            }
            switch (ch.signal()) {
                case PACK_CURRENT_A -> packI = c;
                case AMBIENT_TEMPERATURE_C -> amb = c;
                case PACK_VOLTAGE_V -> packV = c;
                case PACK_SOC -> packZ = c;
                case MIN_CELL_VOLTAGE_V -> minV = c;
                case MAX_CELL_VOLTAGE_V -> maxV = c;
                case MAX_CELL_TEMPERATURE_C -> maxT = c;
                case CELL_VOLTAGE_V -> cellVoltage[ch.cell()] = c;
                case CELL_TEMPERATURE_C -> cellTemperature[ch.cell()] = c;
                case CELL_SOC -> cellSoc[ch.cell()] = c;
                case CELL_SOH -> cellSoh[ch.cell()] = c;
                case CELL_CURRENT_A -> cellCurrent[ch.cell()] = c;
                default -> { }
            }
        }
        if (n == 1) {
            packI = packI >= 0 ? packI : cellCurrent[0];
            cellCurrent[0] = cellCurrent[0] >= 0 ? cellCurrent[0] : packI;
            packV = packV >= 0 ? packV : cellVoltage[0];
            cellVoltage[0] = cellVoltage[0] >= 0 ? cellVoltage[0] : packV;
            packZ = packZ >= 0 ? packZ : cellSoc[0];
            cellSoc[0] = cellSoc[0] >= 0 ? cellSoc[0] : packZ;
        } else if (topology.parallel() == 1 && packI >= 0) {
            for (int i = 0; i < n; i++) {
                cellCurrent[i] = cellCurrent[i] >= 0 ? cellCurrent[i] : packI;
            }
        }
        if (packI < 0) {
            throw new TwinException(recording + ": no " + Signal.PACK_CURRENT_A.key() + " channel"
                    + (n == 1 ? " (nor cell_0_" + Signal.CELL_CURRENT_A.key() + ")" : "")
                    + ": the model cannot be driven without the measured current");
        }
        packIsCell0 = n == 1;
        current = packI;
        ambient = amb;
        packVoltage = packV;
        packSoc = packZ;
        minCellVoltage = minV;
        maxCellVoltage = maxV;
        maxTemperature = maxT;
    }

    /** True when at least one cell's temperature is recorded. */
    boolean anyCellTemperature() {
        return Arrays.stream(cellTemperature).anyMatch(c -> c >= 0);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
