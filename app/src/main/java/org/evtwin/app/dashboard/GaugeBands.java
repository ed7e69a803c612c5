package org.evtwin.app.dashboard;

/**
 * Warning and critical limits of one gauge, in the gauge's unit. {@code lowIsBad} says which side is bad
 * (SoC, SoH: low; temperature: high).
 *
 * @param critical   beyond this the value is critical
 * @param warning    beyond this (but not critical) it is a warning
 * @param lowIsBad   true when small values are bad
 */
public record GaugeBands(double critical, double warning, boolean lowIsBad) {

    /** Severity of a value: 0 OK, 1 warning, 2 critical. */
    public int severity(double value) {
        if (lowIsBad) {
            return value < critical ? 2 : value < warning ? 1 : 0;
        }
        return value > critical ? 2 : value > warning ? 1 : 0;
    }

    /** The defaults: SoC &lt; 20 % critical, 20–50 % warning. */
    public static GaugeBands soc() {
        return new GaugeBands(20, 50, true);
    }

    /** SoH &lt; 75 % critical, 75–85 % warning. */
    public static GaugeBands soh() {
        return new GaugeBands(75, 85, true);
    }

    /** Temperature &gt; 60 °C critical, 40–60 °C warning. */
    public static GaugeBands temperature() {
        return new GaugeBands(60, 40, false);
    }

    /** Cell-voltage spread: &gt; 100 mV critical, &gt; 50 mV warning (BMS balancing practice; configurable). */
    public static GaugeBands voltageSpread() {
        return new GaugeBands(100, 50, false);
    }
}
