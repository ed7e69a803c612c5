package org.evtwin.core.ml.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evtwin.core.TwinException;
import org.evtwin.core.data.DataFiles;
import org.evtwin.core.data.NasaCsv;
import org.evtwin.core.data.NasaRecord;
import org.evtwin.core.ml.history.CellHistory;

/**
 * Cell histories from the NASA PCoE ageing folders, in either layout of {@code ../shared/data/raw}:
 * <ul>
 * <li>{@code data/<cell>.csv} (discharge, temperature = peak cell temperature, capacity [Ah]; B0005-B0007), or when
 * that summary is absent {@code data/discharge_data/<cell>/dis_<n>_cap_<Ah>.csv} (capacity from the name, peak
 * temperature from the samples);</li>
 * <li>{@code converted/<cell>_cycle_summary.csv} (rows of type discharge: Capacity_Ah, T_max_C; B0025/B0029/B0047).
 * A discharge with capacity 0 is a failed record (B0047 #20) and is left out, counted in {@link Loaded#notes}.</li>
 * </ul>
 * Nominal capacity 2.0 Ah (NASA's rating of these 18650 cells).
 */
public final class NasaHistories {
    public static final double NOMINAL_AH = 2.0;
    /** NASA's end-of-life criterion: 30 % fade of the rated 2.0 Ah. */
    public static final double EOL_AH = 1.4;
    private static final Pattern CELL = Pattern.compile("B\\d{4}");

    /** Histories read from one folder, with the files they came from ("path sha256=...") and notes. */
    public record Loaded(List<CellHistory> cells, List<String> files, List<String> notes) {
    }

    private NasaHistories() {
    }

    /** Every cell found in a folder of either layout; an error if none is found. */
    public static Loaded load(Path folder, double eolAh) {
        List<CellHistory> cells = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Path data = folder.resolve("data");
        Path converted = folder.resolve("converted");
        for (String cell : cellNames(data, ".csv")) {
            Path f = data.resolve(cell + ".csv");
            cells.add(fromSummary(CsvTable.read(f), cell, eolAh));
            files.add(DataFiles.provenanceEntry(folder, f));
        }
        Path dis = data.resolve("discharge_data");
        for (String cell : cellNames(dis, "")) {
            if (cells.stream().noneMatch(c -> c.cellId().equals(cell))) {
                cells.add(fromDischargeFiles(folder, dis.resolve(cell), cell, eolAh, files));
            }
        }
        for (String cell : cellNames(converted, "_cycle_summary.csv")) {
            Path f = converted.resolve(cell + "_cycle_summary.csv");
            cells.add(fromConverted(CsvTable.read(f), cell, eolAh, notes));
            files.add(DataFiles.provenanceEntry(folder, f));
        }
        if (cells.isEmpty()) {
            throw new TwinException(folder + ": no NASA cell found (expected data/B0005.csv, "
                    + "data/discharge_data/B0005/dis_<n>_cap_<Ah>.csv or converted/B0025_cycle_summary.csv)");
        }
        return new Loaded(cells, files, notes);
    }

    private static List<String> cellNames(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length()))
                    .filter(n -> CELL.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            throw new TwinException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    static CellHistory fromSummary(CsvTable t, String cell, double eolAh) {
        int cn = t.column("discharge");
        int cc = t.column("capacity");
        int ct = t.column("temperature");
        double[] n = new double[t.size()];
        double[] q = new double[t.size()];
        double[] temp = new double[t.size()];
        for (int i = 0; i < t.size(); i++) {
            n[i] = t.number(i, cn);
            q[i] = t.number(i, cc);
            if (!(q[i] > 0) || q[i] > 2 * NOMINAL_AH) {
                throw new TwinException(t.file() + ": line " + t.line(i) + ", column " + (cc + 1) + " (capacity): must"
                        + " be > 0 Ah and at most twice the nominal " + NOMINAL_AH + " Ah, found " + q[i]);
            }
            temp[i] = t.number(i, ct);
        }
        return new CellHistory(cell, NOMINAL_AH, eolAh, n, q, temp, null);
    }

    private static CellHistory fromDischargeFiles(Path root, Path dir, String cell, double eolAh, List<String> files) {
        List<Path> list = NasaCsv.dischargeFiles(dir);
        double[] n = new double[list.size()];
        double[] q = new double[list.size()];
        double[] temp = new double[list.size()];
        for (int i = 0; i < list.size(); i++) {
            NasaRecord r = NasaCsv.read(list.get(i));
            n[i] = r.number();
            q[i] = r.capacityAh();
            double max = Double.NEGATIVE_INFINITY;
            for (double v : r.series().temperatureC()) {
                max = Math.max(max, v);
            }
            temp[i] = max;
            files.add(DataFiles.provenanceEntry(root, list.get(i)));
        }
        return new CellHistory(cell, NOMINAL_AH, eolAh, n, q, temp, null);
    }

    static CellHistory fromConverted(CsvTable t, String cell, double eolAh, List<String> notes) {
        int ctype = t.column("type");
        int cno = t.column("type_no");
        int cc = t.column("Capacity_Ah");
        int ct = t.column("T_max_C");
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.text(i, ctype).equals("discharge")) {
                continue;
            }
            double q = t.number(i, cc);
            if (q <= 0) {
                notes.add(t.file() + ": line " + t.line(i) + ": discharge " + t.text(i, cno)
                        + " has capacity " + q + " Ah (failed record), left out");
                continue;
            }
            rows.add(new double[] {t.number(i, cno), q, t.number(i, ct)});
        }
        double[][] a = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 3; k++) {
                a[k][i] = rows.get(i)[k];
            }
        }
        return new CellHistory(cell, NOMINAL_AH, eolAh, a[0], a[1], a[2], null);
    }
}
