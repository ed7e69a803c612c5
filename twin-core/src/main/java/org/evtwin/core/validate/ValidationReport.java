package org.evtwin.core.validate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evtwin.core.TwinException;

/** Writes validation results: one CSV per case (aligned series), a summary CSV, and a Markdown table. */
public final class ValidationReport {
    private ValidationReport() {
    }

    /** File name of a case's series, e.g. {@code leaf-2C-surface-temperature.csv}. */
    public static String fileName(ValidationCase c) {
        return c.name() + "-" + c.signal().replace(' ', '-') + ".csv";
    }

    /**
     * Writes {@code <dir>/<case>.csv} (columns time_s, measured, model, error; degC or V) for every case and
     * {@code <dir>/summary.csv}.
     */
    public static void writeCsv(List<ValidationCase> cases, Path dir) {
        try {
            Files.createDirectories(dir);
            for (ValidationCase c : cases) {
                String u = c.unit().equals("K") ? "degC" : c.unit();
                try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(fileName(c)), StandardCharsets.UTF_8)) {
                    w.write("time_s,measured_" + u + ",model_" + u + ",error_" + c.unit() + "\n");
                    for (int i = 0; i < c.samples(); i++) {
                        w.write(String.format(Locale.ROOT, "%.3f,%.5f,%.5f,%.5f%n", c.timeS()[i], c.measured()[i],
                                c.model()[i], c.model()[i] - c.measured()[i]));
                    }
                }
            }
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
                w.write("case,signal,rmse,max_abs_error,unit,samples,note\n");
                for (ValidationCase c : cases) {
                    w.write(String.format(Locale.ROOT, "%s,%s,%.6f,%.6f,%s,%d,\"%s\"%n", c.name(), c.signal(),
                            c.rmse(), c.maxAbsError(), c.unit(), c.samples(), c.note().replace("\"", "'")));
                }
            }
        } catch (IOException e) {
            throw new TwinException(dir + ": cannot write validation results (" + e.getMessage() + ")", e);
        }
    }

    /** Markdown table: case, signal, RMSE, max |error| (mV or K), n, note. */
    public static String markdownTable(List<ValidationCase> cases) {
        StringBuilder b = new StringBuilder("| case | signal | RMSE | max abs error | unit | n | note |\n"
                + "|---|---|---:|---:|---|---:|---|\n");
        for (ValidationCase c : cases) {
            boolean volts = c.unit().equals("V");
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %s |%n", c.name(), c.signal(),
                    volts ? String.format(Locale.ROOT, "%.1f", 1e3 * c.rmse())
                            : String.format(Locale.ROOT, "%.2f", c.rmse()),
                    volts ? String.format(Locale.ROOT, "%.1f", 1e3 * c.maxAbsError())
                            : String.format(Locale.ROOT, "%.2f", c.maxAbsError()),
                    volts ? "mV" : "K", c.samples(), c.note()));
        }
        return b.toString();
    }
}
