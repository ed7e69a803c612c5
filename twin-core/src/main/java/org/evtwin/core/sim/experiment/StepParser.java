package org.evtwin.core.sim.experiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.evtwin.core.sim.experiment.Lexer.Kind;
import org.evtwin.core.sim.experiment.Lexer.Segment;
import org.evtwin.core.sim.experiment.Lexer.Token;
import org.evtwin.core.sim.experiment.Quantities.Dim;
import org.evtwin.core.sim.experiment.Quantities.Quantity;

/** Parses the tokens of one step (one line, or one part of a line between {@code ;}) into directives. */
final class StepParser {

    static final List<String> VERBS = List.of("Discharge", "Charge", "Rest", "Hold", "Run", "Repeat", "End");
    private static final String UNTIL_OR_FOR = "expected \"until\" or \"for\"";

    /** What one step line says. */
    sealed interface Directive permits StepLine, RepeatLine, EndLine {
    }

    /** A step, {@code times} times in a row; {@code where} is pointed at when the expansion gets too long. */
    record StepLine(ExperimentStep step, long times, Spot where) implements Directive {
    }

    /** Start of a repeat block. */
    record RepeatLine(long count, Spot keyword, Spot countSpot) implements Directive {
    }

    /** End of a repeat block. */
    record EndLine(Spot where) implements Directive {
    }

    private enum Until { NONE, VOLTAGE, CURRENT }

    private record Limits(OptionalDouble durationS, OptionalDouble voltageV, Optional<CurrentCutoff> cutoff) {
    }

    private final Profiles profiles;

    StepParser(Set<String> knownProfiles) {
        this.profiles = new Profiles(knownProfiles);
    }

    List<Directive> parse(Segment segment) {
        List<Directive> out = new ArrayList<>(2);
        parseFrom(new Cursor(segment), out);
        return out;
    }

    private void parseFrom(Cursor c, List<Directive> out) {
        Token verb = c.next();
        switch (verb.kind() == Kind.WORD ? verb.lower() : "") {
            case "discharge" -> out.add(current(c, verb, 1.0, "Discharge"));
            case "charge" -> out.add(current(c, verb, -1.0, "Charge"));
            case "rest" -> out.add(rest(c, verb));
            case "hold" -> out.add(hold(c, verb));
            case "run" -> out.add(run(c, verb));
            case "repeat" -> repeat(c, verb, out);
            case "end" -> {
                if (!c.atEnd()) {
                    throw c.unexpected(c.peek(), "expected end of step after \"End\"");
                }
                out.add(new EndLine(c.spot(verb, verb)));
            }
            default -> {
                String hint = verb.kind() == Kind.WORD ? Suggest.closest(verb.text(), VERBS) : null;
                throw c.unexpected(verb, hint != null ? "unknown step; did you mean \"" + hint + "\"?"
                        : "unknown step; expected Discharge, Charge, Rest, Hold, Run, Repeat or End");
            }
        }
    }

    private static StepLine current(Cursor c, Token verb, double sign, String name) {
        c.expect("at");
        Quantity q = Quantities.read(c, EnumSet.of(Dim.C_RATE, Dim.CURRENT, Dim.POWER),
                name + " needs a C-rate (e.g. 1C, C/3), a current in A or mA, or a power in W or kW");
        if (q.value() < 0.0) {
            throw c.error(q.first(), q.last(), "the " + q.dim().noun + " must be greater than zero; "
                    + (sign > 0 ? "use \"Charge\" to charge" : "\"Charge\" already makes it a charge"));
        }
        double value = Quantities.positive(c, q);
        Demand.Kind kind = switch (q.dim()) {
            case C_RATE -> Demand.Kind.C_RATE;
            case CURRENT -> Demand.Kind.CURRENT;
            default -> Demand.Kind.POWER;
        };
        Limits l = limits(c, name, Until.VOLTAGE, true, UNTIL_OR_FOR);
        CurrentStep step = new CurrentStep(new Demand(kind, sign * value), l.durationS(), l.voltageV(),
                source(c, verb));
        return new StepLine(step, 1, c.spot(verb, verb));
    }

    private static StepLine rest(Cursor c, Token verb) {
        Limits l = limits(c, "Rest", Until.NONE, true, "expected \"for\"");
        return new StepLine(new RestStep(l.durationS().orElseThrow(), source(c, verb)), 1, c.spot(verb, verb));
    }

    private static StepLine hold(Cursor c, Token verb) {
        c.expect("at");
        double voltage = Quantities.cellVoltage(c, "Hold needs a voltage in V or mV");
        Limits l = limits(c, "Hold", Until.CURRENT, true, UNTIL_OR_FOR);
        HoldVoltageStep step = new HoldVoltageStep(voltage, l.durationS(), l.cutoff(), source(c, verb));
        return new StepLine(step, 1, c.spot(verb, verb));
    }

