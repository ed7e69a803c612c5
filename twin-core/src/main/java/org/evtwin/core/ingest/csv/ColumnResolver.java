package org.evtwin.core.ingest.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds the mapped columns in a header: by exact name (blanks around names ignored), else ignoring case; or by field
 * number for {@code #<n>}. The first of duplicated names is used. Builds the per-field targets {@link RowParser} uses.
 */
final class ColumnResolver {
    private ColumnResolver() {
    }

    /**
     * @param header the header's names, or null for a file without header (then {@code fields} is the field count)
     * @return the target of each field, and the names used in messages, or an error text naming the missing column
     */
    static Resolved resolve(ColumnMapping m, List<String> header, int fields) {
        List<String> names = new ArrayList<>();
        if (header != null) {
            for (String h : header) {
                names.add(h.strip());
            }
            while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
                names.remove(names.size() - 1);
            }
        } else {
            for (int i = 1; i <= fields; i++) {
                names.add("#" + i);
            }
        }
        int[] target = new int[names.size()];
        Arrays.fill(target, RowParser.IGNORE);
        TimeSpec t = m.time();
        if (t.kind() == TimeSpec.Kind.DATE_TIME) {
            place(target, names, t.dateColumn(), RowParser.DATE, "time.dateColumn");
            place(target, names, t.timeColumn(), RowParser.CLOCK, "time.timeColumn");
        } else {
            place(target, names, t.column(), RowParser.TIME, "time.column");
            if (t.offsetColumn() != null) {
                place(target, names, t.offsetColumn(), RowParser.OFFSET, "time.offsetColumn");
            }
        }
        for (int k = 0; k < m.columns().size(); k++) {
            place(target, names, m.columns().get(k).source(), k, "columns[" + k + "]");
        }
        return new Resolved(target, names.toArray(String[]::new));
    }

    /** The targets and names of the fields. */
    record Resolved(int[] target, String[] names) {
    }

    /** A mapped column that the header lacks. */
    static final class MissingColumn extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MissingColumn(String message) {
            super(message);
        }
    }

    private static void place(int[] target, List<String> names, String source, int code, String what) {
        int i = index(names, source);
        if (i < 0) {
            throw new MissingColumn(what + " '" + source + "' is not in the "
                    + (names.isEmpty() || names.get(0).startsWith("#") ? names.size() + " fields of the first row"
                    : "header " + names));
        }
        if (target[i] != RowParser.IGNORE) {
            throw new MissingColumn(what + " '" + source + "' is already mapped by another entry");
        }
        target[i] = code;
    }

    private static int index(List<String> names, String source) {
        int n = TimeSpec.fieldNumber(source);
        if (n > 0) {
            return n <= names.size() ? n - 1 : -1;
        }
        String s = source.strip();
        int i = names.indexOf(s);
        if (i >= 0) {
            return i;
        }
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) {
                return j;
            }
        }
        return -1;
    }
}
