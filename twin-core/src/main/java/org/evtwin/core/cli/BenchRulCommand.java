package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.RulService;
import org.evtwin.core.ml.history.CellHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twin bench rul}: RUL for a whole pack in one batch with the shipped history model. The histories are
 * seeded trajectories shaped like NASA B0005 (2.0 Ah rated, 1.86 Ah at cycle 1, fading 0.0025-0.0055 Ah per cycle
 * with 0.005 Ah noise, 35-40 degC peak temperature): a speed measurement, not an accuracy one.
 */
@Command(name = "rul", mixinStandardHelpOptions = true,
        description = "Times RUL prediction for all cells of a pack in one batch (median of rounds after warm-up).")
final class BenchRulCommand extends JsonCommand implements Callable<Integer> {

    @Option(names = "--cells", defaultValue = "7104", description = "Cells per batch (default ${DEFAULT-VALUE}).")
    int cells;

    @Option(names = "--cycles", defaultValue = "60", description = "Recorded cycles per cell (default ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--rounds", defaultValue = "9", description = "Timed rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the histories (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        RulCommand.quietTribuo();
        Options.check(spec, cells > 0 && rounds > 0, "--cells and --rounds must be > 0");
        Options.check(spec, cycles >= 10 && cycles <= 120, "--cycles must be in [10, 120] (inside the NASA domain)");
        RulService service = RulService.withDefaultModel();
        List<CellHistory> pack = histories(cells, cycles, seed);
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            service.predictAll(pack);
        }
        double[] ms = new double[rounds];
        double[] cpuMs = new double[rounds];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<RulEstimate> last = null;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = service.predictAll(pack);
            ms[r] = (System.nanoTime() - t0) / 1e6;
            cpuMs[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long ok = last.stream().filter(RulEstimate::ok).count();
        double median = ms[rounds / 2];
        var o = out();
        o.printf(Locale.ROOT, "%d cells x %d cycles, %s: median %.1f ms per batch (min %.1f, max %.1f), %.2f us per cell;"
                + " thread CPU median %.1f ms (min %.1f); %d answered with a number; load average %.1f on %d cores%n",
                cells, cycles, service.model().trainer().cliName(), median, ms[0], ms[rounds - 1],
                1e3 * median / cells, cpuMs[rounds / 2], cpuMs[0], ok, load,
                Runtime.getRuntime().availableProcessors());
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("cells", cells);
            n.put("cycles", cycles);
            n.put("trainer", service.model().trainer().cliName());
            n.put("medianMsPerBatch", median);
            n.put("minMsPerBatch", ms[0]);
            n.put("maxMsPerBatch", ms[rounds - 1]);
            n.put("microsPerCell", 1e3 * median / cells);
            n.put("medianCpuMsPerBatch", cpuMs[rounds / 2]);
            n.put("minCpuMsPerBatch", cpuMs[0]);
            n.put("loadAverage", load);
            n.put("answered", ok);
            n.put("rounds", rounds);
            n.put("java", System.getProperty("java.version"));
            o.println(Json.line(n));
        }
        return 0;
    }

    static List<CellHistory> histories(int n, int cycles, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<CellHistory> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double fade = 0.0025 + 0.003 * rnd.nextDouble();
            double[] c = new double[cycles];
            double[] q = new double[cycles];
            double[] t = new double[cycles];
            for (int i = 0; i < cycles; i++) {
                c[i] = i + 1;
                q[i] = 1.86 - fade * i + 0.005 * (rnd.nextDouble() - 0.5) * 2;
                t[i] = 35 + 5 * rnd.nextDouble();
            }
            out.add(new CellHistory("cell" + k, 2.0, 1.4, c, q, t, null));
        }
        return out;
    }
}
