package org.evtwin.core.whatif;

import java.util.Arrays;
import org.evtwin.core.TwinException;
import org.evtwin.core.physics.PackModel;

/**
 * Measures what one slider move costs: a copy of the reference fork plus one {@link WhatIfEngine#run}, with the
 * ambient alternating by 1 K between runs so no two consecutive runs are alike. For a command (the CLI's
 * {@code twin bench}) or a test-scope main; tests never assert on its figures (benchmarks.md).
 */
public final class WhatIfBenchmark {

    /**
     * Figures of one measurement [ms].
     *
     * @param cells        cells in the pack
     * @param runs         measured runs (after the warm-up)
     * @param medianMillis median of copy + run
     * @param minMillis    fastest copy + run
     * @param maxMillis    slowest copy + run
     * @param copyMillis   median of the copy alone
     * @param stepS        near-term solver step of the last run [s]
     * @param chargeS      simulated length of the last fast charge [s]
     */
    public record Timing(int cells, int runs, double medianMillis, double minMillis, double maxMillis,
            double copyMillis, double stepS, double chargeS) {
    }

    private WhatIfBenchmark() {
    }

    /**
     * Runs {@code warmups + runs} what-ifs on copies of {@code reference} (which is not changed) and reports the
     * measured ones.
     *
     * @throws TwinException if a run does not come back OK (the figures would be meaningless)
     */
    public static Timing measure(PackModel reference, WhatIfEngine engine, WhatIfInputs inputs, int warmups,
            int runs) {
        if (runs < 1 || warmups < 0) {
            throw new TwinException("what-if benchmark: runs must be >= 1 and warm-ups >= 0");
        }
        double[] total = new double[runs];
        double[] copy = new double[runs];
        WhatIfResult last = null;
        for (int k = -warmups; k < runs; k++) {
            WhatIfInputs in = inputs.withAmbientC(inputs.ambientC() + (k & 1));
            long t0 = System.nanoTime();
            PackModel fork = reference.copy();
            long t1 = System.nanoTime();
            last = engine.run(fork, in, () -> false);
            long t2 = System.nanoTime();
            if (last.status() != WhatIfResult.Status.OK) {
                throw new TwinException("what-if benchmark: run ended " + last.status() + ": " + last.inlineReason());
            }
            if (k >= 0) {
                total[k] = (t2 - t0) / 1e6;
                copy[k] = (t1 - t0) / 1e6;
            }
        }
        double[] sorted = total.clone();
        Arrays.sort(sorted);
        return new Timing(reference.state().cellCount(), runs, median(total), sorted[0], sorted[runs - 1],
                median(copy), last.nearTerm().stepS(), last.nearTerm().durationS());
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
