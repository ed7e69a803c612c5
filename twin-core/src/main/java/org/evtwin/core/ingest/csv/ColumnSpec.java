package org.evtwin.core.ingest.csv;

import org.evtwin.core.telemetry.Channel;

/**
 * One mapped source column.
 *
 * @param source   the header name of the column, or {@code #<n>} for the n-th field (1-based; files without header)
 * @param channel  the channel it fills, as its telemetry-CSV name ({@code pack_current_a}, {@code cell_0_voltage_v})
 * @param unit     the unit the file uses (converted to the channel's core unit)
 * @param scale    extra factor applied to the raw value before the unit conversion (default 1; e.g. cells in
 *                 parallel when a single-cell current stands for a pack)
 * @param sign     which direction of current, power or charge the source writes as positive (default: discharge,
 *                 the core's convention); {@code CHARGE_POSITIVE} columns are negated
 * @param optional when true an empty field or NaN means "not recorded" (NaN in the block) instead of a reject
 */
public record ColumnSpec(String source, String channel, SourceUnit unit, Double scale, Sign sign, Boolean optional) {
    /** Which direction the source counts as positive. */
    public enum Sign {
        DISCHARGE_POSITIVE, CHARGE_POSITIVE
    }

    public ColumnSpec {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source: a header name or #<field number> is required");
        }
        Channel c = ChannelNames.require(channel);
        Quantity q = Quantity.of(c.signal());
        if (unit == null) {
            unit = SourceUnit.coreUnit(q);
        }
        if (unit.quantity() != q) {
            throw new IllegalArgumentException("unit: " + unit.symbol() + " measures " + unit.quantity()
                    + " but channel " + channel + " is " + q);
        }
        scale = scale == null ? 1.0 : scale;
        if (!Double.isFinite(scale) || scale == 0) {
            throw new IllegalArgumentException("scale: must be finite and non-zero, found " + scale);
        }
        sign = sign == null ? Sign.DISCHARGE_POSITIVE : sign;
        if (sign == Sign.CHARGE_POSITIVE && !q.signed()) {
            throw new IllegalArgumentException("sign: CHARGE_POSITIVE applies to current, power or charge, not to "
                    + q + " (" + channel + ")");
        }
        optional = optional != null && optional;
    }

    /** A required column in the given unit, positive = discharge, scale 1. */
    public static ColumnSpec of(String source, String channel, SourceUnit unit) {
        return new ColumnSpec(source, channel, unit, 1.0, Sign.DISCHARGE_POSITIVE, false);
    }

    public ColumnSpec withSign(Sign s) {
        return new ColumnSpec(source, channel, unit, scale, s, optional);
    }

    public ColumnSpec asOptional() {
        return new ColumnSpec(source, channel, unit, scale, sign, true);
    }

    /** The parsed channel. */
    public Channel toChannel() {
        return ChannelNames.require(channel);
    }

    /** The 1-based field number if {@link #source} is {@code #<n>}, else -1. */
    public int fieldNumber() {
        return TimeSpec.fieldNumber(source);
    }
}
