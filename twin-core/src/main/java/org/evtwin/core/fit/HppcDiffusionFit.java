package org.evtwin.core.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Identifies the diffusion lag (τ_d and k·τ_d, see {@link org.evtwin.core.model.EcmParameters.Diffusion}) from one
 * HPPC test, jointly with the RC branches: for each candidate the OCV is taken at the surface SoC
 * ({@link DiffusionLag} over the whole test) and every level's R1, τ1, R2, τ2 is refitted by {@link HppcFit} (so the
 * slow branch gives up what the lag explains). The objective is the RMS voltage error over all level windows plus
 * the final 10 A discharge from the lowest level towards the 3.0 V cut-off, continued with the lowest level's
 * parameters. That discharge runs into the steep end of the OCV, where a lag and a resistance differ most (the lag's
 * drop grows with the OCV slope); only its samples whose surface SoC stays on the measured C/15 curve for every
 * candidate are compared (bulk SoC ≥ end of the C/15 curve + the largest lag searched), because below the curve's
 * end the OCV is extrapolated.
 *
 * <p>Search: a grid over τ_d × k·τ_d ({@link #TAU_GRID_S} × {@link #STEADY_GRID_S}), then two finer 3 × 3 grids
 * around the best point (steps halved each time). Deterministic (no random starts), so a refit reproduces the
 * shipped file.
 */
final class HppcDiffusionFit {
    /** τ_d grid [s]: 50 s (pulse scale, taken by the RC branches) to 3200 s (about the 1 h rest). */
    static final double[] TAU_GRID_S = {50, 100, 200, 400, 800, 1600, 3200};
    /** k·τ_d grid [s]: 0 (no lag) to 120 s (a steady lag of 0.1 of capacity at 3C). */
    static final double[] STEADY_GRID_S = {0, 15, 30, 45, 60, 75, 90, 105, 120};

    private HppcDiffusionFit() {
    }

    /**
     * One evaluated candidate.
     *
     * @param tauS          τ_d [s]
     * @param steadyS       k·τ_d [s] (0 = no lag)
     * @param levelsRmseV   RMS error over the level windows [V]
     * @param tailRmseV     RMS error over the compared samples of the final discharge [V]
     * @param rmseV         RMS error over both [V] (the objective); +∞ if a level fit failed
     * @param fit           the level fits (null if one failed)
     */
    record Candidate(double tauS, double steadyS, double levelsRmseV, double tailRmseV, double rmseV,
            HppcFit.Result fit) {
        double gain() {
            return steadyS / tauS;
        }
    }

    /**
     * Result of the search.
     *
     * @param best          the chosen candidate
     * @param none          the same objective without lag (k·τ_d = 0)
     * @param grid          the coarse grid, row per τ_d, column per k·τ_d ({@code grid[i][0]} = no lag)
     * @param measuredOcvFromSoc lowest SoC of the measured C/15 curve (below it the OCV is extrapolated)
     * @param tailFromSoc   bulk SoC down to which the final discharge is compared
     * @param tailSamples   number of compared final-discharge samples
     * @param wholeTailRmseV RMS error over the whole final discharge down to the cut-off [V], {best, none}
     *                      (information only: below the C/15 curve the OCV is extrapolated)
     */
    record Result(Candidate best, Candidate none, Candidate[][] grid, double measuredOcvFromSoc, double tailFromSoc,
            int tailSamples, double[] wholeTailRmseV) {
    }

    /**
     * Runs the search on one test.
     *
     * @param socGrid             SoC grid of the OCV row
     * @param ocvRow              OCV on {@code socGrid} at the test's temperature
     * @param capacityC           capacity [C]
     * @param measuredOcvFromSoc  lowest SoC at which the OCV row rests on measured data (end of the C/15 curve)
     */
    static Result fit(HppcTest test, double[] socGrid, double[] ocvRow, double capacityC, double measuredOcvFromSoc) {
        Tail tail = Tail.of(test, capacityC, measuredOcvFromSoc + maxLag(test, capacityC));
        Candidate none = evaluate(test, socGrid, ocvRow, capacityC, tail, TAU_GRID_S[0], 0.0);
        Candidate[][] grid = new Candidate[TAU_GRID_S.length][STEADY_GRID_S.length];
        Candidate best = none;
        for (int i = 0; i < TAU_GRID_S.length; i++) {
            grid[i][0] = none;
            for (int j = 1; j < STEADY_GRID_S.length; j++) {
                grid[i][j] = evaluate(test, socGrid, ocvRow, capacityC, tail, TAU_GRID_S[i], STEADY_GRID_S[j]);
                best = better(best, grid[i][j]);
            }
        }
        if (best.steadyS() > 0) {
            double tauFactor = 2.0;
            double steadyStep = STEADY_GRID_S[1];
            for (int round = 0; round < 2; round++) {
                tauFactor = Math.sqrt(tauFactor);
                steadyStep *= 0.5;
                Candidate centre = best;
                for (int a = -1; a <= 1; a++) {
                    for (int b = -1; b <= 1; b++) {
                        double steady = centre.steadyS() + b * steadyStep;
                        if ((a != 0 || b != 0) && steady > 0) {
                            best = better(best, evaluate(test, socGrid, ocvRow, capacityC, tail,
                                    centre.tauS() * Math.pow(tauFactor, a), steady));
                        }
                    }
                }
            }
        }
        Tail whole = Tail.of(test, capacityC, Double.NEGATIVE_INFINITY);
        double[] wholeRmse = {wholeTailRmse(test, socGrid, ocvRow, capacityC, whole, best),
            wholeTailRmse(test, socGrid, ocvRow, capacityC, whole, none)};
        return new Result(best, none, grid, measuredOcvFromSoc, tail.fromSoc, tail.samples(), wholeRmse);
    }

    private static double wholeTailRmse(HppcTest test, double[] socGrid, double[] ocvRow, double capacityC,
            Tail whole, Candidate c) {
        if (c.fit() == null) {
            return Double.NaN;
        }
        var series = test.record().series();
        double[] lag = c.steadyS() > 0 ? DiffusionLag.trace(series.timeS(), series.currentA(), test.anchors()[0],
                c.tauS(), c.steadyS(), capacityC) : null;
        double[] ocv = HppcFit.ocvTrace(test, socGrid, ocvRow, capacityC, lag);
        double sq = whole.sumOfSquares(test, ocv, c.fit().levels().get(c.fit().levels().size() - 1).fit());
        return Math.sqrt(sq / Math.max(1, whole.samples()));
    }

    private static Candidate better(Candidate a, Candidate b) {
        return b.rmseV() < a.rmseV() ? b : a;
    }

    /** Largest steady lag searched at the final discharge's current (its surface SoC runs that far ahead). */
    private static double maxLag(HppcTest test, double capacityC) {
        double[] i = test.record().series().currentA();
        double max = 0;
        for (int j = test.regenEnds()[test.levels() - 1]; j < i.length; j++) {
            max = Math.max(max, i[j]);
        }
        return STEADY_GRID_S[STEADY_GRID_S.length - 1] * max / capacityC;
    }

    /** The objective for one candidate (k·τ_d = 0: no lag). */
    static Candidate evaluate(HppcTest test, double[] socGrid, double[] ocvRow, double capacityC, Tail tail,
            double tauS, double steadyS) {
        var series = test.record().series();
        double[] lag = steadyS > 0 ? DiffusionLag.trace(series.timeS(), series.currentA(), test.anchors()[0], tauS,
                steadyS, capacityC) : null;
        double[] ocv = HppcFit.ocvTrace(test, socGrid, ocvRow, capacityC, lag);
        HppcFit.Result f;
        try {
            f = HppcFit.fit(test, ocv, capacityC);
        } catch (org.evtwin.core.TwinException e) {
            return new Candidate(tauS, steadyS, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, null);
        }
        double tailSq = tail.sumOfSquares(test, ocv, f.levels().get(f.levels().size() - 1).fit());
        double levelsSq = f.rmseV() * f.rmseV() * f.samples();
        double rmse = Math.sqrt((levelsSq + tailSq) / (f.samples() + tail.samples()));
        return new Candidate(tauS, steadyS, f.rmseV(), Math.sqrt(tailSq / Math.max(1, tail.samples())), rmse, f);
    }

    /**
     * The final discharge of the test (after the lowest level's regen pulse to the end of the record) and the samples
     * of it that are compared.
     */
    record Tail(int from, List<Integer> compared, double fromSoc) {
        static Tail of(HppcTest test, double capacityC, double fromSoc) {
            List<Integer> compared = new ArrayList<>();
            double[] q = test.discharged();
            int from = test.regenEnds()[test.levels() - 1];
            for (int j = from + 1; j < q.length; j++) {
                if (1 - q[j] / capacityC >= fromSoc) {
                    compared.add(j);
                }
            }
            return new Tail(from, compared, fromSoc);
        }

        int samples() {
            return compared.size();
        }

        /** Sum of squared errors over the compared samples, continuing the lowest level's fit from its end state. */
        double sumOfSquares(HppcTest test, double[] ocv, PulseFit.Result last) {
            var s = test.record().series();
            double[] t = s.timeS();
            double[] i = s.currentA();
            double[] v = s.voltageV();
            TwoRc rc = new TwoRc(last.endV1(), last.endV2());
            double sum = 0;
            int next = 0;
            int end = compared.isEmpty() ? from : compared.get(compared.size() - 1);
            for (int j = from + 1; j <= end; j++) {
                rc.step(t[j] - t[j - 1], i[j], last.r1Ohm(), last.c1F(), last.r2Ohm(), last.c2F());
                if (next < compared.size() && compared.get(next) == j) {
                    double e = ocv[j] - rc.drop(i[j], last.r0Ohm()) - v[j];
                    sum += e * e;
                    next++;
                }
            }
            return sum;
        }
    }
}
