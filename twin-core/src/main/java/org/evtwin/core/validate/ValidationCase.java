package org.evtwin.core.validate;

/**
 * One model-versus-measurement comparison, with the aligned series for plotting.
 *
 * @param name         case name, e.g. "leaf-2C" or "nasa-B0006-dis80"
 * @param signal       "voltage" or "surface temperature"
 * @param rmse         root mean square error over the compared samples [unit]
 * @param maxAbsError  largest |model − measured| over the compared samples [unit]
 * @param unit         "V" or "K"
 * @param samples      number of compared samples
 * @param note         what was compared and whether any of it was used for fitting
 * @param timeS        sample times [s] of the compared samples (from the start of the record)
 * @param measured     measured values [V or degC]
 * @param model        model values at the same times [V or degC]
 */
public record ValidationCase(String name, String signal, double rmse, double maxAbsError, String unit, int samples,
        String note, double[] timeS, double[] measured, double[] model) {

    /** Builds a case from aligned series; RMSE and max error are computed here. */
    public static ValidationCase of(String name, String signal, String unit, String note, double[] timeS,
            double[] measured, double[] model) {
        double ss = 0;
        double max = 0;
        for (int i = 0; i < timeS.length; i++) {
            double e = model[i] - measured[i];
            ss += e * e;
            max = Math.max(max, Math.abs(e));
        }
        return new ValidationCase(name, signal, Math.sqrt(ss / timeS.length), max, unit, timeS.length, note,
                timeS.clone(), measured.clone(), model.clone());
    }
}
