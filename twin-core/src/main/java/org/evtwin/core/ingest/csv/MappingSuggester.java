package org.evtwin.core.ingest.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests a mapping for an unknown file from its header names when they say what they hold: a time column
 * ({@code time}, {@code t}, {@code seconds}, {@code timestamp} …, ms or s from the name, ISO-8601 when the first value
 * looks like a date) and columns whose names contain voltage, current, temperature, soc, power or speed, with the
 * unit written in the name ({@code [mV]}, {@code (mA)}, {@code _degC}, {@code %} …). A suggestion, never applied
 * without the user seeing it.
 */
final class MappingSuggester {
    private static final Pattern UNIT = Pattern.compile("[\\[(_ ]\\s*(mv|v|ma|a|degc|°c|c|k|%|w|kw|km/h|kmh|mph|m/s)"
            + "\\s*[\\])]?$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");

    private MappingSuggester() {
    }

    static ColumnMapping suggest(List<String> lines) {
        char delimiter = DialectSniffer.delimiter(lines);
        String[] names = lines.get(0).split(Pattern.quote(String.valueOf(delimiter)), -1);
        String[] first = lines.size() > 1 ? lines.get(1).split(Pattern.quote(String.valueOf(delimiter)), -1)
                : new String[0];
        TimeSpec time = null;
        List<ColumnSpec> cols = new ArrayList<>();
        int cells = 0;
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip().replace("\"", "");
            String key = name.toLowerCase(Locale.ROOT);
            Matcher u = UNIT.matcher(key);
            String unit = u.find() ? u.group(1) : "";
            if (time == null && key.matches("(time|t|seconds|secs|timestamp|datetime|elapsed)([ _\\[(].*)?")) {
                boolean iso = i < first.length && DATE.matcher(first[i].strip()).matches();
                time = iso ? TimeSpec.iso(name, null, "UTC") : unit.equals("ms") || key.contains("ms")
                        ? TimeSpec.milliseconds(name) : TimeSpec.seconds(name);
                continue;
            }
            ColumnSpec c = column(name, key, unit, cells);
            if (c != null && cols.stream().noneMatch(x -> x.channel().equals(c.channel()))) {
                cols.add(c);
            }
        }
        if (time == null || cols.isEmpty()) {
            return null;
        }
        return ColumnMapping.of("suggested", time, cols).withDialect(null, String.valueOf(delimiter), null);
    }

    private static ColumnSpec column(String name, String key, String unit, int cell) {
        boolean pack = key.contains("pack");
        if (key.contains("volt")) {
            return ColumnSpec.of(name, pack ? "pack_voltage_v" : "cell_" + cell + "_voltage_v",
                    unit.equals("mv") ? SourceUnit.MV : SourceUnit.V);
        }
        if (key.contains("curr")) {
            return ColumnSpec.of(name, "pack_current_a", unit.equals("ma") ? SourceUnit.MA : SourceUnit.A);
        }
        if (key.contains("temp")) {
            return ColumnSpec.of(name, key.contains("amb") ? "ambient_temperature_c" : "cell_" + cell
                    + "_temperature_c", unit.equals("k") ? SourceUnit.K : SourceUnit.DEG_C);
        }
        if (key.contains("soc")) {
            return ColumnSpec.of(name, pack ? "pack_soc" : "cell_" + cell + "_soc",
                    unit.equals("%") ? SourceUnit.PERCENT : SourceUnit.FRACTION);
        }
        if (key.contains("power")) {
            return ColumnSpec.of(name, "pack_power_w", unit.equals("kw") ? SourceUnit.KW : SourceUnit.W);
        }
        if (key.contains("speed")) {
            return ColumnSpec.of(name, "vehicle_speed_m_s", switch (unit) {
                case "km/h", "kmh" -> SourceUnit.KM_H;
                case "mph" -> SourceUnit.MPH;
                default -> SourceUnit.M_S;
            });
        }
        return null;
    }
}
