package org.evtwin.core.store;

import org.evtwin.core.telemetry.Channel;

/**
 * One channel of a stored data set with where it came from: the core channel (signal in its fixed unit, cell index),
 * the source column and the unit it had there (so provenance shows "Voltage_measured [mV] → cell_0_voltage_v [V]").
 *
 * @param index        position of the channel in the data set (0-based; the order of {@code SampleBlock} columns)
 * @param channel      the core channel; its unit is {@code channel.signal().unit()}
 * @param sourceColumn column name in the source file or message field ("" when the source had none)
 * @param sourceUnit   unit in the source before conversion ("" when unknown or already the core unit)
 */
public record ChannelInfo(int index, Channel channel, String sourceColumn, String sourceUnit) {
    public ChannelInfo {
        if (index < 0) {
            throw new IllegalArgumentException("channel index must be >= 0, found " + index);
        }
        sourceColumn = sourceColumn == null ? "" : sourceColumn;
        sourceUnit = sourceUnit == null ? "" : sourceUnit;
    }

    /** The unit of the stored values (the signal's fixed core unit). */
    public String unit() {
        return channel.signal().unit();
    }
}
