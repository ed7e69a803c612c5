package org.evtwin.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.evtwin.core.TwinException;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;
import org.evtwin.core.telemetry.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History buckets against a brute-force aggregation of the same samples, for windows served by the tiers (wide) and
 * by the samples (narrow), with irregular sampling, gaps and missing values.
 */
class HistoryQueryTest {
    private static final List<Channel> CH = List.of(Channel.pack(Signal.PACK_VOLTAGE_V),
            Channel.pack(Signal.PACK_CURRENT_A));
    private static final int ROWS = 300_000;

    @Test
    void bucketsEqualBruteForceAggregatesOverEveryWindowWidth(@TempDir Path dir) {
        double[] t = new double[ROWS];
        double[][] v = new double[2][ROWS];
        Random random = new Random(42);
        double time = -500.0;   // negative times too: bucket indexes below zero
        for (int i = 0; i < ROWS; i++) {
            time += i == 150_000 ? 20_000 : 0.5 + random.nextDouble();   // ~1 Hz, jitter, one long gap
            t[i] = time;
            v[0][i] = 350 + 20 * Math.sin(i * 1e-4) + random.nextGaussian();
            v[1][i] = i % 1000 == 7 ? Double.NaN : 100 * Math.cos(i * 3e-5);
        }
        try (DataSetStore store = DataSetStore.open(StoreFixture.location(dir))) {
            DataSetInfo info;
            try (DataSetImport imp = store.beginImport(StoreFixture.request("h.csv", StoreFixture.sha(9), CH))) {
                for (int from = 0; from < ROWS; from += 10_000) {
                    SampleBlock b = new SampleBlock(CH, 10_000);
                    for (int i = from; i < from + 10_000; i++) {
                        int r = b.addRow(t[i], i + 2);
                        b.set(r, 0, v[0][i]);
                        b.set(r, 1, v[1][i]);
                    }
                    imp.append(b);
                }
                info = imp.commit(0);
            }
            double first = t[0];
            double last = t[ROWS - 1];
            // whole record, a wide window across the gap, medium, and narrow windows below the finest tier
            double[][] windows = {{first, last + 1}, {first + 1e5, first + 2.5e5}, {1000.25, 21_000.75},
                {5000.3, 5900.1}, {77_777.7, 77_800.2}, {last - 50, last + 10}};
            for (double[] w : windows) {
                for (int maxPoints : new int[] {2000, 333, 7}) {
                    for (int ch = 0; ch < 2; ch++) {
                        List<HistoryBucket> got = store.history(info.id(), CH.get(ch), w[0], w[1], maxPoints);
                        assertBruteForce(got, t, v[ch], w[0], w[1], maxPoints);
                    }
                }
            }
            TwinException e = assertThrows(TwinException.class, () -> store.history(info.id(),
                    Channel.pack(Signal.PACK_SOC), 0, 1, 10));
            assertEquals("data set " + info.id() + " has no channel pack_soc", e.getMessage());
        }
    }

    private static void assertBruteForce(List<HistoryBucket> got, double[] t, double[] v, double t0, double t1,
            int maxPoints) {
        assertTrue(got.size() <= maxPoints, got.size() + " buckets for at most " + maxPoints);
        long covered = 0;
        for (HistoryBucket b : got) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            long n = 0;
            for (int i = firstAtOrAfter(t, b.startS()); i < t.length && t[i] < b.endS(); i++) {
                if (!Double.isNaN(v[i])) {
                    min = Math.min(min, v[i]);
                    max = Math.max(max, v[i]);
                    sum += v[i];
                    n++;
                }
            }
            String where = "bucket [" + b.startS() + ", " + b.endS() + ") of window [" + t0 + ", " + t1 + ")";
            assertEquals(n, b.count(), where);
            assertEquals(min, b.min(), where);
            assertEquals(max, b.max(), where);
            // the sum is accumulated in another order (tier by tier): a few ulps of the sum
            assertEquals(sum / n, b.mean(), 1e-12 * Math.abs(sum / n) + 1e-12, where);
            assertTrue(b.startS() < t1 && b.endS() > t0, "bucket overlaps the window: " + where);
            covered += n;
        }
        long inWindow = 0;
        for (int i = firstAtOrAfter(t, t0); i < t.length && t[i] < t1; i++) {
            if (!Double.isNaN(v[i])) {
                inWindow++;
            }
        }
        assertTrue(covered >= inWindow, "every sample of the window is in a bucket: " + covered + " >= " + inWindow);
    }

    /** Index of the first time >= x in increasing {@code t} (t.length when none). */
    private static int firstAtOrAfter(double[] t, double x) {
        int lo = 0;
        int hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
