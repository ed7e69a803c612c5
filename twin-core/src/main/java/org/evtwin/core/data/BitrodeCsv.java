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
 * Reads Bitrode CSV logs as exported by ORNL for the 2013 Nissan Leaf cell (doi:10.5281/zenodo.2580327). Fifteen
 * columns, with or without the header line "Exclude,Time(s),Cycle,Loop,Loop,Loop,Step,StepTime(s),Current(A),
 * Voltage(V),Power(W),Capacity(Ah),Energy(Wh),Mode,Data"; a trailing empty column is tolerated. Current is written by
 * the Bitrode positive on charge and is negated here (core convention: positive = discharge).
 */
public final class BitrodeCsv {
    /** Number of data columns of a Bitrode line. */
    public static final int COLUMNS = 15;
    private static final String[] NAMES = {"Exclude", "Time(s)", "Cycle", "Loop", "Loop", "Loop", "Step",
        "StepTime(s)", "Current(A)", "Voltage(V)", "Power(W)", "Capacity(Ah)", "Energy(Wh)", "Mode", "Data"};

    private BitrodeCsv() {
    }

    public static BitrodeRecord read(Path path) {
        String file = path.getFileName().toString();
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            lines = r.lines().toList();
        } catch (IOException e) {
            throw new TwinException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(file, lines);
    }

    /** Parses the lines of a Bitrode log; {@code file} is used in messages only. */
    public static BitrodeRecord parse(String file, List<String> lines) {
        int n = lines.size();
        double[] t = new double[n];
        double[] current = new double[n];
        double[] voltage = new double[n];
        int[] cycle = new int[n];
        int[] step = new int[n];
        double[] stepTime = new double[n];
        String[] mode = new String[n];
        String[] flag = new String[n];
        int[] lineNo = new int[n];
        int k = 0;
        for (int li = 0; li < n; li++) {
            String text = lines.get(li);
            int line = li + 1;
            if (text.isBlank()) {
                continue;
            }
            String[] f = text.split(",", -1);
            if (li == 0 && f[0].trim().equals("Exclude")) {
                continue;
            }
            if (f.length < COLUMNS) {
                throw Fields.error(file, line, "expected " + COLUMNS + " comma-separated columns, found " + f.length);
            }
            for (int c = COLUMNS; c < f.length; c++) {
                if (!f[c].isBlank()) {
                    throw Fields.error(file, line, c + 1, "extra", "expected at most " + COLUMNS
                            + " columns with data, found \"" + f[c].trim() + "\"");
                }
            }
            t[k] = Fields.number(file, line, 2, NAMES[1], f[1]);
            if (k > 0 && t[k] < t[k - 1]) {
                throw Fields.error(file, line, 2, NAMES[1], "time must not decrease (" + t[k] + " s after "
                        + t[k - 1] + " s)");
            }
            cycle[k] = Fields.integer(file, line, 3, NAMES[2], f[2]);
            step[k] = Fields.integer(file, line, 7, NAMES[6], f[6]);
            stepTime[k] = Fields.number(file, line, 8, NAMES[7], f[7]);
            current[k] = -Fields.number(file, line, 9, NAMES[8], f[8]);
            voltage[k] = Fields.number(file, line, 10, NAMES[9], f[9]);
            if (voltage[k] < 0) {
                throw Fields.error(file, line, 10, NAMES[9], "voltage must not be negative (" + voltage[k] + ")");
            }
            mode[k] = f[13].trim();
            if (!mode[k].equals("CHRG") && !mode[k].equals("DCHG") && !mode[k].equals("REST")) {
                throw Fields.error(file, line, 14, NAMES[13], "mode must be CHRG, DCHG or REST, found \""
                        + mode[k] + "\"");
            }
            flag[k] = f[14].trim();
            lineNo[k] = line;
            k++;
        }
        if (k < 2) {
            throw new TwinException(file + ": fewer than 2 data lines");
        }
        MeasuredSeries s = new MeasuredSeries(file, java.util.Arrays.copyOf(t, k),
                java.util.Arrays.copyOf(current, k), java.util.Arrays.copyOf(voltage, k), null);
        return new BitrodeRecord(file, s, java.util.Arrays.copyOf(cycle, k), java.util.Arrays.copyOf(step, k),
                java.util.Arrays.copyOf(stepTime, k), java.util.Arrays.copyOf(mode, k),
                java.util.Arrays.copyOf(flag, k), java.util.Arrays.copyOf(lineNo, k));
    }
}
