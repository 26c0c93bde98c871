package org.cstoquiz.engine.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;

/**
 * A fact stated as a full sentence, for "Consider the following statements" items: truly, and (only
 * where the facts would contradict it) falsely. Each sentence carries its own time frame.
 */
record StatementCandidate(Area area, String factId, String trueText, Assertion trueAssertion,
                          Optional<String> falseText, Optional<Assertion> falseAssertion, List<Citation> citations) {

    StatementCandidate {
        citations = List.copyOf(citations);
        trueText = Texts.spelledAtStart(trueText);
        falseText = falseText.map(Texts::spelledAtStart);
        if (falseText.isPresent() != falseAssertion.isPresent()) {
            throw new IllegalArgumentException("a false statement needs its assertion");
        }
    }

    /**
     * Whether the statement may stand under a lead-in "with reference to" the organization: about it, or about
     * another organization only where it names the organization too ("… a member of both the SCO and the
     * CSTO"), not Article 5 of the NATO treaty or the Warsaw Pact's founders alone under the CSTO's or NATO's name.
     */
    static boolean aboutTheOrganization(Context ctx, StatementCandidate c) {
        return ctx.otherOrganization(c.factId()).isEmpty() || ctx.facts.primaryOrganization().allNames().stream()
                .map(org.cstoquiz.domain.Names::bare).anyMatch(n -> Texts.containsWords(c.trueText(), n));
    }

    /**
     * What a list's lead-in says its statements are about: the organization; "… and the Shanghai Cooperation
     * Organization (SCO)" where every one is about that one too; nothing ("Consider the following statements:")
     * where some are about another organization alone and some not (the Warsaw Pact's founders under NATO's name).
     */
    static String topic(Context ctx, List<StatementCandidate> parts) {
        List<String> topics = new java.util.ArrayList<>(List.of(ctx.words.orgInFull()));
        boolean others = parts.stream().allMatch(p -> ctx.otherOrganization(p.factId()).isPresent());
        if (others) {
            parts.forEach(p -> ctx.otherOrganization(p.factId()).map(Wording::inFull).filter(t -> !topics.contains(t)).ifPresent(topics::add));
        }
        return !others && parts.stream().anyMatch(p -> !aboutTheOrganization(ctx, p)) ? "" : Texts.joinAnd(topics);
    }

    static StatementCandidate trueOnly(Area area, String factId, String text, Assertion assertion, List<Citation> citations) {
        return new StatementCandidate(area, factId, text, assertion, Optional.empty(), Optional.empty(), citations);
    }

    static StatementCandidate both(Area area, String factId, String trueText, Assertion trueAssertion, String falseText,
                                   Assertion falseAssertion, List<Citation> citations) {
        return new StatementCandidate(area, factId, trueText, trueAssertion, Optional.of(falseText),
                Optional.of(falseAssertion), citations);
    }

    boolean canBeFalse() {
        return falseText.isPresent();
    }

    /** A fact and what it refers to, but the pack's organization: two facts about one thing share an id here. */
    static Set<String> about(Context ctx, String factId) {
        return ctx.memo("about|" + factId, () -> {
            Set<String> ids = new HashSet<>();
            ids.add(factId);
            ctx.facts.find(factId).ifPresent(f -> f.references().forEach(r -> ids.add(r.target())));
            ids.remove(ctx.facts.pack().organization());
            return Set.copyOf(ids);
        });
    }

    /**
     * Two statements about one state and one document ("Belarus and Uzbekistan refrained from signing the agreement",
     * "Uzbekistan had yet to sign the agreement"): the one nearly follows from the other.
     */
    static boolean sameThing(Context ctx, StatementCandidate a, StatementCandidate b) {
        Set<String> shared = new HashSet<>(about(ctx, a.factId()));
        shared.retainAll(about(ctx, b.factId()));
        return shared.size() >= 2;
    }
}
