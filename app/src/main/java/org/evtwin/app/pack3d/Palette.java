package org.evtwin.app.pack3d;

/**
 * A colour map of {@value #LEVELS} levels plus one "no data" colour, as opaque ARGB integers (no scene classes, so
 * view models use it). Sequential quantities use a viridis-like map (perceptually even, readable by colour-blind
 * people), temperature a turbo-like blue-to-red map (what engineers expect of a thermal image) and signed quantities
 * (current, residual) a blue–white–red diverging map with white at zero.
 */
public final class Palette {
    /** Colour levels; palette indices 0 … LEVELS − 1 run from the legend's minimum to its maximum. */
    public static final int LEVELS = 255;
    /** Palette index of a cell without a value (NaN, or no measurement). */
    public static final int NO_DATA = 255;
    /** Colour of {@link #NO_DATA}: a neutral grey that none of the maps contains. */
    public static final int NO_DATA_ARGB = 0xFF8C8C8C;

    /** Viridis-like, dark purple → yellow. */
    public static final Palette SEQUENTIAL = new Palette("sequential", 0x440154, 0x482878, 0x3E4A89, 0x31688E,
            0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725);
    /** Turbo-like, dark blue → cyan → green → yellow → dark red. */
    public static final Palette THERMAL = new Palette("thermal", 0x30123B, 0x4145AB, 0x4675ED, 0x39A2FC, 0x1BCFD4,
            0x24ECA6, 0x61FC6C, 0xA4FC3B, 0xD1E834, 0xF3C63A, 0xFE9B2D, 0xF36315, 0xD93806, 0xB11901, 0x7A0403);
    /** Blue (negative) → white (zero) → red (positive). */
    public static final Palette DIVERGING = new Palette("diverging", 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0,
            0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B);

    private final String name;
    private final int[] argb = new int[LEVELS + 1];

    private Palette(String name, int... stops) {
        this.name = name;
        for (int i = 0; i < LEVELS; i++) {
            double pos = i * (stops.length - 1) / (double) (LEVELS - 1);
            int k = Math.min((int) pos, stops.length - 2);
            argb[i] = blend(stops[k], stops[k + 1], pos - k);
        }
        argb[NO_DATA] = NO_DATA_ARGB;
    }

    /** The map used for a quantity. */
    public static Palette of(ColourBy by) {
        return switch (by) {
            case TEMPERATURE -> THERMAL;
            case CURRENT, RESIDUAL -> DIVERGING;
            case SOC, SOH, VOLTAGE -> SEQUENTIAL;
        };
    }

    /** Palette index of a value on a legend from {@code min} to {@code max}: clamped to the ends; NaN → NO_DATA. */
    public static int index(double value, double min, double max) {
        if (Double.isNaN(value) || !(max > min)) {
            return NO_DATA;
        }
        double t = (value - min) / (max - min);
        if (t <= 0) {
            return 0;
        }
        if (t >= 1) {
            return LEVELS - 1;
        }
        return (int) (t * (LEVELS - 1) + 0.5);
    }

    /** Opaque ARGB colour of a palette index (0 … {@value #NO_DATA}). */
    public int argb(int index) {
        return argb[index];
    }

    /** Colour at a legend fraction 0 (minimum) … 1 (maximum). */
    public int argbAt(double fraction) {
        return argb[index(fraction, 0, 1)];
    }

    /** The whole table (LEVELS + 1 entries); callers must not modify it. */
    int[] table() {
        return argb;
    }

    public String name() {
        return name;
    }

    private static int blend(int a, int b, double t) {
        int r = mix((a >> 16) & 0xFF, (b >> 16) & 0xFF, t);
        int g = mix((a >> 8) & 0xFF, (b >> 8) & 0xFF, t);
        int bl = mix(a & 0xFF, b & 0xFF, t);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    @Override
    public String toString() {
        return name;
    }
}
