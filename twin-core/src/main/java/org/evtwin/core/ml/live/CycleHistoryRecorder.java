package org.evtwin.core.ml.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Per-cell ageing histories from frames, as the RUL model reads them ({@code docs/rul.md}, "A live or simulated
 * cell's history"): the cell's discharge throughput is integrated (current × time between frames, discharge only);
 * each time it completes another equivalent full cycle (throughput / nominal capacity), an entry is added with the
 * cycle number, the capacity (SoH × nominal) and the peak temperature since the previous entry.
 *
 * <p>Called on the source's thread ({@link #accept}); {@link #snapshot()} may be called from any thread and copies.
 * Memory is bounded: past {@link #MAX_ENTRIES} entries a cell keeps every other old entry (the model reads level,
 * slope and curvature, which survive thinning of old cycles).
 */
public final class CycleHistoryRecorder implements FrameSink {
    /** Entries kept per cell before old ones are thinned. */
    public static final int MAX_ENTRIES = 2048;
    private final double nominalCapacityAh;
    private final double eolCapacityAh;
    private final double nominalC;
    private final double[] throughputC;
    private final double[] peakC;
    private final double[] resistanceOhm;
    private final Entries[] entries;
    private double lastTimeS = Double.NaN;

    private static final class Entries {
        double[] cycle = new double[16];
        double[] capacityAh = new double[16];
        double[] temperatureC = new double[16];
        int size;

        void add(double c, double q, double t) {
            if (size == MAX_ENTRIES) {
                thin();
            }
            if (size == cycle.length) {
                cycle = Arrays.copyOf(cycle, size * 2);
                capacityAh = Arrays.copyOf(capacityAh, size * 2);
                temperatureC = Arrays.copyOf(temperatureC, size * 2);
            }
            cycle[size] = c;
            capacityAh[size] = q;
            temperatureC[size] = t;
            size++;
        }

        /** Keeps every other entry of the older half, the newer half whole. */
        private void thin() {
            int half = size / 2;
            int w = 0;
            for (int r = 0; r < size; r++) {
                if (r >= half || r % 2 == 0) {
                    cycle[w] = cycle[r];
                    capacityAh[w] = capacityAh[r];
                    temperatureC[w] = temperatureC[r];
                    w++;
                }
            }
            size = w;
        }
    }

    /**
     * @param cells             cells of the pack (topology order)
     * @param nominalCapacityAh rated capacity of one cell [Ah] (the edge unit of the RUL model)
     * @param eolFraction       end of life as a fraction of the rated capacity (0.7 = 70 %, the what-if's threshold)
     */
    public CycleHistoryRecorder(int cells, double nominalCapacityAh, double eolFraction) {
        if (!(nominalCapacityAh > 0) || !(eolFraction > 0 && eolFraction < 1)) {
            throw new IllegalArgumentException("nominal capacity must be > 0 Ah and the end-of-life fraction in (0, 1),"
                    + " found " + nominalCapacityAh + " Ah and " + eolFraction);
        }
        this.nominalCapacityAh = nominalCapacityAh;
        this.eolCapacityAh = eolFraction * nominalCapacityAh;
        this.nominalC = nominalCapacityAh * 3600.0;
        this.throughputC = new double[cells];
        this.peakC = new double[cells];
        Arrays.fill(peakC, Double.NEGATIVE_INFINITY);
        this.resistanceOhm = null;
        this.entries = new Entries[cells];
        for (int i = 0; i < cells; i++) {
            entries[i] = new Entries();
        }
    }

    public int cellCount() {
        return entries.length;
    }

    @Override
    public synchronized void accept(PackFrame f) {
        if (f.cellCount() != entries.length) {
            return;   // a frame of another pack (a source switch in progress)
        }
        double dt = Double.isNaN(lastTimeS) ? 0 : f.timeS() - lastTimeS;
        lastTimeS = f.timeS();
        if (!(dt > 0)) {
            dt = 0;   // first frame, or time went back (a replay seek): no throughput from it
        }
        double[] current = f.cellCurrentA();
        double[] temperature = f.cellTemperatureC();
        double[] soh = f.cellSoh();
        for (int i = 0; i < entries.length; i++) {
            if (Double.isFinite(temperature[i])) {
                peakC[i] = Math.max(peakC[i], temperature[i]);
            }
            double before = throughputC[i] / nominalC;
            if (current[i] > 0 && Double.isFinite(current[i])) {
                throughputC[i] += current[i] * dt;
            }
            double after = throughputC[i] / nominalC;
            if (Math.floor(after) > Math.floor(before) && Double.isFinite(soh[i])) {
                entries[i].add(Math.floor(after), soh[i] * nominalCapacityAh,
                        Double.isFinite(peakC[i]) ? peakC[i] : temperature[i]);
                peakC[i] = Double.NEGATIVE_INFINITY;
            }
        }
    }

    /** Equivalent full cycles of a cell so far (discharge throughput / nominal capacity). */
    public synchronized double equivalentCycles(int cell) {
        return throughputC[cell] / nominalC;
    }

    /** Copies of every cell's history (cells with no completed cycle have empty arrays). */
    public synchronized List<CellHistory> snapshot() {
        List<CellHistory> out = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            Entries e = entries[i];
            out.add(new CellHistory("cell " + i, nominalCapacityAh, eolCapacityAh, Arrays.copyOf(e.cycle, e.size),
                    Arrays.copyOf(e.capacityAh, e.size), Arrays.copyOf(e.temperatureC, e.size), resistanceOhm));
        }
        return out;
    }

    /** Forgets everything (a new pack, a reset). */
    public synchronized void clear() {
        Arrays.fill(throughputC, 0);
        Arrays.fill(peakC, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entries();
        }
        lastTimeS = Double.NaN;
    }
}
