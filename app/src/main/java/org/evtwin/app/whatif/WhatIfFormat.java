package org.evtwin.app.whatif;

import java.util.Locale;
import org.evtwin.core.whatif.NearTerm;
import org.evtwin.core.whatif.Projection;
import org.evtwin.core.whatif.WhatIfResult;

/** The figures of a what-if result as text with units; "—" where the result has none. */
final class WhatIfFormat {
    static final String NONE = "—";
    /** Years after which the "SoH after" figure is read. */
    static final double SOH_AFTER_YEARS = 5.0;

    private WhatIfFormat() {
    }

    /** The figure with {@code id} of {@code r}. */
    static String figure(String id, WhatIfResult r) {
        if (r == null || r.status() != WhatIfResult.Status.OK) {
            return NONE;
        }
        NearTerm n = r.nearTerm();
        Projection p = r.pack();
        return switch (id) {
            case "start" -> f("%.1f %% (%s)", 100 * n.startSoc(),
                    n.startRule() == NearTerm.StartRule.PRESENT_SOC ? "present" : "window");
            case "peak" -> f("%.1f °C · #%d", n.peakTemperatureC(), n.peakCell());
            case "t80" -> n.timeTo80().isEmpty() ? "not reached"
                    : n.timeTo80S() == 0.0 ? "at start" : minutes(n.timeTo80S());
            case "charge" -> f("%s → %.0f %%", minutes(n.durationS()), 100 * n.endSoc());
            case "dod" -> p.drivenDaysPerYear() == 0 ? "no driving"
                    : f("%.0f %% × %d d/yr", 100 * p.dodPerDay(), p.drivenDaysPerYear());
            case "temp" -> f("%.1f °C (+%.1f K)", p.cellTemperatureC(), p.selfHeatingK());
            case "soh5" -> f("%.1f %%", 100 * sohAt(p, SOH_AFTER_YEARS));
            case "y80" -> years(p.yearsTo80(), p.horizonYears());
            case "y70" -> years(p.yearsTo70(), p.horizonYears());
            case "picked80" -> r.pickedCell() == null ? "as pack"
                    : years(r.pickedCell().yearsTo80(), r.pickedCell().horizonYears());
            default -> throw new IllegalArgumentException("unknown figure " + id);
        };
    }

    static String minutes(double seconds) {
        return f("%.1f min", seconds / 60);
    }

    static String years(double years, double horizon) {
        return Double.isNaN(years) ? f("> %.0f years", horizon) : f("%.1f years", years);
    }

    /** SoH at {@code years} by linear interpolation between the projection's points. */
    static double sohAt(Projection p, double years) {
        double[] t = p.timeYears();
        for (int k = 1; k < t.length; k++) {
            if (t[k] >= years) {
                double f = (years - t[k - 1]) / (t[k] - t[k - 1]);
                return p.soh()[k - 1] + f * (p.soh()[k] - p.soh()[k - 1]);
            }
        }
        return p.finalSoh();
    }

    /** What the user should read beside the figures: problems, limits, remarks, and why 80 % SoC was not reached. */
    static String reason(WhatIfResult r) {
        if (r == null) {
            return "";
        }
        String text = r.inlineReason();
        NearTerm n = r.nearTerm();
        if (n != null && n.timeTo80().isEmpty() && !n.timeTo80Note().isEmpty()) {
            String note = "80 % SoC not reached: " + n.timeTo80Note().replaceFirst("^not reached: ", "");
            text = text.isEmpty() ? note : text + "; " + note;
        }
        return text;
    }

    /** Simulated time as h:mm:ss. */
    static String clock(double seconds) {
        long t = Math.round(seconds);
        return f("%d:%02d:%02d", t / 3600, (t / 60) % 60, t % 60);
    }

    /** The innermost cause's message (a fork future wraps the twin's exception). */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
