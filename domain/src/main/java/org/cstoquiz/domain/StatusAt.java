package org.cstoquiz.domain;

import java.util.Set;

/** The answer to "what was the country's status at this date?", without guessing. */
public sealed interface StatusAt {

    /** The status held throughout the date. */
    record Known(MembershipStatus status) implements StatusAt {
    }

    /** The country certainly had no status at all (never joined yet, or no relation recorded). */
    record NoStatus() implements StatusAt {
    }

    /**
     * The date is too coarse, or falls where the status changed: any of {@code possible} may have
     * held, or (when {@code possiblyNone}) no status at all.
     */
    record Unknown(Set<MembershipStatus> possible, boolean possiblyNone) implements StatusAt {
        public Unknown {
            possible = Set.copyOf(possible);
        }
    }

    /**
     * Was the country formally a member throughout the date? Unknown while it had only signed a treaty
     * not yet in force: whether that makes it a "party" depends on how the question is read.
     */
    default Truth formalMember() {
        return switch (this) {
            // a signatory of a treaty not yet in force is a "party" in loose speech only: neither yes nor no
            case Known k -> k.status() == MembershipStatus.SIGNATORY ? Truth.UNKNOWN : Truth.of(k.status().isFormalMember());
            case NoStatus n -> Truth.NO;
            case Unknown u -> {
                boolean anyMember = u.possible().stream().anyMatch(s -> s.isFormalMember() || s == MembershipStatus.SIGNATORY);
                boolean allMember = !u.possiblyNone() && u.possible().stream().allMatch(MembershipStatus::isFormalMember);
                yield allMember ? Truth.YES : anyMember ? Truth.UNKNOWN : Truth.NO;
            }
        };
    }

    /**
     * Did the country hold {@code status} throughout the date? No only where the status it held rules
     * the other out ({@link MembershipStatus#excludes}); a step the sources do not mention is unknown.
     */
    default Truth is(MembershipStatus status) {
        return switch (this) {
            case Known k -> k.status() == status ? Truth.YES : k.status().excludes(status) ? Truth.NO : Truth.UNKNOWN;
            case NoStatus n -> Truth.NO;
            case Unknown u -> u.possible().stream().allMatch(p -> p.excludes(status)) ? Truth.NO : Truth.UNKNOWN;
        };
    }
}
