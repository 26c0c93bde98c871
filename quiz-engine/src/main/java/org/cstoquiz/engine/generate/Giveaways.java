package org.cstoquiz.engine.generate;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.Names;

/** What a reader answers from the words of the question alone, whatever the facts. */
final class Giveaways {

    private static final Pattern APART = Pattern.compile("(?i)\\b(separate|independent) from\\b|\\bnot part of\\b");

    private Giveaways() {
    }

    /** "An inter-parliamentary organization that is institutionally separate from NATO" is struck out at sight under "What is NATO's …?". */
    static boolean apartFromTheOrganization(Context ctx, String value) {
        return APART.matcher(value).find() && ctx.facts.primaryOrganization().allNames().stream().map(Names::bare)
                .anyMatch(n -> Texts.containsWords(value, n));
    }

    /** "The Kosovo Force aims to keep the peace in Kosovo": a place the subject's name gives answers it, true or false. */
    static boolean namesItsPlace(Context ctx, String subject, String value) {
        Set<String> inValue = placeNames(ctx, value);
        return placeNames(ctx, subject).stream().anyMatch(inValue::contains);
    }

    /** The places and states a text names ("Kosovo" in "the Kosovo Force"). */
    private static Set<String> placeNames(Context ctx, String text) {
        return Stream.concat(ctx.facts.places().stream(), ctx.facts.countries().stream())
                .map(f -> Names.bare(((Named) f).name())).filter(n -> Texts.containsWords(text, n)).collect(Collectors.toSet());
    }
}
