package org.evtwin.app.whatif;

import java.util.List;
import org.evtwin.core.whatif.NearTerm;
import org.evtwin.core.whatif.Projection;
import org.evtwin.core.whatif.WhatIfResult;

/**
 * Chart-ready data of baseline and what-if, in display units, as plain arrays (no chart classes: the view turns them
 * into series). Each list always has the same curves in the same order, empty when there is nothing to draw, so the
 * view's series keep their colours.
 *
 * @param soh         SoH [%] over years: baseline pack, what-if pack, what-if picked cell
 * @param soc         pack SoC [%] over minutes of the fast charge: baseline, what-if
 * @param temperature hottest cell [°C] over minutes of the fast charge: baseline, what-if
 */
public record WhatIfCharts(List<Curve> soh, List<Curve> soc, List<Curve> temperature) {

    /** One line: a name for the legend and its points. */
    public record Curve(String name, double[] x, double[] y) {
        static Curve empty(String name) {
            return new Curve(name, new double[0], new double[0]);
        }

        /** Number of points. */
        public int size() {
            return x.length;
        }
    }

    /** Nothing to draw yet. */
    static final WhatIfCharts EMPTY = of(null, null);

    /** Curves of a baseline and a what-if (either may be null or not OK: its curves are then empty). */
    static WhatIfCharts of(WhatIfResult baseline, WhatIfResult whatIf) {
        Projection picked = ok(whatIf) ? whatIf.pickedCell() : null;
        return new WhatIfCharts(
                List.of(soh("Baseline", ok(baseline) ? baseline.pack() : null),
                        soh("What-if", ok(whatIf) ? whatIf.pack() : null),
                        soh(picked == null ? "What-if, picked cell" : "What-if, " + picked.subject(), picked)),
                List.of(near("Baseline", baseline, true), near("What-if", whatIf, true)),
                List.of(near("Baseline", baseline, false), near("What-if", whatIf, false)));
    }

    private static boolean ok(WhatIfResult r) {
        return r != null && r.status() == WhatIfResult.Status.OK;
    }

    private static Curve soh(String name, Projection p) {
        if (p == null) {
            return Curve.empty(name);
        }
        double[] y = new double[p.soh().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 * p.soh()[i];
        }
        return new Curve(name, p.timeYears().clone(), y);
    }

    private static Curve near(String name, WhatIfResult r, boolean soc) {
        if (!ok(r)) {
            return Curve.empty(name);
        }
        NearTerm n = r.nearTerm();
        double[] x = new double[n.timeS().length];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = n.timeS()[i] / 60.0;
            y[i] = soc ? 100 * n.packSoc()[i] : n.maxTemperatureC()[i];
        }
        return new Curve(name, x, y);
    }
}
