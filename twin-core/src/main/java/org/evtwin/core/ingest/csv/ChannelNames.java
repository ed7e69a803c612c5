package org.evtwin.core.ingest.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.Signal;

/** Channels by their telemetry-CSV column name: {@code pack_voltage_v}, {@code cell_3_temperature_c}. */
public final class ChannelNames {
    private static final Pattern CELL = Pattern.compile("cell_(\\d{1,7})_(.+)");

    private ChannelNames() {
    }

    /** The channel a column name stands for, or null if the name is not a channel name. */
    public static Channel parse(String name) {
        Matcher m = CELL.matcher(name);
        if (m.matches()) {
            for (Signal s : Signal.values()) {
                if (s.perCell() && s.key().equals(m.group(2))) {
                    return Channel.cell(s, Integer.parseInt(m.group(1)));
                }
            }
            return null;
        }
        for (Signal s : Signal.values()) {
            if (!s.perCell() && s.key().equals(name)) {
                return Channel.pack(s);
            }
        }
        return null;
    }

    /** Like {@link #parse} but fails with the list of valid forms. */
    public static Channel require(String name) {
        Channel c = name == null ? null : parse(name);
        if (c == null) {
            java.util.StringJoiner pack = new java.util.StringJoiner(", ");
            java.util.StringJoiner cell = new java.util.StringJoiner(", ");
            for (Signal s : Signal.values()) {
                (s.perCell() ? cell : pack).add(s.key());
            }
            throw new IllegalArgumentException("unknown channel \"" + name + "\"; expected one of " + pack
                    + ", or cell_<index>_ followed by one of " + cell);
        }
        return c;
    }
}
