package org.evtwin.core.ingest.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses what a mapping leaves open from the first lines of a file: the delimiter (the one of {@code , ; TAB |} that
 * splits every line into the same number of fields, most fields first) and the decimal separator (',' when the
 * delimiter is not a comma and numbers look like {@code 3,72} but never like {@code 3.72}).
 */
final class DialectSniffer {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+([eE][+-]?\\d+)?");
    private static final Pattern POINT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+([eE][+-]?\\d+)?");
    private static final int MAX_LINES = 50;

    private DialectSniffer() {
    }

    static char delimiter(List<String> lines) {
        char best = ',';
        int bestScore = -1;
        for (char c : CANDIDATES) {
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int i = 0; i < Math.min(lines.size(), MAX_LINES); i++) {
                int n = count(lines.get(i), c);
                min = Math.min(min, n);
                max = Math.max(max, n);
            }
            // consistent counts win over inconsistent ones; more fields win among equals
            int score = min == Integer.MAX_VALUE || max == 0 ? 0 : (min == max ? 1_000_000 : 0) + min;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    static char decimalSeparator(List<String> lines, char delimiter) {
        if (delimiter == ',') {
            return '.';
        }
        boolean comma = false;
        for (int i = 0; i < Math.min(lines.size(), MAX_LINES); i++) {
            for (String f : lines.get(i).split(Pattern.quote(String.valueOf(delimiter)), -1)) {
                String t = f.strip();
                if (POINT_DECIMAL.matcher(t).matches()) {
                    return '.';
                }
                comma |= COMMA_DECIMAL.matcher(t).matches();
            }
        }
        return comma ? ',' : '.';
    }

    /** Occurrences of c outside double quotes. */
    private static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
