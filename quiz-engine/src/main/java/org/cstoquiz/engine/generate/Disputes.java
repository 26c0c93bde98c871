package org.cstoquiz.engine.generate;

import java.util.List;
import java.util.regex.Pattern;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.PartialDate;

/** When a question on a point the sources dispute may name no source. */
final class Disputes {

    private Disputes() {
    }

    private static final Pattern DAY_OR_MONTH = Pattern.compile("[1-9]|[12]\\d|3[01]|January|February|March|April|May|June|July"
            + "|August|September|October|November|December");

    /**
     * Whether every claim of every conflict gives each of {@code asked} (in what it says or the date it is of); a claim
     * dated by the asked year alone does not gainsay the asked day ("withdrew in 2012" beside "28 June 2012").
     */
    static boolean agreeOn(List<ConflictingClaims> conflicts, List<String> asked) {
        return !asked.isEmpty() && conflicts.stream().flatMap(c -> c.claims().stream()).allMatch(claim -> {
            String text = " " + Texts.normalized(claim.says() + " " + claim.asOf().map(PartialDate::display).orElse("")) + " ";
            boolean yearOnly = claim.asOf().filter(d -> d.month().isEmpty() && asked.contains(String.valueOf(d.year()))).isPresent();
            return asked.stream().allMatch(h -> text.contains(" " + Texts.normalized(h) + " ")
                    || yearOnly && DAY_OR_MONTH.matcher(h).matches());
        });
    }

    static boolean settledByMost(List<ConflictingClaims> conflicts) {
        return conflicts.stream().allMatch(c -> c.adoptedClaim().sources().size() >= 2
                && c.adoptedClaim().sources().size() > c.rejectedClaims().stream().mapToLong(r -> r.sources().size()).sum());
    }
}
