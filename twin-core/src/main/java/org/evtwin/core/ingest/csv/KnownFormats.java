package org.evtwin.core.ingest.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evtwin.core.TwinException;

/**
 * Recognises the formats we know from the first lines of a file and gives their mapping: our telemetry CSV
 * ({@code twin simulate --out}), NASA PCoE per-discharge and per-charge files and the converted B0025-set time
 * series, ORNL Nissan Leaf Bitrode exports (with or without header), PyBaMM drive cycles and FASTSim speed
 * schedules. The header names decide; none of these formats needs the file name. Anything else gets "no known
 * format; supply a mapping" and, when the header names make it obvious, a suggested mapping.
 */
public final class KnownFormats {
    public static final String TELEMETRY = "evtwin-telemetry";
    public static final String NASA_DISCHARGE = "nasa-pcoe-discharge";
    public static final String NASA_CHARGE = "nasa-pcoe-charge";
    public static final String NASA_CONVERTED = "nasa-pcoe-converted-discharge";
    public static final String BITRODE = "ornl-leaf-bitrode";
    public static final String PYBAMM = "pybamm-drive-cycle";
    public static final String FASTSIM = "fastsim-speed";
    private static final Set<String> BITRODE_MODES = Set.of("CHRG", "DCHG", "REST");

    private KnownFormats() {
    }

    /** Detects the format of a file; fails (file + line + reason) only when the file is not readable text. */
    public static FormatDetection detect(Path file) {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        FileHead head;
        try {
            head = FileHead.read(file, null);
        } catch (TextInput.NotTextException e) {
            throw new TwinException(label + ": line " + e.line + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TwinException(label + ": cannot read (" + e.getMessage() + ")", e);
        }
        List<String> lines = head.lines().stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return new FormatDetection(null, null, label + ": no known format: the file has no text lines");
        }
        FormatDetection d = lines.get(0).startsWith("#") ? commentHeader(lines) : firstLine(lines);
        if (d != null) {
            return new FormatDetection(d.format(), d.mapping(), label + ": " + d.message());
        }
        ColumnMapping suggestion = MappingSuggester.suggest(lines);
        return new FormatDetection(null, suggestion, label + ": no known format; supply a mapping"
                + (suggestion == null ? " (no time column recognised in the header)"
                : " (a suggestion from the header names is attached: check its units and channels)"));
    }

    private static FormatDetection commentHeader(List<String> lines) {
        String header = null;
        for (String l : lines) {
            if (!l.startsWith("#")) {
                break;
            }
            header = l.substring(1);
        }
        List<String> names = split(header);
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        if (!lower.contains("time [s]") || names.size() != 2) {
            return null;
        }
        String value = names.get(1 - lower.indexOf("time [s]"));
        ColumnMapping m = switch (value.toLowerCase(Locale.ROOT)) {
            case "current [a]" -> FormatMappings.pybamm(value, "pack_current_a", SourceUnit.A);
            case "power [kw]" -> FormatMappings.pybamm(value, "pack_power_w", SourceUnit.KW);
            case "power [w]" -> FormatMappings.pybamm(value, "pack_power_w", SourceUnit.W);
            case "speed [m/s]" -> FormatMappings.pybamm(value, "vehicle_speed_m_s", SourceUnit.M_S);
            case "speed [km/h]" -> FormatMappings.pybamm(value, "vehicle_speed_m_s", SourceUnit.KM_H);
            default -> null;
        };
        return m == null ? null : new FormatDetection(PYBAMM, m, "PyBaMM drive cycle (time [s], " + value + ")");
    }

    private static FormatDetection firstLine(List<String> lines) {
        List<String> f = split(lines.get(0));
        if (f.size() > 1 && f.get(0).equals("time_s") && f.stream().skip(1).anyMatch(n -> ChannelNames.parse(n)
                != null)) {
            return new FormatDetection(TELEMETRY, FormatMappings.telemetry(f), "evtwin telemetry CSV ("
                    + FormatMappings.telemetry(f).columns().size() + " signal columns)");
        }
        if (f.containsAll(List.of("voltage", "current", "temperature"))) {
            if (f.contains("discharge_time")) {
                return new FormatDetection(NASA_DISCHARGE, FormatMappings.nasa(NASA_DISCHARGE, "discharge_time"),
                        "NASA PCoE discharge record");
            }
            if (f.contains("charge_time")) {
                return new FormatDetection(NASA_CHARGE, FormatMappings.nasa(NASA_CHARGE, "charge_time"),
                        "NASA PCoE charge record");
            }
        }
        if (f.containsAll(List.of("start_time", "Time_s", "Voltage_measured_V", "Current_measured_A",
                "Temperature_measured_C", "ambient_temperature_C"))) {
            return new FormatDetection(NASA_CONVERTED, FormatMappings.nasaConverted(),
                    "NASA PCoE discharge time series (converted from .mat)");
        }
        if (f.size() >= 15 && f.get(0).equals("Exclude") && f.get(1).equals("Time(s)")
                && f.get(8).equals("Current(A)") && f.get(9).equals("Voltage(V)") && f.get(10).equals("Power(W)")) {
            return new FormatDetection(BITRODE, FormatMappings.bitrode(true), "ORNL Bitrode export with header");
        }
        if ((f.size() == 15 || f.size() == 16) && (f.get(0).equals("No") || f.get(0).equals("Yes"))
                && BITRODE_MODES.contains(f.get(13))) {
            return new FormatDetection(BITRODE, FormatMappings.bitrode(false), "ORNL Bitrode export without header");
        }
        if (f.containsAll(List.of("cycSecs", "cycMps"))) {
            return new FormatDetection(FASTSIM, FormatMappings.fastsim(), "FASTSim speed schedule");
        }
        return null;
    }

    static List<String> split(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
    }
}
