package org.cstoquiz.engine.generate;

import java.util.List;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.PartialDate;

/** When a question on a point the sources dispute may name no source. */
final class Disputes {

    private Disputes() {
    }

    /** Whether every claim of every conflict gives each of {@code asked} (in what it says or the date it is of). */
    static boolean agreeOn(List<ConflictingClaims> conflicts, List<String> asked) {
        return !asked.isEmpty() && conflicts.stream().flatMap(c -> c.claims().stream()).allMatch(claim -> {
            String text = " " + Texts.normalized(claim.says() + " " + claim.asOf().map(PartialDate::display).orElse("")) + " ";
            return asked.stream().allMatch(h -> text.contains(" " + Texts.normalized(h) + " "));
        });
    }

    static boolean settledByMost(List<ConflictingClaims> conflicts) {
        return conflicts.stream().allMatch(c -> c.adoptedClaim().sources().size() >= 2
                && c.adoptedClaim().sources().size() > c.rejectedClaims().stream().mapToLong(r -> r.sources().size()).sum());
    }
}