    private StepLine run(Cursor c, Token verb) {
        Token name = c.peek();
        if (name == null || !(name.kind() == Kind.STRING
                || name.kind() == Kind.WORD && !Quantities.KEYWORDS.contains(name.lower()))) {
            throw c.unexpected(name, "expected a drive profile name, e.g. \"Run US06\"");
        }
        c.next();
        String profile = profiles.resolve(c, name);
        long times = 1;
        Spot where = c.spot(verb, name);
        String expected = "expected \"N times\", \"for\", \"until\" or end of step";
        if (c.peekIs(Kind.NUMBER)) {
            Token n = c.next();
            times = count(c, n);
            Token word = c.peek();
            if (word == null || !(word.is("times") || word.is("time"))) {
                throw c.unexpected(word, "expected \"times\"");
            }
            c.next();
            where = c.spot(n, word);
            expected = "expected \"for\", \"until\" or end of step";
        }
        Limits l = limits(c, "Run", Until.VOLTAGE, false, expected);
        return new StepLine(new DriveProfileStep(profile, l.durationS(), l.voltageV(), source(c, verb)), times, where);
    }

    private void repeat(Cursor c, Token verb, List<Directive> out) {
        Token n = c.peek();
        if (n == null || n.kind() != Kind.NUMBER) {
            throw c.unexpected(n, "expected a repeat count, e.g. \"Repeat 3 times\"");
        }
        c.next();
        long count = count(c, n);
        Token word = c.peek();
        if (word == null || !(word.is("times") || word.is("time"))) {
            throw c.unexpected(word, "expected \"times\"");
        }
        c.next();
        if (c.peekIs(Kind.COLON)) {
            c.next();
        }
        out.add(new RepeatLine(count, c.spot(verb, verb), c.spot(n, word)));
        if (!c.atEnd()) {
            parseFrom(c, out);
        }
    }

    private static long count(Cursor c, Token n) {
        if (n.text().contains(".")) {
            throw c.error(n, n, "the repeat count must be a whole number");
        }
        if (n.number() < 1) {
            throw c.error(n, n, "the repeat count must be at least 1");
        }
        return (long) n.number();
    }

    private static Limits limits(Cursor c, String step, Until until, boolean required, String expectedFirst) {
        OptionalDouble duration = OptionalDouble.empty();
        OptionalDouble voltage = OptionalDouble.empty();
        Optional<CurrentCutoff> cutoff = Optional.empty();
        boolean any = false;
        while (true) {
            boolean afterOr = false;
            if (any && c.peekIs("or")) {
                Token second = c.peekSecond();
                if (until == Until.NONE && (second == null || !second.is("until"))) {
                    throw c.unexpected(c.peek(), "expected end of step");
                }
                c.next();
                afterOr = true;
            }
            Token t = c.peek();
            if (t == null && !afterOr && (any || !required)) {
                return new Limits(duration, voltage, cutoff);
            }
            if (t != null && t.is("for")) {
                if (duration.isPresent()) {
                    throw c.error(t, t, "the step already has a duration (\"for\")");
                }
                c.next();
                duration = OptionalDouble.of(Quantities.duration(c));
            } else if (t != null && t.is("until")) {
                if (until == Until.NONE) {
                    throw c.error(t, t, "Rest ends only after a duration: write \"Rest for <duration>\"");
                }
                if (voltage.isPresent() || cutoff.isPresent()) {
                    throw c.error(t, t, "the step already has an end condition (\"until\")");
                }
                c.next();
                if (until == Until.VOLTAGE) {
                    String need = "a " + step + " step ends at a voltage in V or mV";
                    voltage = OptionalDouble.of(Quantities.cellVoltage(c, need));
                } else {
                    cutoff = Optional.of(cutoff(c));
                }
            } else {
                throw c.unexpected(t, afterOr ? UNTIL_OR_FOR : !any ? expectedFirst
                        : until == Until.NONE ? "expected end of step" : "expected \"or\" or end of step");
            }
            any = true;
        }
    }

    private static CurrentCutoff cutoff(Cursor c) {
        Quantity q = Quantities.read(c, EnumSet.of(Dim.C_RATE, Dim.CURRENT),
                "a Hold step ends at a current: a C-rate (e.g. C/20) or a current in A or mA");
        double value = Quantities.positive(c, q);
        CurrentCutoff.Kind kind = q.dim() == Dim.C_RATE ? CurrentCutoff.Kind.C_RATE : CurrentCutoff.Kind.CURRENT;
        return new CurrentCutoff(kind, value);
    }

    private static StepSource source(Cursor c, Token verb) {
        return new StepSource(c.segment().line(), verb.column(), c.textFrom(verb));
    }
}
