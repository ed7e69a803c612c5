package org.evtwin.core.fit;

import java.util.Map;
import org.evtwin.core.model.EcmParameters;

/**
 * The Leaf cell's diffusion lag ({@link EcmParameters.Diffusion}) and the RC branches fitted with it.
 *
 * <p>τ_d and k are identified on the 25 degC HPPC test only ({@link HppcDiffusionFit}): it is the test whose OCV row
 * passes through its own rest points down to the lowest level, while the 10 and 40 degC rows miss their lowest rest
 * point by +12 and −14 mV (the dOCV/dT limit of {@link LeafOcv}), more than the lag's own signal there, and the
 * lag shows mostly at low SoC. Its temperature dependence is therefore not identified but assumed: Arrhenius with
 * {@value #ACTIVATION_J_PER_MOL} J/mol, the solid-diffusion activation energy of graphite in Ecker et al.,
 * J. Electrochem. Soc. 162 (2015) A1836 (an assumption: which electrode limits is not known; the slow RC branch R2 of
 * these tests falls with a similar activation energy, about 30 kJ/mol between 10 and 40 degC at SoC 0.5). The RC
 * branches of every temperature are then refitted with the lag at that temperature, so each table row is consistent
 * with the lag the solver will apply.
 */
final class LeafLag {
    /** Assumed activation energy of 1/τ_d [J/mol] (Ecker et al. 2015, graphite solid diffusion). */
    static final double ACTIVATION_J_PER_MOL = 30.3e3;
    /** Index of the 25 degC test among the HPPC tests. */
    static final int REFERENCE = 1;

    private LeafLag() {
    }

    /**
     * @param diffusion   the lag (null if the search preferred none)
     * @param search      the 25 degC search
     * @param fits        per temperature: the level fits with the lag
     * @param withoutLag  per temperature: the level fits without lag (for the report)
     */
    record Outcome(EcmParameters.Diffusion diffusion, HppcDiffusionFit.Result search, HppcFit.Result[] fits,
            HppcFit.Result[] withoutLag) {
    }

    static Outcome fit(HppcTest[] tests, double[] temps, double[] socGrid, double[][] ocv, double capacityC,
            double measuredOcvFromSoc, java.util.function.Consumer<String> progress) {
        progress.accept("Leaf: diffusion lag search on the 25 degC HPPC");
        HppcDiffusionFit.Result search = HppcDiffusionFit.fit(tests[REFERENCE], socGrid, ocv[REFERENCE], capacityC,
                measuredOcvFromSoc);
        HppcDiffusionFit.Candidate best = search.best();
        EcmParameters.Diffusion lag = best.steadyS() > 0 ? new EcmParameters.Diffusion(best.tauS(), best.gain(),
                ACTIVATION_J_PER_MOL, temps[REFERENCE]) : null;
        HppcFit.Result[] fits = new HppcFit.Result[tests.length];
        HppcFit.Result[] plain = new HppcFit.Result[tests.length];
        for (int t = 0; t < tests.length; t++) {
            progress.accept("Leaf: fitting 2-RC to HPPC at " + (int) temps[t] + " degC (" + tests[t].levels()
                    + " levels)");
            plain[t] = t == REFERENCE ? search.none().fit() : HppcFit.fit(tests[t], socGrid, ocv[t], capacityC);
            if (lag == null) {
                fits[t] = plain[t];
            } else if (t == REFERENCE) {
                fits[t] = best.fit();
            } else {
                var s = tests[t].record().series();
                double[] trace = DiffusionLag.trace(s.timeS(), s.currentA(), tests[t].anchors()[0],
                        lag.timeConstantS(temps[t]), lag.steadyLagS(temps[t]), capacityC);
                fits[t] = HppcFit.fit(tests[t], HppcFit.ocvTrace(tests[t], socGrid, ocv[t], capacityC, trace),
                        capacityC);
            }
        }
        return new Outcome(lag, search, fits, plain);
    }

    /** Appends the search and the lag to the report and the residuals. */
    static void report(Outcome o, double[] temps, StringBuilder rep, Map<String, Double> res) {
        HppcDiffusionFit.Result s = o.search();
        rep.append(LeafCellFit.f("Diffusion lag, 25 degC HPPC: objective = RMS over all level windows + the final 10 A"
                + " discharge down to bulk SoC %.4f (%d samples; below, the surface SoC could leave the measured C/15"
                + " curve)%n", s.tailFromSoc(), s.tailSamples()));
        rep.append("   grid, RMS levels/final discharge [mV] (NaN: a level fit did not converge); rows tau_d [s], columns"
                + " k*tau_d [s]\n   tau_d ");
        for (double st : HppcDiffusionFit.STEADY_GRID_S) {
            rep.append(LeafCellFit.f(" %11.0f", st));
        }
        rep.append('\n');
        for (int i = 0; i < s.grid().length; i++) {
            rep.append(LeafCellFit.f("   %6.0f", HppcDiffusionFit.TAU_GRID_S[i]));
            for (HppcDiffusionFit.Candidate c : s.grid()[i]) {
                rep.append(LeafCellFit.f(" %5.2f/%5.2f", 1e3 * c.levelsRmseV(), 1e3 * c.tailRmseV()));
            }
            rep.append('\n');
        }
        HppcDiffusionFit.Candidate b = s.best();
        HppcDiffusionFit.Candidate n = s.none();
        rep.append(LeafCellFit.f("   no lag:  levels %.3f mV, final discharge %.2f mV, objective %.3f mV%n",
                1e3 * n.levelsRmseV(), 1e3 * n.tailRmseV(), 1e3 * n.rmseV()));
        rep.append(LeafCellFit.f("   chosen:  tau_d %.0f s, k*tau_d %.1f s (k %.4f): levels %.3f mV, final discharge"
                + " %.2f mV, objective %.3f mV; Arrhenius %.1f kJ/mol assumed (tau_d %.0f / %.0f s at 10 / 40 degC)%n",
                b.tauS(), b.steadyS(), b.gain(), 1e3 * b.levelsRmseV(), 1e3 * b.tailRmseV(), 1e3 * b.rmseV(),
                ACTIVATION_J_PER_MOL / 1e3, o.diffusion() == null ? Double.NaN : o.diffusion().timeConstantS(10),
                o.diffusion() == null ? Double.NaN : o.diffusion().timeConstantS(40)));
        rep.append(LeafCellFit.f("   whole final discharge to 3.0 V (information; OCV extrapolated below SoC %.4f):"
                + " RMSE %.1f mV with the lag, %.1f mV without%n", s.measuredOcvFromSoc(), 1e3 * s.wholeTailRmseV()[0],
                1e3 * s.wholeTailRmseV()[1]));
        res.put("hppc25_final_discharge_rmse_v", b.tailRmseV());
        res.put("hppc25_final_discharge_rmse_no_lag_v", n.tailRmseV());
        for (int t = 0; t < temps.length; t++) {
            res.put("hppc" + (int) temps[t] + "_rmse_no_lag_v", o.withoutLag()[t].rmseV());
        }
    }
}
