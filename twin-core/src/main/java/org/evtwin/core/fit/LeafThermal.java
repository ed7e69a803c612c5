package org.evtwin.core.fit;

import org.evtwin.core.model.EcmParameters;

/** Builds the measured heat and temperature series of a Leaf discharge and fits the lumped thermal model to it. */
final class LeafThermal {
    private LeafThermal() {
    }

    /** Fits m·cp and h·A over the discharge and the rest after it (mean TC1–TC3, ambient TC4). */
    static ThermalFit.Result fit(LeafDischarge d, EcmParameters ecm, double capacityC) {
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
        return ThermalFit.fit(t, heat, amb, meas);
    }
}
