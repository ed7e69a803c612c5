package org.evtwin.core.ml.history;

import java.util.Arrays;
import org.evtwin.core.TwinException;

/**
 * One cell's ageing trajectory, one entry per full cycle (a measured discharge capacity), oldest first.
 *
 * @param cellId             name shown in reasons and reports
 * @param nominalCapacityAh  rated capacity [Ah] (NASA 18650: 2.0)
 * @param eolCapacityAh      end-of-life threshold [Ah]: life ends at the first cycle whose capacity is below it
 * @param cycle              cycle number of each entry (increasing; equivalent full cycles are fine)
 * @param capacityAh         discharge capacity of each cycle [Ah]
 * @param temperatureC       peak cell temperature during each cycle's discharge [degC]
 * @param resistanceOhm      internal resistance of each cycle [ohm], or null when not recorded (not used by the
 *                           shipped model; kept so live histories carry it)
 */
public record CellHistory(String cellId, double nominalCapacityAh, double eolCapacityAh, double[] cycle,
        double[] capacityAh, double[] temperatureC, double[] resistanceOhm) {

    /** Checks lengths, order and finiteness; the message names the cell, the entry and the rule. */
    public CellHistory {
        if (!(nominalCapacityAh > 0) || !Double.isFinite(nominalCapacityAh)) {
            throw new TwinException(cellId + ": nominal capacity must be a finite number > 0 Ah, got "
                    + nominalCapacityAh);
        }
        if (!(eolCapacityAh > 0 && eolCapacityAh < nominalCapacityAh)) {
            throw new TwinException(cellId + ": end-of-life capacity must be in (0, " + nominalCapacityAh
                    + ") Ah, got " + eolCapacityAh);
        }
        int n = cycle.length;
        check(cellId, "capacity_ah", capacityAh, n);
        check(cellId, "temperature_c", temperatureC, n);
        if (resistanceOhm != null) {
            check(cellId, "resistance_ohm", resistanceOhm, n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(cycle[i]) || (i > 0 && !(cycle[i] > cycle[i - 1]))) {
                throw new TwinException(cellId + ": entry " + (i + 1) + ": cycle " + cycle[i]
                        + " must be finite and greater than the previous one");
            }
            if (!(capacityAh[i] > 0)) {
                throw new TwinException(cellId + ": entry " + (i + 1) + ": capacity_ah must be > 0, got "
                        + capacityAh[i]);
            }
        }
    }

    private static void check(String cell, String name, double[] v, int n) {
        if (v == null || v.length != n) {
            throw new TwinException(cell + ": " + name + " has " + (v == null ? "no" : v.length) + " entries, "
                    + "cycle has " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(v[i])) {
                throw new TwinException(cell + ": entry " + (i + 1) + ": " + name + " is " + v[i]
                        + ", expected a finite number");
            }
        }
    }

    /** Number of cycles recorded. */
    public int size() {
        return cycle.length;
    }

    /** The first {@code n} entries (the history as it was known at entry n-1). */
    public CellHistory prefix(int n) {
        return new CellHistory(cellId, nominalCapacityAh, eolCapacityAh, Arrays.copyOf(cycle, n),
                Arrays.copyOf(capacityAh, n), Arrays.copyOf(temperatureC, n),
                resistanceOhm == null ? null : Arrays.copyOf(resistanceOhm, n));
    }

    /** The same trajectory judged against another end-of-life threshold. */
    public CellHistory withEol(double eolAh) {
        return new CellHistory(cellId, nominalCapacityAh, eolAh, cycle, capacityAh, temperatureC, resistanceOhm);
    }

    /** Index of the first entry whose capacity is below the threshold, or -1 if life has not ended in the record. */
    public int eolIndex() {
        for (int i = 0; i < capacityAh.length; i++) {
            if (capacityAh[i] < eolCapacityAh) {
                return i;
            }
        }
        return -1;
    }
}
