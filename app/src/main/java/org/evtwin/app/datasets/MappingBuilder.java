package org.evtwin.app.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.ColumnSpec;
import org.evtwin.core.ingest.csv.TimeSpec;
import org.evtwin.core.telemetry.Channel;

/**
 * Builds a {@link ColumnMapping} from the editor's rows and time form, or says, per column and rule, why it cannot:
 * "no time column", "columns 'a' and 'b' are both mapped as time", "pack_current_a is mapped twice: columns 'I' and
 * 'I2'", "column 'V': scale must be a finite non-zero number, found '0'" … All problems are listed at once.
 */
final class MappingBuilder {
    /**
     * @param mapping  the mapping, or null when there are problems
     * @param problems one line each, in column order after the time rules
     */
    record Built(ColumnMapping mapping, List<String> problems) {
    }

    private MappingBuilder() {
    }

    /**
     * @param dialect the mapping whose dialect, header position, name and time order are kept (null = defaults); its
     *                columns keep their order (the data set's channel order), newly mapped ones follow in file order
     */
    static Built build(List<MappingRow> rows, TimeSpec.Kind kind, String pattern, String zone, ColumnMapping dialect) {
        if (rows.isEmpty()) {
            return new Built(null, List.of());   // no file (or no columns) yet: nothing to say
        }
        List<String> problems = new ArrayList<>();
        for (MappingRow r : rows) {
            if (!r.inFile() && r.targetProperty().get().role() != MappingTarget.Role.IGNORE) {
                problems.add("column '" + r.source() + "' of the mapping is not in this file: set it to ignore");
            }
        }
        TimeSpec time = time(rows, kind, pattern, zone, problems);
        List<ColumnSpec> columns = new ArrayList<>(columns(rows, problems));
        if (dialect != null) {
            List<String> order = dialect.columns().stream().map(ColumnSpec::source).toList();
            columns.sort(java.util.Comparator.comparingInt(c -> order.contains(c.source()) ? order.indexOf(c.source())
                    : Integer.MAX_VALUE));
        }
        if (columns.isEmpty()) {
            problems.add("no signal column: map at least one column to a pack or cell signal");
        }
        if (!problems.isEmpty()) {
            return new Built(null, List.copyOf(problems));
        }
        try {
            ColumnMapping d = dialect;
            return new Built(new ColumnMapping(null, d == null ? "mapped in the import dialog" : d.name(),
                    d == null ? null : d.encoding(), d == null ? null : d.delimiter(),
                    d == null ? null : d.decimalSeparator(), d == null ? null : d.commentPrefix(),
                    d == null ? 0 : d.skipLines(), d == null ? null : d.header(), time, columns,
                    d == null ? null : d.timeOrder()), List.of());
        } catch (IllegalArgumentException e) {
            return new Built(null, List.of(e.getMessage()));
        }
    }

    private static TimeSpec time(List<MappingRow> rows, TimeSpec.Kind kind, String pattern, String zone,
            List<String> problems) {
        boolean dateTime = kind == TimeSpec.Kind.DATE_TIME;
        String time = single(rows, MappingTarget.TIME, problems);
        String offset = single(rows, MappingTarget.TIME_OFFSET, problems);
        String date = single(rows, MappingTarget.DATE, problems);
        String clock = single(rows, MappingTarget.CLOCK, problems);
        String form = "the time form \"" + label(kind) + "\"";
        if (dateTime) {
            if (time != null) {
                problems.add("column '" + time + "': \"time\" is not used with " + form + "; choose \"date\" and"
                        + " \"time of day\"");
            }
            if (date == null) {
                problems.add("no date column: choose one column as \"date\" (or another time form)");
            }
            if (clock == null) {
                problems.add("no time-of-day column: choose one column as \"time of day\" (or another time form)");
            }
        } else {
            if (time == null) {
                problems.add("no time column: choose one column as \"time\"");
            }
            for (String c : new String[] {date, clock}) {
                if (c != null) {
                    problems.add("column '" + c + "': \"" + rows.stream().filter(r -> r.source().equals(c))
                            .findFirst().orElseThrow().targetProperty().get().label() + "\" needs the time form \""
                            + label(TimeSpec.Kind.DATE_TIME) + "\", not " + form);
                }
            }
        }
        if (offset != null && kind != TimeSpec.Kind.ISO_8601) {
            problems.add("column '" + offset + "': \"" + MappingTarget.TIME_OFFSET.label() + "\" needs the time form"
                    + " \"" + label(TimeSpec.Kind.ISO_8601) + "\", not " + form);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            String z = zone == null || zone.isBlank() ? null : zone.strip();
            return dateTime ? TimeSpec.dateTime(date, clock, pattern, z)
                    : new TimeSpec(kind, time, offset, null, null, null, z);
        } catch (IllegalArgumentException e) {
            problems.add("time " + e.getMessage());
            return null;
        }
    }

