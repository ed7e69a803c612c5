package org.evtwin.core.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;
import org.evtwin.core.telemetry.Signal;

/**
 * The history benchmark ({@code twin bench history}): a year of 1 Hz pack data (31.5 M rows; voltage, current, SoC,
 * max cell temperature) is written straight into a fresh store through the import API, then windows of random
 * position and width (one minute to the whole year) are queried for at most 2,000 buckets; latencies are reported
 * as median, 95th percentile and maximum.
 */
public final class HistoryBenchmark {
    private static final List<Channel> CHANNELS = List.of(Channel.pack(Signal.PACK_VOLTAGE_V),
            Channel.pack(Signal.PACK_CURRENT_A), Channel.pack(Signal.PACK_SOC),
            Channel.pack(Signal.MAX_CELL_TEMPERATURE_C));

    private HistoryBenchmark() {
    }

    /**
     * @param loadS      seconds to generate and store the rows (including tiers and commit)
     * @param queryMs    sorted query latencies [ms]
     * @param queryCpuMs sorted CPU time of the querying thread per query [ms] (what an idle core would take)
     * @param maxBuckets most buckets returned by one query
     */
    public record Result(long rows, double loadS, double[] queryMs, double[] queryCpuMs, int maxBuckets) {
        public double percentileMs(double p) {
            return at(queryMs, p);
        }

        public double cpuPercentileMs(double p) {
            return at(queryCpuMs, p);
        }

        private static double at(double[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
        }
    }

    public static Result run(Path workDir, long rows, int queries, int maxPoints, long seed) {
        try (DataSetStore store = DataSetStore.open(DatabaseLocation.embeddedFile(workDir.resolve("bench-history")))) {
            long t0 = System.nanoTime();
            long id;
            try (DataSetImport imp = store.beginImport(new ImportRequest("year-1hz", "generated", 0,
                    String.format("%064x", seed), "generated", "", infos()))) {
                SampleBlock b = new SampleBlock(CHANNELS, 8192);
                Random r = new Random(seed);
                for (long i = 0; i < rows; i++) {
                    double current = 80 * Math.sin(i * 2e-3) + 10 * r.nextGaussian();
                    int row = b.addRow(i, 0);
                    b.set(row, 0, 360 - 0.05 * current + 5 * Math.sin(i * 1e-6));
                    b.set(row, 1, current);
                    b.set(row, 2, 0.5 + 0.4 * Math.sin(i * 7.3e-5));
                    b.set(row, 3, 25 + 10 * Math.sin(i * 2e-7) + 0.01 * current);
                    if (b.isFull()) {
                        imp.append(b);
                        b.clear();
                    }
                }
                imp.append(b);
                id = imp.commit(0).id();
            }
            double loadS = (System.nanoTime() - t0) / 1e9;
            Random q = new Random(seed + 1);
            double[] ms = new double[queries];
            double[] cpuMs = new double[queries];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            int maxBuckets = 0;
            for (int k = -5; k < queries; k++) {   // 5 warm-up queries
                double width = Math.exp(Math.log(60) + q.nextDouble() * (Math.log(rows) - Math.log(60)));
                double start = q.nextDouble() * (rows - width);
                Channel ch = CHANNELS.get(q.nextInt(CHANNELS.size()));
                long s = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                List<HistoryBucket> got = store.history(id, ch, start, start + width, maxPoints);
                if (k >= 0) {
                    ms[k] = (System.nanoTime() - s) / 1e6;
                    cpuMs[k] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                    maxBuckets = Math.max(maxBuckets, got.size());
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpuMs);
            return new Result(rows, loadS, ms, cpuMs, maxBuckets);
        }
    }

    private static List<ChannelInfo> infos() {
        return CHANNELS.stream().map(c -> new ChannelInfo(CHANNELS.indexOf(c), c, c.columnName(), c.signal().unit()))
                .toList();
    }

    public static String describe(Result r) {
        return String.format(Locale.ROOT, "%,d rows x %d channels stored in %.1f s (%,.0f rows/s); %d window queries"
                + " (1 min to all, <= 2000 buckets, at most %d returned): median %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " CPU of the querying thread: median %.1f ms, p95 %.1f ms, max %.1f ms",
                r.rows(), CHANNELS.size(), r.loadS(), r.rows() / r.loadS(), r.queryMs().length, r.maxBuckets(),
                r.percentileMs(0.5), r.percentileMs(0.95), r.queryMs()[r.queryMs().length - 1],
                r.cpuPercentileMs(0.5), r.cpuPercentileMs(0.95), r.queryCpuMs()[r.queryCpuMs().length - 1]);
    }
}
