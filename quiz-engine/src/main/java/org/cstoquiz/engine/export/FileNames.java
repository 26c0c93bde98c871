package org.cstoquiz.engine.export;

import java.util.Locale;

/** File names made from titles a person typed. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * {@code "Mock exam, week 3"} → {@code "mock-exam-week-3"}: lower case, letters (of any script) and
     * digits kept, every other run of characters one hyphen, at most 60 characters; {@code "paper"}
     * when nothing is left.
     */
    public static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.codePointCount(0, slug.length()) > 60) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, 60)).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "paper" : slug;
    }
}
