package org.evtwin.core.sim.experiment;

import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions by edit distance (optimal string alignment: insert, delete, substitute, swap). */
final class Suggest {

    private Suggest() {
    }

    /**
     * The candidate closest to {@code word} (case-insensitive), or {@code null} when none is close: words of one letter
     * get no suggestion, words up to five letters allow one edit, longer words two.
     */
    static String closest(String word, List<String> candidates) {
        int limit = word.length() < 2 ? 0 : word.length() <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance; adjacent swaps ("Dischrage") count as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
