package org.evtwin.app.replay;

import java.util.Locale;
import org.evtwin.core.replay.ResidualSignal;
import org.evtwin.core.replay.ResidualSummary;

/**
 * One line of the residual table (measured − model) in display units: voltages in mV, temperatures in K, SoC in
 * percentage points.
 *
 * @param signal  "Cell voltage", "Pack SoC" …
 * @param unit    display unit ("mV", "K", "% SoC")
 * @param rmse    root mean square residual, display unit
 * @param maxAbs  largest |residual|, display unit
 * @param mean    mean residual (bias), display unit
 * @param samples compared values
 */
public record ResidualRow(String signal, String unit, double rmse, double maxAbs, double mean, long samples) {

    /** Converts a core summary (V, K, fraction) to display units. */
    public static ResidualRow of(ResidualSummary s) {
        double k = factor(s.signal());
        String label = s.signal().label();
        label = Character.toUpperCase(label.charAt(0)) + label.substring(1).replace("soc", "SoC");
        return new ResidualRow(label, displayUnit(s.signal()), s.rmse() * k, s.maxAbs() * k, s.mean() * k,
                s.samples());
    }

    /** Display unit of a residual signal. */
    public static String displayUnit(ResidualSignal s) {
        return switch (s.unit()) {
            case "V" -> "mV";
            case "1" -> "% SoC";
            default -> s.unit();
        };
    }

    static double factor(ResidualSignal s) {
        return switch (s.unit()) {
            case "V" -> 1000.0;
            case "1" -> 100.0;
            default -> 1.0;
        };
    }

    /** A value with its unit and sensible digits: "12.3 mV", "0.42 K", "1.05 % SoC". */
    public String format(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f %s" : Math.abs(v) >= 10
                ? "%.1f %s" : "%.2f %s", v, unit);
    }
}
