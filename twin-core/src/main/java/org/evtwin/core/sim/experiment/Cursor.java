package org.evtwin.core.sim.experiment;

import java.util.List;

import org.evtwin.core.sim.experiment.Lexer.Kind;
import org.evtwin.core.sim.experiment.Lexer.Segment;
import org.evtwin.core.sim.experiment.Lexer.Token;

/** Reads the tokens of one step and builds errors that point into its line. */
final class Cursor {

    private final Segment segment;
    private final List<Token> tokens;
    private int pos;

    Cursor(Segment segment) {
        this.segment = segment;
        this.tokens = segment.tokens();
    }

    Segment segment() {
        return segment;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    /** The next token, or {@code null} at the end of the step. */
    Token peek() {
        return atEnd() ? null : tokens.get(pos);
    }

    /** The token after the next one, or {@code null}. */
    Token peekSecond() {
        return pos + 1 < tokens.size() ? tokens.get(pos + 1) : null;
    }

    Token next() {
        return tokens.get(pos++);
    }

    boolean peekIs(String keyword) {
        return !atEnd() && tokens.get(pos).is(keyword);
    }

    boolean peekIs(Kind kind) {
        return !atEnd() && tokens.get(pos).kind() == kind;
    }

    /** Consumes the keyword or fails with "expected ...". */
    void expect(String keyword) {
        if (!peekIs(keyword)) {
            throw unexpected(peek(), "expected \"" + keyword + "\"");
        }
        pos++;
    }

    /** The text of the step from {@code first} to the end of its last token. */
    String textFrom(Token first) {
        return segment.lineText().substring(first.column() - 1, tokens.getLast().end() - 1);
    }

    Spot spot(Token from, Token to) {
        return new Spot(segment.line(), from.column(), to.end() - from.column(), segment.lineText());
    }

    /** An error pointing at the tokens from {@code from} to {@code to}. */
    ExperimentParseException error(Token from, Token to, String detail) {
        return spot(from, to).error(detail);
    }

    /**
     * An error about a word that does not belong here: points at the whole space-delimited word around the token
     * (so "1C" rather than "1"), or at the end of the step when {@code token} is {@code null}.
     */
    ExperimentParseException unexpected(Token token, String detail) {
        String s = segment.lineText();
        if (token == null) {
            return new Spot(segment.line(), tokens.getLast().end(), 0, s).error(detail);
        }
        int from = token.column() - 1;
        int to = token.end() - 1;
        while (from > 0 && !isBreak(s.charAt(from - 1))) {
            from--;
        }
        while (to < s.length() && !isBreak(s.charAt(to))) {
            to++;
        }
        return new Spot(segment.line(), from + 1, to - from, s).error(detail);
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || c == ';' || c == '#';
    }
}
