package org.evtwin.core.ml.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evtwin.core.TwinException;

/**
 * A small comma-separated table with a header line, read whole. Numbers are parsed on request so that an error names
 * the file, the line, the column and the rule.
 */
public final class CsvTable {
    private final String file;
    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();

    private CsvTable(String file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    /** Reads {@code file} of the Severson 2019 folder, or says which file is missing where. */
    static CsvTable readSeverson(Path folder, String file) {
        Path f = folder.resolve(file);
        if (!Files.isRegularFile(f)) {
            throw new TwinException(folder + ": no " + file + " (the Severson 2019 folder of ../shared/data/raw)");
        }
        return read(f);
    }

    /** Reads a file; blank lines are skipped, every other line must have as many fields as the header. */
    public static CsvTable read(Path path) {
        String file = path.getFileName().toString();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                throw new TwinException(file + ": line 1: empty file, expected a header line");
            }
            if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
                first = first.substring(1);
            }
            CsvTable t = new CsvTable(file, Arrays.stream(first.split(",", -1)).map(String::trim).toList());
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != t.header.size()) {
                    throw new TwinException(file + ": line " + n + ": expected " + t.header.size()
                            + " columns as in the header, found " + f.length);
                }
                t.rows.add(f);
                t.lineNumbers.add(n);
            }
            return t;
        } catch (IOException e) {
            throw new TwinException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public String file() {
        return file;
    }

    public int size() {
        return rows.size();
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /** Header name of column {@code i}, or "" past the last column. */
    public String columnName(int i) {
        return i < header.size() ? header.get(i) : "";
    }

    /** Index of a required column. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new TwinException(file + ": line 1: header has no column \"" + name + "\" (found " + header + ")");
        }
        return i;
    }

    public String text(int row, int column) {
        return rows.get(row)[column].trim();
    }

    /** The line number of a data row in the file (1-based, the header is line 1). */
    public int line(int row) {
        return lineNumbers.get(row);
    }

    /** A finite number, or an error naming file, line, column and rule. */
    public double number(int row, int column) {
        String s = text(row, column);
        String where = file + ": line " + line(row) + ", column " + (column + 1) + " (" + header.get(column) + "): ";
        if (s.isEmpty()) {
            throw new TwinException(where + "empty field, expected a number");
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new TwinException(where + "not a number \"" + s + "\"");
        }
        if (!Double.isFinite(v)) {
            throw new TwinException(where + "not a finite number \"" + s + "\"");
        }
        return v;
    }
}
