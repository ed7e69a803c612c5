package org.evtwin.core.ingest.mqtt;

import java.util.Locale;

/** Units a mapped payload may use, and their conversion to the core's (V, A, degC, fraction, ms since the epoch). */
public enum MappedUnit {
    V(1, 0, "V"), MV(1e-3, 0, "V"), A(1, 0, "A"), MA(1e-3, 0, "A"), DEGC(1, 0, "degC"), K(1, -273.15, "degC"),
    DEGF(5.0 / 9.0, -32.0 * 5.0 / 9.0, "degC"), FRACTION(1, 0, ""), PERCENT(0.01, 0, ""), MS(1, 0, "ms"),
    S(1000, 0, "ms");

    private final double scale;
    private final double offset;
    private final String core;

    MappedUnit(double scale, double offset, String core) {
        this.scale = scale;
        this.offset = offset;
        this.core = core;
    }

    double toCore(double x) {
        return x * scale + offset;
    }

    /** The core unit this converts to ("V", "A", "degC", "" for fractions, "ms"). */
    String coreUnit() {
        return core;
    }

    /** Parses "mV", "degF", "%", "s" … (case-insensitive). */
    public static MappedUnit parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "v" -> V;
            case "mv" -> MV;
            case "a" -> A;
            case "ma" -> MA;
            case "degc", "°c", "c" -> DEGC;
            case "k" -> K;
            case "degf", "°f", "f" -> DEGF;
            case "1", "fraction" -> FRACTION;
            case "%", "percent" -> PERCENT;
            case "ms" -> MS;
            case "s" -> S;
            default -> throw new IllegalArgumentException("unknown unit \"" + text + "\" (V, mV, A, mA, degC, K,"
                    + " degF, fraction, %, ms, s)");
        };
    }
}
