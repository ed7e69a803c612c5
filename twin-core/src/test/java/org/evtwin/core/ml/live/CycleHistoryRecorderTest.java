package org.evtwin.core.ml.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** Histories from frames: cycle counting against the closed form, capacity and peak temperature per entry. */
class CycleHistoryRecorderTest {

    /** A frame of {@code n} cells with the same current, temperature and SoH per cell given. */
    static PackFrame frame(double t, double[] currentA, double[] temperatureC, double[] soh) {
        int n = currentA.length;
        return new PackFrame(t, 0, 0, 0.5, "NONE", new double[n], currentA.clone(), temperatureC.clone(),
                new double[n], soh.clone());
    }

    @Test
    void oneEntryPerEquivalentFullCycleOfDischargeOnly() {
        // 2 Ah cells: 1 A discharge for 1 h is half a cycle; 2 A for 1 h a whole one; charge does not count
        CycleHistoryRecorder r = new CycleHistoryRecorder(2, 2.0, 0.7);
        double t = 0;
        for (int k = 0; k <= 36_000; k += 10) {   // 10 h at 10 s frames
            t = k;
            boolean charging = (k / 3600) % 2 == 1;   // every other hour charges the first cell
            double i0 = charging ? -2.0 : 2.0;
            r.accept(frame(t, new double[] {i0, 1.0}, new double[] {25 + k / 3600.0, 30}, new double[] {0.95, 0.9}));
        }
        // cell 0: 5 discharging hours at 2 A = 5 cycles; cell 1: 10 h at 1 A = 5 cycles
        assertEquals(5.0, r.equivalentCycles(0), 1e-9);
        assertEquals(5.0, r.equivalentCycles(1), 1e-9);
        List<CellHistory> h = r.snapshot();
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, h.get(0).cycle(), 0.0);
        assertArrayEquals(new double[] {1.9, 1.9, 1.9, 1.9, 1.9}, h.get(0).capacityAh(), 1e-12);
        assertArrayEquals(new double[] {1.8, 1.8, 1.8, 1.8, 1.8}, h.get(1).capacityAh(), 1e-12);
        // a frame's current is what flowed in the interval ending at it (as the simulator reports it): the frame at
        // 3600 s already charges, so the first hour gives 3590 s of discharge and cell 0's first cycle completes
        // with the frame at 7200 s, whose temperature (the peak so far) is 27 degC
        assertEquals(27.0, h.get(0).temperatureC()[0], 1e-9);
        assertEquals(1.4, h.get(0).eolCapacityAh(), 1e-12);
    }

    @Test
    void aSeekBackAddsNoThroughputAndOtherPacksAreIgnored() {
        CycleHistoryRecorder r = new CycleHistoryRecorder(1, 2.0, 0.7);
        r.accept(frame(100, new double[] {2}, new double[] {25}, new double[] {1}));
        r.accept(frame(50, new double[] {2}, new double[] {25}, new double[] {1}));   // time went back
        r.accept(frame(60, new double[] {2}, new double[] {25}, new double[] {1}));
        r.accept(frame(70, new double[] {2, 2}, new double[] {25, 25}, new double[] {1, 1}));   // 2 cells: skipped
        assertEquals(2.0 * 10 / 7200.0, r.equivalentCycles(0), 1e-12);
    }

    @Test
    void oldEntriesAreThinnedNewOnesKept() {
        CycleHistoryRecorder r = new CycleHistoryRecorder(1, 1.0 / 3600, 0.7);   // 1 C of charge per cycle
        for (int k = 0; k <= CycleHistoryRecorder.MAX_ENTRIES + 10; k++) {
            r.accept(frame(k, new double[] {1.0}, new double[] {25}, new double[] {1 - 1e-5 * k}));
        }
        double[] cycles = r.snapshot().get(0).cycle();
        assertEquals(CycleHistoryRecorder.MAX_ENTRIES / 2 / 2 + CycleHistoryRecorder.MAX_ENTRIES / 2 + 10,
                cycles.length, "old half at every other entry, new half whole, then 10 more");
        assertEquals(CycleHistoryRecorder.MAX_ENTRIES + 10, cycles[cycles.length - 1], 0.0);
        for (int i = 1; i < cycles.length; i++) {
            assertEquals(true, cycles[i] > cycles[i - 1], "increasing at " + i);
        }
    }
}
