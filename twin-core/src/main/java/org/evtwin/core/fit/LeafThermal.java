package org.evtwin.core.fit;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.model.CoolingSpec;
import org.evtwin.core.model.EcmParameters;

/**
 * Builds the measured heat and temperature series of a Leaf discharge (discharge and the rest after it, mean TC1–TC3,
 * ambient TC4) and fits the lumped thermal model to it.
 */
final class LeafThermal {
    /**
     * Emissivity of the candidate with radiation: an ASSUMPTION, typical of the non-metallic (polymer) outer layer of
     * a pouch laminate and of painted or plastic surfaces (about 0.9); the ORNL data do not describe the surface or
     * the test enclosure.
     */
    static final double CANDIDATE_EMISSIVITY = 0.9;
    /** Laminar natural convection on a vertical plate: h ∝ ΔT^{1/4} (Nu ∝ Ra^{1/4}; Incropera &amp; DeWitt). */
    static final double LAMINAR_EXPONENT = 1.25;
    /**
     * Heat-rejection laws tried on the fit record: constant h (forced convection, e.g. a ventilated chamber), laminar
     * natural convection with and without radiation. The one that reproduces the rest trace of the fit record best is
     * used (the rest is the part of the record free of heat-estimate errors).
     */
    static final ThermalFit.Law[] CANDIDATES = {ThermalFit.Law.LINEAR,
        new ThermalFit.Law("laminar natural convection + radiation", LAMINAR_EXPONENT,
                CoolingSpec.DEFAULT_REFERENCE_DELTA_K, CANDIDATE_EMISSIVITY),
        new ThermalFit.Law("laminar natural convection", LAMINAR_EXPONENT, CoolingSpec.DEFAULT_REFERENCE_DELTA_K, 0.0)};

    private LeafThermal() {
    }

    /**
     * Heat and temperature series of a discharge and its rest.
     *
     * @param t          time [s]
     * @param heatW      I·(OCV − V) − I·T·dOCV/dT from the measured current and voltage [W]
     * @param ambientC   TC4 [degC]
     * @param measuredC  mean of TC1–TC3 [degC]
     * @param restStart  index of the last discharge sample (the load ends there)
     */
    record Series(double[] t, double[] heatW, double[] ambientC, double[] measuredC, int restStart) {
    }

    /**
     * Outcome of the thermal identification on one record.
     *
     * @param wholeTrace  the whole-trace least-squares fit with constant h (for comparison only)
     * @param candidates  the split identification with each candidate law
     * @param chosen      the candidate with the smallest rest RMSE
     */
    record Outcome(ThermalFit.Result wholeTrace, List<ThermalFit.SplitResult> candidates,
            ThermalFit.SplitResult chosen) {
    }

    static Series series(LeafDischarge d, EcmParameters ecm, double capacityC) {
        var r = d.record();
        int n = d.restEnd() - d.start() + 1;
        double[] t = new double[n];
        double[] heat = new double[n];
        double[] amb = new double[n];
        double[] meas = new double[n];
        double removed = 0;
        for (int j = 0; j < n; j++) {
            int i = d.start() + j;
            t[j] = r.time(i);
            meas[j] = d.surfaceC(i);
            amb[j] = d.ambientC(i);
            if (j > 0) {
                removed += r.current(i) * (t[j] - t[j - 1]);
            }
            double soc = 1 - removed / capacityC;
            double tc = meas[j];
            double cur = r.current(i);
            heat[j] = cur * (ecm.ocv(soc, tc) - r.voltage(i))
                    - cur * (tc + EcmParameters.KELVIN) * ecm.entropicCoefficient(soc, tc);
        }
        return new Series(t, heat, amb, meas, d.end() - d.start());
    }

    /** Fits every candidate law by the split identification, and the whole-trace fit for comparison. */
    static Outcome fit(LeafDischarge d, EcmParameters ecm, double capacityC, double areaM2) {
        Series s = series(d, ecm, capacityC);
        ThermalFit.Result whole = ThermalFit.fit(s.t(), s.heatW(), s.ambientC(), s.measuredC());
        List<ThermalFit.SplitResult> all = new ArrayList<>();
        ThermalFit.SplitResult best = null;
        for (ThermalFit.Law law : CANDIDATES) {
            ThermalFit.SplitResult r = ThermalFit.fitSplit(s.t(), s.heatW(), s.ambientC(), s.measuredC(),
                    s.restStart(), areaM2, law);
            all.add(r);
            if (best == null || r.restRmseK() < best.restRmseK()) {
                best = r;
            }
        }
        return new Outcome(whole, List.copyOf(all), best);
    }
}
