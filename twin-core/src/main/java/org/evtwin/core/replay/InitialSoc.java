package org.evtwin.core.replay;

import org.evtwin.core.model.EcmParameters;

/**
 * The state of charge a measured terminal voltage implies, through the cell's OCV(SoC, T) table. At rest the
 * terminal voltage is the OCV (after relaxation; a cell that rested only minutes reads a few mV off). Under load the
 * ohmic drop I·R0 is added back first (positive current = discharge); the RC branches' share is not known from one
 * sample and is taken as relaxed, so a start under load is only approximate.
 */
public final class InitialSoc {
    private static final int BISECTIONS = 50;

    private InitialSoc() {
    }

    /**
     * @return the SoC whose OCV at {@code temperatureC} equals {@code voltageV + currentA·R0}; 1 above the table's
     *         full OCV, 0 below its empty OCV
     */
    public static double fromVoltage(EcmParameters ecm, double voltageV, double currentA, double temperatureC) {
        double soc = fromOcv(ecm, voltageV, temperatureC);
        if (currentA != 0) {
            for (int i = 0; i < 3; i++) {   // R0 depends (weakly) on SoC: a few fixed-point passes settle it
                soc = fromOcv(ecm, voltageV + currentA * ecm.r0(soc, temperatureC), temperatureC);
            }
        }
        return soc;
    }

    /** Inverse of the OCV table at one temperature, by bisection (the table rises with SoC; flat parts give a SoC
     * within the flat part). */
    static double fromOcv(EcmParameters ecm, double ocvV, double temperatureC) {
        if (ocvV >= ecm.ocv(1.0, temperatureC)) {
            return 1.0;
        }
        if (ocvV <= ecm.ocv(0.0, temperatureC)) {
            return 0.0;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (ecm.ocv(mid, temperatureC) < ocvV) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
