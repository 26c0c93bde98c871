package org.cstoquiz.engine.generate;

import java.util.List;
import java.util.Optional;
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
}
