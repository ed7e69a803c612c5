package org.evtwin.core.ingest.csv;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A unit a source file may use, with its conversion to the core unit of its quantity: {@code core = raw × factor +
 * offset}. This is the only place where mV, mA, K, %, Ah, kW, km/h or mph exist; nothing past the parser sees them.
 */
public enum SourceUnit {
    V("V", Quantity.VOLTAGE, 1.0, 0.0),
    MV("mV", Quantity.VOLTAGE, 1e-3, 0.0),
    A("A", Quantity.CURRENT, 1.0, 0.0),
    MA("mA", Quantity.CURRENT, 1e-3, 0.0),
    DEG_C("degC", Quantity.TEMPERATURE, 1.0, 0.0),
    /** Kelvin to degC: −273.15 (the offset of the Celsius scale, exact by definition since 1954/2019 SI). */
    K("K", Quantity.TEMPERATURE, 1.0, -273.15),
    FRACTION("fraction", Quantity.FRACTION, 1.0, 0.0),
    PERCENT("%", Quantity.FRACTION, 0.01, 0.0),
    COULOMB("C", Quantity.CHARGE, 1.0, 0.0),
    /** 1 Ah = 3600 C. */
    AH("Ah", Quantity.CHARGE, 3600.0, 0.0),
    MAH("mAh", Quantity.CHARGE, 3.6, 0.0),
    W("W", Quantity.POWER, 1.0, 0.0),
    KW("kW", Quantity.POWER, 1000.0, 0.0),
    M_S("m/s", Quantity.SPEED, 1.0, 0.0),
    KM_H("km/h", Quantity.SPEED, 1.0 / 3.6, 0.0),
    /** 1 mile = 1609.344 m exactly (international yard and pound agreement, 1959). */
    MPH("mph", Quantity.SPEED, 1609.344 / 3600.0, 0.0);

    private final String symbol;
    private final Quantity quantity;
    private final double factor;
    private final double offset;

    SourceUnit(String symbol, Quantity quantity, double factor, double offset) {
        this.symbol = symbol;
        this.quantity = quantity;
        this.factor = factor;
        this.offset = offset;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    public Quantity quantity() {
        return quantity;
    }

    public double factor() {
        return factor;
    }

    public double offset() {
        return offset;
    }

    /** The unit written as in a mapping file ("mV", "degC", "%", "km/h" …). */
    @JsonCreator
    public static SourceUnit of(String symbol) {
        for (SourceUnit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit \"" + symbol + "\"; known: " + symbols());
    }

    /** The core unit of a quantity. */
    public static SourceUnit coreUnit(Quantity q) {
        return switch (q) {
            case VOLTAGE -> V;
            case CURRENT -> A;
            case TEMPERATURE -> DEG_C;
            case FRACTION -> FRACTION;
            case CHARGE -> COULOMB;
            case POWER -> W;
            case SPEED -> M_S;
        };
    }

    static String symbols() {
        return Arrays.stream(values()).map(SourceUnit::symbol).collect(Collectors.joining(", "));
    }
}
