package org.evtwin.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evtwin.core.TwinException;

/**
 * Reads the NASA PCoE per-cycle CSV files ({@code discharge_data/B000x/dis_<n>_cap_<Ah>.csv} with columns voltage,
 * current, temperature, current_load, voltage_load, discharge_time, ic; {@code charge_data/B000x/charge_<n>.csv} with
 * voltage, current, temperature, current_charge, voltage_charge, charge_time). Columns are found by header name. NASA
 * writes the measured current negative on discharge and positive on charge; it is negated here (core convention:
 * positive = discharge).
 */
public final class NasaCsv {
    static final double MAX_CELL_VOLTAGE_V = 5.0;
    static final double MAX_CURRENT_A = 100.0;
    static final double MIN_TEMPERATURE_C = -40.0;
    static final double MAX_TEMPERATURE_C = 100.0;
    private static final Pattern DISCHARGE = Pattern.compile("dis_(\\d+)_cap_([0-9.eE+-]+)\\.csv");
    private static final Pattern CHARGE = Pattern.compile("charge_(\\d+)\\.csv");

    private NasaCsv() {
    }

    /** Reads a discharge or charge file; the kind, number and capacity come from the file name. */
    public static NasaRecord read(Path path) {
        String name = path.getFileName().toString();
        String cell = path.getParent() == null ? "" : path.getParent().getFileName().toString();
        Matcher d = DISCHARGE.matcher(name);
        Matcher c = CHARGE.matcher(name);
        if (d.matches()) {
            double cap;
            try {
                cap = Double.parseDouble(d.group(2));
            } catch (NumberFormatException e) {
                throw new TwinException(path + ": file name: capacity \"" + d.group(2) + "\" is not a number");
            }
            if (!(cap > 0)) {
                throw new TwinException(path + ": file name: capacity must be > 0 Ah (was " + cap + ")");
            }
            return new NasaRecord(cell, Integer.parseInt(d.group(1)), true, cap,
                    readSeries(path, "discharge_time"));
        }
        if (c.matches()) {
            return new NasaRecord(cell, Integer.parseInt(c.group(1)), false, Double.NaN,
                    readSeries(path, "charge_time"));
        }
        throw new TwinException(path + ": file name must be dis_<n>_cap_<Ah>.csv or charge_<n>.csv");
    }

    /** All discharge files of one cell folder, sorted by discharge number. */
    public static List<Path> dischargeFiles(Path cellDir) {
        try (Stream<Path> s = Files.list(cellDir)) {
            return s.filter(p -> DISCHARGE.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(NasaCsv::number)).toList();
        } catch (IOException e) {
            throw new TwinException(cellDir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    /** The discharge file with number {@code n} in a cell folder. */
    public static Path dischargeFile(Path cellDir, int n) {
        for (Path p : dischargeFiles(cellDir)) {
            if (number(p) == n) {
                return p;
            }
        }
        throw new TwinException(cellDir + ": no file dis_" + n + "_cap_<Ah>.csv");
    }

    private static int number(Path p) {
        Matcher m = DISCHARGE.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static MeasuredSeries readSeries(Path path, String timeColumn) {
        String file = path.getFileName().toString();
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            lines = r.lines().toList();
        } catch (IOException e) {
            throw new TwinException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty()) {
            throw new TwinException(file + ": line 1: empty file, expected a header line");
        }
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::trim).toList();
        int cv = column(file, header, "voltage");
        int ci = column(file, header, "current");
        int ct = column(file, header, "temperature");
        int ctime = column(file, header, timeColumn);
        List<double[]> rows = new ArrayList<>();
        for (int li = 1; li < lines.size(); li++) {
            String text = lines.get(li);
            int line = li + 1;
            if (text.isBlank()) {
                continue;
            }
            String[] f = text.split(",", -1);
            if (f.length != header.size()) {
                throw Fields.error(file, line, "expected " + header.size() + " columns as in the header, found "
                        + f.length);
            }
            double t = Fields.number(file, line, ctime + 1, timeColumn, f[ctime]);
            if (!rows.isEmpty() && t < rows.get(rows.size() - 1)[0]) {
                throw Fields.error(file, line, ctime + 1, timeColumn, "time must not decrease");
            }
            double current = Fields.number(file, line, ci + 1, "current", f[ci]);
            double voltage = Fields.number(file, line, cv + 1, "voltage", f[cv]);
            double temperature = Fields.number(file, line, ct + 1, "temperature", f[ct]);
            // Ranges of a single 18650 cell on a test bench: a value outside is a unit mix-up or a corrupt record.
            if (voltage < 0 || voltage > MAX_CELL_VOLTAGE_V) {
                throw Fields.error(file, line, cv + 1, "voltage", "must be 0 to " + MAX_CELL_VOLTAGE_V + " V (a single"
                        + " lithium-ion cell; the file is in V), found " + voltage);
            }
            if (Math.abs(current) > MAX_CURRENT_A) {
                throw Fields.error(file, line, ci + 1, "current", "must be within ±" + MAX_CURRENT_A + " A, found "
                        + current);
            }
            if (temperature < MIN_TEMPERATURE_C || temperature > MAX_TEMPERATURE_C) {
                throw Fields.error(file, line, ct + 1, "temperature", "must be " + MIN_TEMPERATURE_C + " to "
                        + MAX_TEMPERATURE_C + " degC, found " + temperature);
            }
            rows.add(new double[] {t, -current, voltage, temperature});
        }
        if (rows.size() < 2) {
            throw new TwinException(file + ": fewer than 2 data lines");
        }
        double[][] a = new double[4][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 4; k++) {
                a[k][i] = rows.get(i)[k];
            }
        }
        return new MeasuredSeries(file, a[0], a[1], a[2], a[3]);
    }

    private static int column(String file, List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new TwinException(file + ": line 1: header has no column \"" + name + "\" (found " + header + ")");
        }
        return i;
    }
}