    /** The one column with {@code target}, or null; two or more are a problem. */
    private static String single(List<MappingRow> rows, MappingTarget target, List<String> problems) {
        List<String> with = rows.stream().filter(r -> r.targetProperty().get().equals(target))
                .map(MappingRow::source).toList();
        if (with.size() > 1) {
            problems.add("columns '" + String.join("' and '", with) + "' are both mapped as " + target.label());
        }
        return with.isEmpty() ? null : with.get(0);
    }

    private static List<ColumnSpec> columns(List<MappingRow> rows, List<String> problems) {
        List<ColumnSpec> out = new ArrayList<>();
        Map<Channel, String> byChannel = new LinkedHashMap<>();
        Map<String, String> seenNames = new LinkedHashMap<>();
        for (MappingRow r : rows) {
            String key = r.source().toLowerCase(Locale.ROOT);
            boolean shadowed = seenNames.containsKey(key) && r.inFile();
            seenNames.putIfAbsent(key, r.source());
            MappingTarget t = r.targetProperty().get();
            if (t.role() != MappingTarget.Role.SIGNAL) {
                continue;
            }
            if (shadowed) {
                problems.add("column '" + r.source() + "' mapped twice: the header has two columns of that name and"
                        + " only the first one is read; rename one in the file");
                continue;
            }
            Channel ch = channel(r, t, problems);
            Double scale = scale(r, problems);
            if (ch == null || scale == null) {
                continue;
            }
            String before = byChannel.putIfAbsent(ch, r.source());
            if (before != null) {
                problems.add(ch.columnName() + " is mapped twice: columns '" + before + "' and '" + r.source() + "'");
                continue;
            }
            try {
                out.add(new ColumnSpec(r.source(), ch.columnName(), r.unitProperty().get(), scale,
                        r.signProperty().get(), r.optionalProperty().get()));
            } catch (IllegalArgumentException e) {
                // a unit or sign that does not fit the quantity (also seen for a moment while a row's target
                // changes and its unit and sign follow one after the other)
                problems.add("column '" + r.source() + "': " + e.getMessage());
            }
        }
        return out;
    }

    private static Channel channel(MappingRow r, MappingTarget t, List<String> problems) {
        if (!t.perCell()) {
            return Channel.pack(t.signal());
        }
        String text = r.cellProperty().get() == null ? "" : r.cellProperty().get().strip();
        if (text.matches("\\d{1,7}")) {
            return Channel.cell(t.signal(), Integer.parseInt(text));
        }
        problems.add("column '" + r.source() + "': cell index must be a whole number from 0 to 9999999, found '"
                + text + "'");
        return null;
    }

    private static Double scale(MappingRow r, List<String> problems) {
        String text = r.scaleProperty().get() == null ? "" : r.scaleProperty().get().strip();
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v) && v != 0 && !text.matches("(?i).*(nan|inf).*")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("column '" + r.source() + "': scale must be a finite non-zero number, found '" + text + "'");
        return null;
    }

    /** What the time form choice shows. */
    static String label(TimeSpec.Kind kind) {
        return switch (kind) {
            case SECONDS -> "seconds";
            case MILLISECONDS -> "milliseconds";
            case ISO_8601 -> "ISO-8601 date-time";
            case DATE_TIME -> "date + time columns";
        };
    }
}
