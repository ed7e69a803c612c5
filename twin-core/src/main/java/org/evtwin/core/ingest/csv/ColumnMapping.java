package org.evtwin.core.ingest.csv;

import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evtwin.core.telemetry.Channel;

/**
 * How to read one kind of delimited file: the dialect (encoding, delimiter, decimal separator, comments, lines to
 * skip, where the header is), the time and the mapped columns with their units. Immutable; saved and reused as JSON
 * ({@link MappingJson}, schema {@value #SCHEMA}, documented in {@code assets/schemas/column-mapping.schema.json}).
 * Columns of the file that are not mapped are ignored.
 *
 * @param schema           {@value #SCHEMA}
 * @param name             a label (the known format's name, or the user's)
 * @param encoding         charset name; null = from the byte-order mark, else UTF-8
 * @param delimiter        one character ({@code ,} {@code ;} or a tab …); null = sniffed from the first lines
 * @param decimalSeparator {@code .} or {@code ,}; null = {@code .}, or {@code ,} when sniffed with a {@code ;}
 *                         delimiter and numbers like {@code 3,7}
 * @param commentPrefix    a character that starts comment lines (e.g. {@code #}); null = none
 * @param skipLines        lines to skip at the top before anything else is read
 * @param header           where the column names are
 * @param time             how the time is read
 * @param columns          the mapped columns (at least one)
 * @param timeOrder        whether a repeated timestamp is a reject (default) or kept
 */
public record ColumnMapping(String schema, String name, String encoding, String delimiter, String decimalSeparator,
        String commentPrefix, int skipLines, Header header, TimeSpec time, List<ColumnSpec> columns,
        TimeOrder timeOrder) {
    public static final String SCHEMA = "evtwin.column-mapping/1";

    /** Where the column names are. */
    public enum Header {
        /** The first line (after skipped lines, comments and blank lines) names the columns. */
        FIRST_LINE,
        /** The last comment line before the first data line names the columns (PyBaMM's {@code # time [s],…}). */
        LAST_COMMENT,
        /** No header: columns are referred to as {@code #<n>}; the first data row sets the field count. */
        NONE
    }

    /** What the time column must do from row to row; going back in time is always a reject. */
    public enum TimeOrder {
        /** Each row later than the one before; a repeated timestamp is a reject. */
        INCREASING,
        /** A repeated timestamp is kept (the simulator writes the boundary between two steps twice). */
        NON_DECREASING
    }

    public ColumnMapping {
        schema = schema == null ? SCHEMA : schema;
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("schema: unsupported \"" + schema + "\", expected \"" + SCHEMA + "\"");
        }
        name = name == null ? "" : name;
        if (encoding != null && !Charset.isSupported(encoding)) {
            throw new IllegalArgumentException("encoding: \"" + encoding + "\" is not a charset this Java knows");
        }
        single(delimiter, "delimiter");
        if (delimiter != null && "\"\r\n".contains(delimiter)) {
            throw new IllegalArgumentException("delimiter: must not be a quote or a line break");
        }
        if (decimalSeparator != null && !decimalSeparator.equals(".") && !decimalSeparator.equals(",")) {
            throw new IllegalArgumentException("decimalSeparator: must be \".\" or \",\", found \"" + decimalSeparator
                    + "\"");
        }
        if (",".equals(decimalSeparator) && ",".equals(delimiter)) {
            throw new IllegalArgumentException("decimalSeparator: \",\" cannot also be the delimiter");
        }
        single(commentPrefix, "commentPrefix");
        if (skipLines < 0) {
            throw new IllegalArgumentException("skipLines: must be >= 0, found " + skipLines);
        }
        header = header == null ? Header.FIRST_LINE : header;
        timeOrder = timeOrder == null ? TimeOrder.INCREASING : timeOrder;
        if (header == Header.LAST_COMMENT && commentPrefix == null) {
            throw new IllegalArgumentException("header: LAST_COMMENT needs a commentPrefix");
        }
        if (time == null) {
            throw new IllegalArgumentException("time: required");
        }
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("columns: at least one mapped column is required");
        }
        columns = List.copyOf(columns);
        Set<Channel> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec c = columns.get(i);
            if (c == null) {
                throw new IllegalArgumentException("columns[" + i + "]: must not be null");
            }
            if (!seen.add(c.toChannel())) {
                throw new IllegalArgumentException("columns[" + i + "].channel: " + c.channel()
                        + " is mapped twice");
            }
            if (header == Header.NONE && c.fieldNumber() < 0) {
                throw new IllegalArgumentException("columns[" + i + "].source: a file without header needs #<n>, "
                        + "found \"" + c.source() + "\"");
            }
        }
    }

    /** A mapping with the usual dialect (UTF-8 or BOM, sniffed delimiter, '.' decimals, header on the first line). */
    public static ColumnMapping of(String name, TimeSpec time, List<ColumnSpec> columns) {
        return new ColumnMapping(SCHEMA, name, null, null, null, null, 0, Header.FIRST_LINE, time, columns, null);
    }

    public ColumnMapping withDialect(String encoding, String delimiter, String decimalSeparator) {
        return new ColumnMapping(schema, name, encoding, delimiter, decimalSeparator, commentPrefix, skipLines, header,
                time, columns, timeOrder);
    }

    public ColumnMapping withHeader(Header h, String comment, int skip) {
        return new ColumnMapping(schema, name, encoding, delimiter, decimalSeparator, comment, skip, h, time, columns,
                timeOrder);
    }

    /** The channels in column order: the channel list of every block this mapping produces. */
    public List<Channel> channels() {
        return columns.stream().map(ColumnSpec::toChannel).toList();
    }

    private static void single(String value, String field) {
        if (value != null && value.length() != 1) {
            throw new IllegalArgumentException(field + ": must be one character, found \"" + value + "\"");
        }
    }
}
