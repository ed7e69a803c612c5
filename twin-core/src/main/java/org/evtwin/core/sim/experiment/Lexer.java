package org.evtwin.core.sim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits experiment text into steps (one per line, or separated by {@code ;}) and each step into tokens, dropping
 * blank lines and {@code #} comments. Columns are 1-based positions in the physical line.
 */
final class Lexer {

    enum Kind { NUMBER, WORD, STRING, SLASH, COLON }

    /** A token; {@code number} is set for NUMBER tokens only. */
    record Token(Kind kind, String text, int column, double number) {

        /** Column just after the token. */
        int end() {
            return column + text.length();
        }

        /** The word in lower case (for case-insensitive keyword matching). */
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }
    }

    /** The tokens of one step; never empty. */
    record Segment(int line, String lineText, List<Token> tokens) {
    }

    private Lexer() {
    }

    static List<Segment> split(String text) {
        List<Segment> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lexLine(i + 1, lines[i], out);
        }
        return out;
    }

    private static void lexLine(int line, String s, List<Segment> out) {
        List<Token> tokens = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (c == '#') {
                break;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ';') {
                flush(line, s, tokens, out);
                tokens = new ArrayList<>();
                i++;
            } else if (startsNumber(s, i)) {
                i = scanNumber(s, i);
                String t = s.substring(start, i);
                tokens.add(new Token(Kind.NUMBER, t, start + 1, Double.parseDouble(t)));
            } else if (Character.isLetter(c)) {
                i++;
                while (i < n && isWordChar(s, i)) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, s.substring(start, i), start + 1, Double.NaN));
            } else if (c == '"') {
                int close = s.indexOf('"', i + 1);
                if (close < 0) {
                    throw new Spot(line, start + 1, n - start, s).error("the quoted name has no closing quote");
                }
                i = close + 1;
                tokens.add(new Token(Kind.STRING, s.substring(start, i), start + 1, Double.NaN));
            } else if (c == '/' || c == ':') {
                i++;
                tokens.add(new Token(c == '/' ? Kind.SLASH : Kind.COLON, String.valueOf(c), start + 1, Double.NaN));
            } else {
                String why = c == ',' ? "unexpected character; separate steps with a new line or \";\", "
                        + "and write decimals with \".\"" : "unexpected character";
                throw new Spot(line, start + 1, Character.charCount(s.codePointAt(i)), s).error(why);
            }
        }
        flush(line, s, tokens, out);
    }

    private static void flush(int line, String s, List<Token> tokens, List<Segment> out) {
        if (!tokens.isEmpty()) {
            out.add(new Segment(line, s, List.copyOf(tokens)));
        }
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** A number starts with a digit, or with a sign or '.' followed by a digit (or by '.' and a digit). */
    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        if (c == '+' || c == '-') {
            return isDigit(s, i + 1) || (i + 1 < s.length() && s.charAt(i + 1) == '.' && isDigit(s, i + 2));
        }
        return c == '.' ? isDigit(s, i + 1) : isDigit(s, i);
    }

    private static int scanNumber(String s, int i) {
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        while (isDigit(s, i)) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '.' && isDigit(s, i + 1)) {
            i++;
            while (isDigit(s, i)) {
                i++;
            }
        }
        return i;
    }

    /** Letters, digits and '_' continue a word; '-' does when a letter or digit follows (e.g. "WLTC-3b"). */
    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetter(c) || isDigit(s, i) || c == '_') {
            return true;
        }
        return c == '-' && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || isDigit(s, i + 1));
    }
}
