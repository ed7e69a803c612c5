package org.evtwin.core.ingest.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.TwinException;

/**
 * The columns of a file as a mapping refers to them: the header names (or {@code #1}, {@code #2} … for a file without
 * header) and the values of the first data line, read with the dialect of a mapping (skipped lines, comment prefix,
 * header position, delimiter; an unset delimiter is sniffed as the import sniffs it). What a column-by-column mapping
 * editor shows.
 *
 * @param names     the column names in file order (blanks around them stripped, trailing empty names dropped)
 * @param samples   the first data line's value of each column ("" where the line has fewer fields)
 * @param delimiter the delimiter used (the mapping's, else the sniffed one)
 */
public record SourceColumns(List<String> names, List<String> samples, char delimiter) {
    public SourceColumns {
        names = List.copyOf(names);
        samples = List.copyOf(samples);
        if (samples.size() != names.size()) {
            throw new IllegalArgumentException("samples: " + samples.size() + " for " + names.size() + " columns");
        }
    }

    /**
     * Reads the columns of {@code file}; {@code dialect} gives the encoding, skipped lines, comment prefix, header
     * position and delimiter (null = UTF-8 or BOM, nothing skipped, no comments, header on the first line, sniffed).
     *
     * @throws TwinException naming the file when it is not readable text or has no header line
     */
    public static SourceColumns read(Path file, ColumnMapping dialect) {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        FileHead head;
        try {
            head = FileHead.read(file, dialect == null ? null : dialect.encoding());
        } catch (TextInput.NotTextException e) {
            throw new TwinException(label + ": line " + e.line + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TwinException(label + ": cannot read (" + e.getMessage() + ")", e);
        }
        int skip = dialect == null ? 0 : dialect.skipLines();
        String comment = dialect == null ? null : dialect.commentPrefix();
        ColumnMapping.Header header = dialect == null ? ColumnMapping.Header.FIRST_LINE : dialect.header();
        List<String> content = head.contentLines(skip, comment);
        char delimiter = dialect != null && dialect.delimiter() != null ? dialect.delimiter().charAt(0)
                : DialectSniffer.delimiter(content);
        if (content.isEmpty()) {
            throw new TwinException(label + ": no header and no data: only blank or comment lines");
        }
        List<String> names;
        List<String> first;
        switch (header) {
            case FIRST_LINE -> {
                names = fields(content.get(0), delimiter);
                first = content.size() > 1 ? fields(content.get(1), delimiter) : List.of();
            }
            case LAST_COMMENT -> {
                String names0 = lastCommentBefore(head.lines(), skip, comment, content.get(0));
                if (names0 == null) {
                    throw new TwinException(label + ": no comment line with the column names before the first"
                            + " data line (header: LAST_COMMENT)");
                }
                names = fields(names0, delimiter);
                first = fields(content.get(0), delimiter);
            }
            default -> {
                first = fields(content.get(0), delimiter);
                names = new ArrayList<>();
                for (int i = 1; i <= first.size(); i++) {
                    names.add("#" + i);
                }
            }
        }
        List<String> n = new ArrayList<>(names.stream().map(String::strip).toList());
        while (!n.isEmpty() && n.get(n.size() - 1).isEmpty()) {
            n.remove(n.size() - 1);
        }
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            samples.add(i < first.size() ? first.get(i).strip() : "");
        }
        return new SourceColumns(n, samples, delimiter);
    }

    private static String lastCommentBefore(List<String> lines, int skip, String comment, String firstData) {
        String last = null;
        for (int i = skip; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.equals(firstData)) {
                break;
            }
            if (l.startsWith(comment)) {
                last = l.substring(comment.length());
            }
        }
        return last;
    }

    private static List<String> fields(String line, char delimiter) {
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"').ofCsvRecord(line).stream()
                .findFirst().map(r -> r.getFields()).orElse(List.of());
    }
}
