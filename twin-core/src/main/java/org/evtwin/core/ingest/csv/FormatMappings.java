package org.evtwin.core.ingest.csv;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.telemetry.Channel;

/**
 * The mappings of the known formats. Single-cell test records (NASA, ORNL) map their current to
 * {@code pack_current_a} (the signal's "pack or single-cell test current") and the measured cell voltage and
 * temperature to cell 0. Sources that write current positive on charge get {@link ColumnSpec.Sign#CHARGE_POSITIVE}.
 * Units and sign conventions are those stated in each data set's SOURCE.txt.
 */
final class FormatMappings {
    private static final ColumnSpec.Sign CHARGE = ColumnSpec.Sign.CHARGE_POSITIVE;

    private FormatMappings() {
    }

    /**
     * Our telemetry CSV ({@code assets/schemas/telemetry-csv.md}): every column named like a channel is imported
     * as is (core units, so no conversion and an exact round trip); NaN or empty means "not recorded". The
     * {@code limit} column (a text: what limited the current) is not a signal and is skipped. A repeated time is
     * kept: the simulator writes the frame at the boundary of two experiment steps twice.
     */
    static ColumnMapping telemetry(List<String> header) {
        List<ColumnSpec> cols = new ArrayList<>();
        for (String h : header) {
            Channel c = ChannelNames.parse(h.strip());
            if (c != null) {
                cols.add(new ColumnSpec(h.strip(), h.strip(), null, 1.0, null, true));
            }
        }
        return new ColumnMapping(null, KnownFormats.TELEMETRY, "UTF-8", ",", ".", null, 0,
                ColumnMapping.Header.FIRST_LINE, TimeSpec.seconds("time_s"), cols,
                ColumnMapping.TimeOrder.NON_DECREASING);
    }

    /** NASA PCoE per-discharge ({@code dis_<n>_cap_<Ah>.csv}) or per-charge ({@code charge_<n>.csv}) file. */
    static ColumnMapping nasa(String name, String timeColumn) {
        return new ColumnMapping(null, name, "UTF-8", ",", ".", null, 0, ColumnMapping.Header.FIRST_LINE,
                TimeSpec.seconds(timeColumn), List.of(
                        ColumnSpec.of("current", "pack_current_a", SourceUnit.A).withSign(CHARGE),
                        ColumnSpec.of("voltage", "cell_0_voltage_v", SourceUnit.V),
                        ColumnSpec.of("temperature", "cell_0_temperature_c", SourceUnit.DEG_C)), null);
    }

    /**
     * NASA PCoE discharge time series converted from the .mat files (B0025 set): start time (ISO-8601, MATLAB
     * datevec without zone, read as UTC) plus seconds since start.
     */
    static ColumnMapping nasaConverted() {
        return new ColumnMapping(null, KnownFormats.NASA_CONVERTED, "UTF-8", ",", ".", null, 0,
                ColumnMapping.Header.FIRST_LINE, TimeSpec.iso("start_time", "Time_s", "UTC"), List.of(
                        ColumnSpec.of("Current_measured_A", "pack_current_a", SourceUnit.A).withSign(CHARGE),
                        ColumnSpec.of("Voltage_measured_V", "cell_0_voltage_v", SourceUnit.V),
                        ColumnSpec.of("Temperature_measured_C", "cell_0_temperature_c", SourceUnit.DEG_C),
                        ColumnSpec.of("ambient_temperature_C", "ambient_temperature_c", SourceUnit.DEG_C)), null);
    }

    /**
     * ORNL Nissan Leaf Bitrode export, with or without its header line (columns by position: 2 Time(s), 9
     * Current(A) + = charge, 10 Voltage(V), 11 Power(W) + = charge). Read as ISO-8859-1 like the Bitrode writes.
     */
    static ColumnMapping bitrode(boolean header) {
        return new ColumnMapping(null, KnownFormats.BITRODE, "ISO-8859-1", ",", ".", null, 0,
                header ? ColumnMapping.Header.FIRST_LINE : ColumnMapping.Header.NONE, TimeSpec.seconds("#2"),
                List.of(ColumnSpec.of("#9", "pack_current_a", SourceUnit.A).withSign(CHARGE),
                        ColumnSpec.of("#10", "cell_0_voltage_v", SourceUnit.V),
                        ColumnSpec.of("#11", "pack_power_w", SourceUnit.W).withSign(CHARGE)), null);
    }

    /** PyBaMM drive cycle: header in the last '#' comment, {@code time [s]} and current [A] or power [kW]/[W]. */
    static ColumnMapping pybamm(String valueColumn, String channel, SourceUnit unit) {
        return new ColumnMapping(null, KnownFormats.PYBAMM, "UTF-8", ",", ".", "#", 0,
                ColumnMapping.Header.LAST_COMMENT, TimeSpec.seconds("time [s]"),
                List.of(ColumnSpec.of(valueColumn, channel, unit)), null);
    }

    /** FASTSim speed schedule: {@code cycSecs,cycMps,cycGrade,cycRoadType}. */
    static ColumnMapping fastsim() {
        return new ColumnMapping(null, KnownFormats.FASTSIM, "UTF-8", ",", ".", null, 0,
                ColumnMapping.Header.FIRST_LINE, TimeSpec.seconds("cycSecs"),
                List.of(ColumnSpec.of("cycMps", "vehicle_speed_m_s", SourceUnit.M_S)), null);
    }
}
