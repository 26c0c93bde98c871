package org.cstoquiz.engine.generate;

import org.cstoquiz.domain.Statement;

/**
 * The pack's statement facts, in the author's words with their time frame: as true/false items, and as
 * candidates for "Consider the following statements" items. They are never turned false: no other fact
 * contradicts a changed wording of them, it only leaves it unmentioned.
 */
final class StatementFamily implements Family {

    @Override
    public void generate(Context ctx) {
        for (Statement s : ctx.facts.statements()) {
            if (!ctx.examWorthy(s.id())) {
                continue;
            }
            String text = Texts.sentence(s.asOf().map(a -> Memberships.asOf(a) + ", " + ctx.words.continuing(s.text()))
                    .orElse(s.text()));
            Assertion holds = new Assertion.StatementHolds(s.id());
            ctx.candidate(StatementCandidate.trueOnly(Context.area(s), s.id(), text, holds, s.citations()));
            Draft d = ctx.draft(Context.area(s), "statement-tf", s.id())
                    .stem("True or false? " + text)
                    .trueFalse(holds, true)
                    .facts(s.id()).cite(s.citations()).because(text).difficulty(0.35);
            s.asOf().ifPresent(d::timeFrame);
            d.emit();
        }
    }
}
