package org.cstoquiz.content;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Whether what an author wrote is a slip for a word the format knows ("contry" for "country"). */
final class Spelling {

    private Spelling() {
    }

    /** Equal but for case, or at most two letters added, dropped, changed or swapped (one for short words). */
    static boolean close(String written, String known) {
        String a = written.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        String b = known.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        if (a.equals(b)) {
            return true;
        }
        int allowed = Math.min(a.length(), b.length()) <= 4 ? 1 : 2;
        return Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
    }

    /** The known word {@code written} is a slip for, if exactly one is close. */
    static Optional<String> meant(String written, Collection<String> known) {
        var close = known.stream().filter(k -> close(written, k)).toList();
        return close.size() == 1 ? Optional.of(close.getFirst()) : Optional.empty();
    }

    /** Edit distance with adjacent swaps (optimal string alignment). */
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
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
