package org.evtwin.core.sim.experiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.evtwin.core.sim.experiment.Lexer.Kind;
import org.evtwin.core.sim.experiment.Lexer.Token;

/** Reads "number unit" quantities ({@code 2.5 V}, {@code 30 minutes}, {@code C/20}) and converts them to SI. */
final class Quantities {

    /** Highest voltage accepted for a cell [V]; anything above is a typo or a pack voltage. */
    static final double MAX_CELL_VOLTAGE_V = 10.0;

    /** Words that end a quantity; a number followed by one of them lacks its unit. */
    static final Set<String> KEYWORDS = Set.of("at", "for", "until", "or", "times", "time");

    enum Dim {
        C_RATE("C-rate"), CURRENT("current"), POWER("power"), VOLTAGE("voltage"), TIME("duration");

        final String noun;

        Dim(String noun) {
            this.noun = noun;
        }
    }

    /** A quantity in SI (C-rate as a plain number [1/h]) and the tokens it was written with. */
    record Quantity(Dim dim, double value, Token first, Token last) {
    }

    private record Unit(String spelling, Dim dim, double factor) {
    }

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        add(Dim.C_RATE, 1.0, "C");
        add(Dim.CURRENT, 1.0, "A", "amp", "amps", "ampere", "amperes");
        add(Dim.CURRENT, 1e-3, "mA");
        add(Dim.POWER, 1.0, "W", "watt", "watts");
        add(Dim.POWER, 1e3, "kW");
        add(Dim.VOLTAGE, 1.0, "V", "volt", "volts");
        add(Dim.VOLTAGE, 1e-3, "mV");
        add(Dim.TIME, 1.0, "s", "sec", "secs", "second", "seconds");
        add(Dim.TIME, 60.0, "min", "mins", "minute", "minutes");
        add(Dim.TIME, 3600.0, "h", "hr", "hrs", "hour", "hours");
        add(Dim.TIME, 86400.0, "day", "days");
    }

    private static void add(Dim dim, double factor, String... spellings) {
        for (String s : spellings) {
            UNITS.put(s.toLowerCase(Locale.ROOT), new Unit(s, dim, factor));
        }
    }

    private Quantities() {
    }

    /**
     * Reads a quantity whose dimension is one of {@code allowed}.
     *
     * @param need what this place needs, for messages, e.g. {@code Hold needs a voltage in V or mV}
     */
    static Quantity read(Cursor c, Set<Dim> allowed, String need) {
        Token first = c.peek();
        if (first != null && first.is("c") && c.peekSecond() != null && c.peekSecond().kind() == Kind.SLASH) {
            return readFraction(c, allowed, need);
        }
        if (first == null || first.kind() != Kind.NUMBER) {
            throw c.unexpected(first, "expected a number: " + need);
        }
        c.next();
        Token u = c.peek();
        if (u == null || u.kind() != Kind.WORD || KEYWORDS.contains(u.lower())) {
            throw c.error(first, first, "missing unit: " + need);
        }
        Unit unit = UNITS.get(u.lower());
        if (unit == null) {
            throw c.error(u, u, "unknown unit: " + need + hint(u, allowed));
        }
        c.next();
        if (!allowed.contains(unit.dim())) {
            throw c.error(first, u, need);
        }
        double value = first.number() * unit.factor();
        if (!Double.isFinite(value)) {
            throw c.error(first, u, "the number is too large");
        }
        return new Quantity(unit.dim(), value, first, u);
    }

    private static Quantity readFraction(Cursor c, Set<Dim> allowed, String need) {
        Token first = c.next();
        c.next();
        Token divisor = c.peek();
        if (divisor == null || divisor.kind() != Kind.NUMBER) {
            throw c.unexpected(divisor, "expected a number after \"C/\", e.g. C/20");
        }
        c.next();
        if (!(divisor.number() > 0.0)) {
            throw c.error(first, divisor, "the divisor of a C-rate must be greater than zero");
        }
        if (!allowed.contains(Dim.C_RATE)) {
            throw c.error(first, divisor, need);
        }
        return new Quantity(Dim.C_RATE, 1.0 / divisor.number(), first, divisor);
    }

    private static String hint(Token u, Set<Dim> allowed) {
        if (u.lower().equals("m") && allowed.contains(Dim.TIME)) {
            return "; did you mean \"min\"?";
        }
        List<String> spellings = new ArrayList<>();
        for (Unit unit : UNITS.values()) {
            if (allowed.contains(unit.dim())) {
                spellings.add(unit.spelling());
            }
        }
        String best = Suggest.closest(u.text(), spellings);
        return best == null ? "" : "; did you mean \"" + best + "\"?";
    }

    /** Fails unless the quantity is greater than zero; returns its value. */
    static double positive(Cursor c, Quantity q) {
        if (!(q.value() > 0.0)) {
            throw c.error(q.first(), q.last(), "the " + q.dim().noun + " must be greater than zero");
        }
        return q.value();
    }

    /** Reads a voltage and fails unless it is plausible for one cell; returns it [V]. */
    static double cellVoltage(Cursor c, String need) {
        Quantity q = read(c, EnumSet.of(Dim.VOLTAGE), need);
        if (!(q.value() > 0.0) || q.value() > MAX_CELL_VOLTAGE_V) {
            throw c.error(q.first(), q.last(), "a cell voltage must be greater than 0 V and at most 10 V");
        }
        return q.value();
    }

    /** Reads a duration and fails unless it is greater than zero; returns it [s]. */
    static double duration(Cursor c) {
        return positive(c, read(c, EnumSet.of(Dim.TIME), "a duration is given in s, min, h or day"));
    }
}
