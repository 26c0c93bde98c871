package org.cstoquiz.app.classes;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), so
 * a code read aloud or copied from a board is typed right; 25^6, about 244 million, codes. What a learner types is
 * read leniently: case, spaces and hyphens do not matter.
 */
final class JoinCodes {

    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    static final int LENGTH = 6;

    private final RandomGenerator random;

    JoinCodes(RandomGenerator random) {
        this.random = random;
    }

    static JoinCodes secure() {
        return new JoinCodes(new SecureRandom());
    }

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a learner typed, as codes are stored: upper case, without spaces or hyphens. */
    static String normal(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
