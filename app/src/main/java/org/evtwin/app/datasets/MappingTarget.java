package org.evtwin.app.datasets;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.ingest.csv.Quantity;
import org.evtwin.core.ingest.csv.SourceUnit;
import org.evtwin.core.telemetry.Signal;

/**
 * What a source column is in the mapping editor: ignored, a part of the time (the time column, the seconds added to
 * an ISO time, the date or the time of day of a date + time pair) or a signal (pack level, or per cell with a cell
 * index given beside it).
 *
 * @param role   which of these
 * @param signal the signal for {@link Role#SIGNAL}, else null
 * @param label  what the choice box shows
 */
public record MappingTarget(Role role, Signal signal, String label) {
    /** The kinds of target. */
    public enum Role {
        IGNORE, TIME, TIME_OFFSET, DATE, CLOCK, SIGNAL
    }

    public static final MappingTarget IGNORE = new MappingTarget(Role.IGNORE, null, "ignore");
    public static final MappingTarget TIME = new MappingTarget(Role.TIME, null, "time");
    public static final MappingTarget TIME_OFFSET = new MappingTarget(Role.TIME_OFFSET, null,
            "seconds after the ISO time");
    public static final MappingTarget DATE = new MappingTarget(Role.DATE, null, "date");
    public static final MappingTarget CLOCK = new MappingTarget(Role.CLOCK, null, "time of day");
    /** Every choice, in the order the choice box lists them. */
    public static final List<MappingTarget> ALL = all();

    /** The target of a signal. */
    public static MappingTarget of(Signal s) {
        return ALL.stream().filter(t -> t.signal == s).findFirst().orElseThrow();
    }

    /** Whether the target needs a cell index. */
    public boolean perCell() {
        return signal != null && signal.perCell();
    }

    /** The quantity of a signal target, null for the others. */
    public Quantity quantity() {
        return signal == null ? null : Quantity.of(signal);
    }

    /** The units the file may use for this target (none for ignore and time parts). */
    public List<SourceUnit> units() {
        Quantity q = quantity();
        return q == null ? List.of() : java.util.Arrays.stream(SourceUnit.values()).filter(u -> u.quantity() == q)
                .toList();
    }

    /** Whether a sign convention applies (current, power, charge). */
    public boolean signed() {
        return signal != null && Quantity.of(signal).signed();
    }

    @Override
    public String toString() {
        return label;
    }

    private static List<MappingTarget> all() {
        List<MappingTarget> out = new ArrayList<>(List.of(IGNORE, TIME, TIME_OFFSET, DATE, CLOCK));
        for (Signal s : Signal.values()) {
            if (!s.perCell()) {
                out.add(new MappingTarget(Role.SIGNAL, s, "pack: " + name(s)));
            }
        }
        for (Signal s : Signal.values()) {
            if (s.perCell()) {
                out.add(new MappingTarget(Role.SIGNAL, s, "cell: " + name(s)));
            }
        }
        return List.copyOf(out);
    }

    /** "current", "max temperature", "charge throughput": the key without the pack/unit parts. */
    static String name(Signal s) {
        return switch (s) {
            case PACK_CURRENT_A, CELL_CURRENT_A -> "current";
            case PACK_VOLTAGE_V, CELL_VOLTAGE_V -> "voltage";
            case PACK_POWER_W -> "power";
            case PACK_SOC, CELL_SOC -> "state of charge";
            case AMBIENT_TEMPERATURE_C -> "ambient temperature";
            case CHARGE_THROUGHPUT_C -> "charge throughput";
            case VEHICLE_SPEED_M_S -> "vehicle speed";
            case CELL_TEMPERATURE_C -> "temperature";
            case CELL_SOH -> "state of health";
            case MIN_CELL_VOLTAGE_V -> "min cell voltage";
            case MAX_CELL_VOLTAGE_V -> "max cell voltage";
            case MAX_CELL_TEMPERATURE_C -> "max cell temperature";
        };
    }
}
