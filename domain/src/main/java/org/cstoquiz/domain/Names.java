package org.cstoquiz.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation of typed names: case, accents, punctuation, spacing and a leading "the" do not count. */
public final class Names {

    private Names() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
