package org.evtwin.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.TwinException;

/**
 * A LabVIEW {@code .lvm} thermocouple log without a time column (ORNL Leaf files: tab separated, first column empty,
 * then one column per thermocouple in degC, one line per sample at a fixed period). Sample {@code i} is at
 * {@code i · periodS} on the clock of the cycler log the acquisition was started with: the ORNL datalib
 * ({@code datalib/tempdata.py} of batterysim/nissan-leaf-data) builds the time vector the same way and cuts the
 * thermocouple trace with the Bitrode section's start and end times, i.e. both logs start at time 0 together.
 *
 * @param file      file name, for messages
 * @param periodS   sample period [s]
 * @param channelsC {@code channelsC[c][i]} = channel c (0 = TC1) at sample i [degC]
 */
public record ThermocoupleLog(String file, double periodS, double[][] channelsC) {

    public int size() {
        return channelsC[0].length;
    }

    public int channelCount() {
        return channelsC.length;
    }

    public double timeS(int i) {
        return i * periodS;
    }

    /** Channel {@code c} at time {@code t} [s], linearly interpolated, clamped at the ends. */
    public double at(int c, double t) {
        double x = t / periodS;
        if (x <= 0) {
            return channelsC[c][0];
        }
        int i = (int) Math.floor(x);
        if (i >= size() - 1) {
            return channelsC[c][size() - 1];
        }
        double w = x - i;
        return channelsC[c][i] * (1 - w) + channelsC[c][i + 1] * w;
    }

    /** Mean of the given channels at time {@code t} [s]. */
    public double meanAt(double t, int... channels) {
        double s = 0;
        for (int c : channels) {
            s += at(c, t);
        }
        return s / channels.length;
    }

    /** Time of the last sample [s]. */
    public double endTimeS() {
        return timeS(size() - 1);
    }

    /**
     * Reads an {@code .lvm} file. A LabVIEW header (ending with {@code ***End_of_Header***}) is skipped if present;
     * every data line must have the same number of numeric columns.
     */
    public static ThermocoupleLog read(Path path, double periodS) {
        if (!(periodS > 0)) {
            throw new TwinException(path + ": sample period must be > 0 s (was " + periodS + ")");
        }
        String file = path.getFileName().toString();
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            lines = r.lines().toList();
        } catch (IOException e) {
            throw new TwinException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("***End_of_Header***")) {
                first = i + 1;
            }
        }
        List<double[]> rows = new ArrayList<>();
        int columns = -1;
        for (int li = first; li < lines.size(); li++) {
            String text = lines.get(li).strip();
            int line = li + 1;
            if (text.isEmpty()) {
                continue;
            }
            String[] f = text.split("\t", -1);
            if (!f[0].isEmpty() && !Character.isDigit(f[0].charAt(0)) && f[0].charAt(0) != '-' && rows.isEmpty()) {
                continue; // column-name line after a LabVIEW header
            }
            if (columns < 0) {
                columns = f.length;
            } else if (f.length != columns) {
                throw Fields.error(file, line, "expected " + columns + " tab-separated values, found " + f.length);
            }
            double[] row = new double[f.length];
            for (int c = 0; c < f.length; c++) {
                row[c] = Fields.number(file, line, c + 2, "TC" + (c + 1), f[c]);
                if (row[c] < -100 || row[c] > 300) {
                    throw Fields.error(file, line, c + 2, "TC" + (c + 1), "temperature outside -100..300 degC ("
                            + row[c] + ")");
                }
            }
            rows.add(row);
        }
        if (rows.size() < 2) {
            throw new TwinException(file + ": fewer than 2 data lines");
        }
        double[][] ch = new double[columns][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < columns; c++) {
                ch[c][i] = rows.get(i)[c];
            }
        }
        return new ThermocoupleLog(file, periodS, ch);
    }
}
