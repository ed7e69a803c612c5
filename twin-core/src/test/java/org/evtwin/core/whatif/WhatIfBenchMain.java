package org.evtwin.core.whatif;

import java.util.Locale;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.physics.PackModel;

/**
 * Prints what a what-if slider move costs for the shipped packs (a command, not a test: no timing assertions).
 * Usage: {@code java -cp <test classes:main classes:deps> org.evtwin.core.whatif.WhatIfBenchMain [runs]}.
 */
public final class WhatIfBenchMain {
    private WhatIfBenchMain() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        WhatIfEngine engine = new WhatIfEngine();
        for (String name : Catalog.PACKS) {
            PackModel pack = new PackModel(Catalog.pack(name), 25.0, 0.3);
            WhatIfInputs in = WhatIfInputs.baseline(pack);
            WhatIfBenchmark.Timing t = WhatIfBenchmark.measure(pack, engine, in, 20, runs);
            System.out.printf(Locale.ROOT, "%-22s %5d cells: copy+run median %.1f ms (min %.1f, max %.1f;"
                    + " copy %.1f ms), %d runs, step %.0f s, charge %.0f min simulated%n", name, t.cells(), t.medianMillis(),
                    t.minMillis(), t.maxMillis(), t.copyMillis(), t.runs(), t.stepS(), t.chargeS() / 60);
        }
    }
}
